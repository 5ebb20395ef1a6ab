// Regression tests of issue 11 for the alignment engine, written before the fixes: each case
// failed on the first release (a silently wrong score, a raw error, shared data or a table any
// caller could change).
import { describe, expect, it } from 'vitest';
import {
  builtInMotives,
  compareAlignment,
  deriveMotiveProfile,
  encodePartnership,
  isValidationError,
  motiveCatalog,
  parsePartnership,
  rankImprovements,
  reviewSchedule,
  samples,
  scoreAlignment,
  type ValidationError,
} from '../../src/index.js';

const asOf = '2026-11-27';
const northwind = parsePartnership(samples.northwindAdvisory);
const anyValue = (value: unknown) => value as never;

function errorOf(call: () => unknown): ValidationError {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}
const brief = (error: ValidationError) =>
  error.issues.map((issue) => [issue.code, issue.path.join('.')]);

describe('asOf, checked the same way by every alignment function', () => {
  const calls = {
    scoreAlignment: (value: unknown) => scoreAlignment(northwind, { asOf: anyValue(value) }),
    reviewSchedule: (value: unknown) => reviewSchedule(northwind, { asOf: anyValue(value) }),
    rankImprovements: (value: unknown) => rankImprovements(northwind, { asOf: anyValue(value) }),
  };

  it.each(Object.keys(calls))(
    '%s refuses a date written 27.11.2026 instead of scoring it',
    (name) => {
      // It scored Northwind 78.6 with 13 overdue reviews: '27.11.2026' sorts after every ISO date.
      const call = calls[name as keyof typeof calls];
      expect(brief(errorOf(() => call('27.11.2026')))).toEqual([['invalid-date', 'options.asOf']]);
    },
  );

  it.each(Object.keys(calls))('%s refuses a Date instead of scoring governance 100', (name) => {
    // A Date compared false with every string: governance 100 with "0 of 0 reviews due".
    const call = calls[name as keyof typeof calls];
    expect(brief(errorOf(() => call(new Date(Date.UTC(2026, 10, 27)))))).toEqual([
      ['invalid-type', 'options.asOf'],
    ]);
  });

  it('says what a wrong asOf should be', () => {
    expect(
      errorOf(() => scoreAlignment(northwind, { asOf: anyValue(new Date(0)) })).message,
    ).toMatchInlineSnapshot(`
      "Invalid arguments to scoreAlignment: 1 issue
        - options.asOf: Expected an ISO date, received a Date (received a Date; expected an ISO date such as "2026-11-27" (the date to read the partnership on; toIsoDate turns a Date into one))"
    `);
  });

  it('refuses scoreAlignment(p) without options with a clear error, not a TypeError', () => {
    const error = errorOf(() => (scoreAlignment as (p: unknown) => unknown)(northwind));
    expect(brief(error)).toEqual([['required', 'options']]);
    expect(error.issues[0]?.expected).toBe(
      'options with the date to score on, such as { asOf: "2026-11-27" }',
    );
  });
});

describe('strict options and settings', () => {
  it('refuses a misspelled settings key instead of ignoring it', () => {
    const settings = anyValue({ componentWeight: { economics: '0.2' } });
    expect(brief(errorOf(() => scoreAlignment(northwind, { asOf, settings })))).toEqual([
      ['unknown-field', 'options.settings.componentWeight'],
    ]);
    const nested = anyValue({ governance: { lateReviewCredits: '0.2' } });
    expect(brief(errorOf(() => scoreAlignment(northwind, { asOf, settings: nested })))).toEqual([
      ['unknown-field', 'options.settings.governance.lateReviewCredits'],
    ]);
  });

  it('refuses an unknown option', () => {
    expect(
      brief(errorOf(() => scoreAlignment(northwind, anyValue({ asOf, setting: {} })))),
    ).toEqual([['unknown-field', 'options.setting']]);
  });

  it.each([Number.NaN, -1, 1.5, '3'])('refuses motives: %s in rankImprovements', (motives) => {
    const error = errorOf(() => rankImprovements(northwind, { asOf, motives: anyValue(motives) }));
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['options.motives']);
  });

  it('refuses a partnership that is not one, with the path under the argument', () => {
    expect(brief(errorOf(() => scoreAlignment(anyValue(42), { asOf })))).toEqual([
      ['invalid-type', 'partnership'],
    ]);
    const broken = { ...samples.lumenField, currency: 'eur' };
    expect(brief(errorOf(() => scoreAlignment(anyValue(broken), { asOf })))[0]).toEqual([
      'unknown-currency',
      'partnership.currency',
    ]);
  });
});

