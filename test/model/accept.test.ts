import { describe, expect, it } from 'vitest';
import { encodePartnership, parsePartnership, samples, ValidationError } from '../../src/index.js';
import {
  acceptPartnership,
  acceptValue,
  isTrusted,
  looksLikeValues,
} from '../../src/model/accept.js';
import { StrategicObjective } from '../../src/model/objective.js';

const SUMMARY = 'Cannot score the partnership';

function caught(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('acceptPartnership', () => {
  it('returns a partnership the library parsed as it is, without parsing it again', () => {
    const parsed = parsePartnership(samples.northwindAdvisory);
    expect(isTrusted(parsed)).toBe(true);
    expect(acceptPartnership(parsed, SUMMARY)).toBe(parsed);
  });

  it('parses the JSON document into the same values as parsePartnership', () => {
    const accepted = acceptPartnership(samples.lumenField, SUMMARY);
    expect(encodePartnership(accepted)).toEqual(
      encodePartnership(parsePartnership(samples.lumenField)),
    );
    expect(isTrusted(accepted)).toBe(true);
  });

  it('checks a changed copy of parsed values by the document rules, and keeps the change', () => {
    const parsed = parsePartnership(samples.northwindAdvisory);
    const renamed = acceptPartnership({ ...parsed, name: 'Renamed' }, SUMMARY);
    expect(renamed.name).toBe('Renamed');
    expect(renamed.charter.objectives[0]?.target.toString()).toBe('12000000');
  });

  it('refuses a changed copy that breaks a cross-check, with the path under the argument', () => {
    const parsed = parsePartnership(samples.northwindAdvisory);
    const [goal] = parsed.goals;
    if (goal === undefined) throw new Error('the sample has goals');
    const broken = { ...parsed, goals: [{ ...goal, objective: 'nowhere' }] };
    const error = caught(() => acceptPartnership(broken, SUMMARY));
    expect(error.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['unknown-reference', 'partnership.goals.0.objective'],
    ]);
    expect(error.message.split('\n')[0]).toBe(`${SUMMARY}: 1 issue`);
  });

  it.each([
    [undefined, 'required'],
    [42, 'invalid-type'],
    [[samples.lumenField], 'invalid-type'],
  ] as const)('refuses %j as a whole with code %s', (input, code) => {
    const error = caught(() => acceptPartnership(input, SUMMARY));
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      [code, ['partnership']],
    ]);
  });

  it('refuses a document with a wrong field under the argument name', () => {
    const error = caught(() =>
      acceptPartnership({ ...samples.lumenField, currency: 'eur' }, SUMMARY),
    );
    expect(error.issues[0]?.path).toEqual(['partnership', 'currency']);
  });
});

describe('acceptValue', () => {
  const json = samples.northwindAdvisory.charter.objectives[0];

  it('decodes the JSON form of a part and trusts the result', () => {
    const objective = acceptValue(StrategicObjective, json, SUMMARY, ['objective']);
    expect(objective.target.toString()).toBe('12000000');
    expect(acceptValue(StrategicObjective, objective, SUMMARY, ['objective'])).toBe(objective);
  });

  it('checks a part given as values made outside the library', () => {
    const objective = parsePartnership(samples.northwindAdvisory).charter.objectives[0];
    const copy = { ...objective, name: 'Copied' };
    expect(acceptValue(StrategicObjective, copy, SUMMARY, ['objective']).name).toBe('Copied');
  });

  it('names the path under the argument when the part is wrong', () => {
    const error = caught(() =>
      acceptValue(StrategicObjective, { ...json, target: 'lots' }, SUMMARY, ['objective']),
    );
    expect(error.issues[0]?.path).toEqual(['objective', 'target']);
  });
});

describe('looksLikeValues', () => {
  it('tells parsed values from JSON', () => {
    expect(looksLikeValues(samples.lumenField)).toBe(false);
    expect(looksLikeValues(parsePartnership(samples.lumenField))).toBe(true);
    expect(looksLikeValues({ period: { granularity: 'quarter', year: 2027, index: 1 } })).toBe(
      true,
    );
    expect(looksLikeValues(null)).toBe(false);
  });
});