describe('the JSON form', () => {
  it('scores the JSON document exactly as the parsed partnership', () => {
    expect(JSON.stringify(scoreAlignment(samples.northwindAdvisory, { asOf }))).toBe(
      JSON.stringify(scoreAlignment(northwind, { asOf })),
    );
    expect(reviewSchedule(samples.lumenField, { asOf }).overdue).toEqual([]);
  });

  it('compares a stored score (its JSON) with a fresh one', () => {
    const stored = JSON.parse(JSON.stringify(scoreAlignment(northwind, { asOf })));
    expect(compareAlignment(stored, scoreAlignment(northwind, { asOf })).delta.toString()).toBe(
      '0',
    );
    expect(
      brief(errorOf(() => compareAlignment(anyValue({ score: 'x' }), stored)))[0]?.[1],
    ).toMatch(/^before\./);
  });

  it('refuses to compare scores of different scoring rules', () => {
    const stored = {
      ...JSON.parse(JSON.stringify(scoreAlignment(northwind, { asOf }))),
      scoringVersion: '1',
    };
    expect(
      brief(errorOf(() => compareAlignment(stored, scoreAlignment(northwind, { asOf })))),
    ).toEqual([['invalid-value', 'after.scoringVersion']]);
  });
});

describe('rankImprovements results', () => {
  it('own their data: emptying a result’s goals leaves the input and the other results alone', () => {
    const ranked = rankImprovements(northwind, { asOf });
    const [first, second] = ranked;
    if (first === undefined || second === undefined) throw new Error('expected improvements');
    const goals = northwind.goals.length;
    (first.partnership.goals as unknown[]).length = 0;
    (first.partnership.charter.objectives as unknown[]).length = 0;
    expect(northwind.goals).toHaveLength(goals);
    expect(northwind.charter.objectives).toHaveLength(5);
    expect(second.partnership.goals).toHaveLength(goals);
  });

  it('builds documents that pass every check of a parsed one, and encode without error', () => {
    for (const raw of [samples.northwindAdvisory, samples.lumenField]) {
      for (const date of ['2026-11-27', '2025-01-01', '2031-06-30']) {
        for (const improvement of rankImprovements(parsePartnership(raw), { asOf: date })) {
          const json = encodePartnership(improvement.partnership);
          expect(parsePartnership(JSON.parse(JSON.stringify(json)))).toEqual(
            improvement.partnership,
          );
        }
      }
    }
  });

  it('writes asOf into agreedOn only as the ISO date it checked', () => {
    const agree = rankImprovements(northwind, { asOf }).find(
      (i) => i.kind === 'agree-assigned-goals',
    );
    const changed = agree?.partnership.goals.find(
      (goal) => goal.provenance.status === 'agreed' && goal.provenance.agreedOn === asOf,
    );
    expect(changed).toBeDefined();
  });
});

describe('tables shared by every caller', () => {
  it('freezes the motive catalog deeply', () => {
    expect(Object.isFrozen(motiveCatalog)).toBe(true);
    expect(Object.values(motiveCatalog).every((info) => Object.isFrozen(info))).toBe(true);
    expect(() => {
      (motiveCatalog['bill-rate'] as { label: string }).label = 'changed';
    }).toThrow(TypeError);
    expect(motiveCatalog['bill-rate'].label).toBe('bill rate');
  });

  it('freezes the built-in motives', () => {
    expect(Object.isFrozen(builtInMotives)).toBe(true);
    expect(() => (builtInMotives as unknown as string[]).push('custom:x')).toThrow(TypeError);
    expect(builtInMotives).toHaveLength(12);
  });

  it('derives a profile from the JSON form of a partner', () => {
    expect(deriveMotiveProfile(samples.northwindAdvisory.partner).weights).toEqual(
      deriveMotiveProfile(northwind.partner).weights,
    );
    expect(
      brief(errorOf(() => deriveMotiveProfile(northwind.partner, anyValue({ profile: {} })))),
    ).toEqual([['unknown-field', 'options.profile']]);
  });
});
