// compareAlignment reads two scores (fresh, or stored as JSON) and splits their difference by
// component, gate and motive; what is not a score is refused with issues that say where.
import { describe, expect, it } from 'vitest';
import { compareAlignment } from '../../src/alignment/compare-alignment.js';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { isValidationError } from '../../src/errors.js';
import type { MotiveId } from '../../src/model/motive.js';
import type { Partnership } from '../../src/model/partnership.js';
import { type Decimal, toDecimal } from '../../src/money/to-decimal.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

const withProfile = (weights: Record<string, string>, margin = '0.12'): Partnership => ({
  ...tiny,
  partner: {
    ...tiny.partner,
    motiveProfile: {
      source: 'declared',
      weights: Object.fromEntries(
        Object.entries(weights).map(([motive, weight]) => [motive, toDecimal(weight)]),
      ) as Record<MotiveId, Decimal>,
    },
  },
  terms: { ...tiny.terms, resaleMargin: toDecimal(margin) },
});
const score = (p: Partnership) => scoreAlignment(p, { asOf: tinyAsOf });

/** The issues of a refused comparison, one line each. */
function issuesOf(before: unknown, after: unknown): string {
  try {
    compareAlignment(before as never, after as never);
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return error.issues
      .map(
        (i) =>
          `${i.code} at ${i.path.join('.')}: ${i.message} (received ${i.received}; expected ${i.expected})`,
      )
      .join('\n');
  }
  return 'accepted';
}

describe('compareAlignment', () => {
  it('splits the difference by component, gate and motive, the motives of both profiles', () => {
    // Before: services 0.6 × 0.8 = 0.48 → 21.6 points of motive fit (× 0.45), a custom motive
    // unserved. After: services 0.5 × 0.8 and bill rate unserved → 18 points; the margin 0.05 is a
    // third of the benchmark, so the gate caps the total at 35.
    const before = score(withProfile({ 'services-revenue': '0.6', 'custom:net-new': '0.4' }));
    const after = score(withProfile({ 'services-revenue': '0.5', 'bill-rate': '0.5' }, '0.05'));
    const comparison = JSON.parse(JSON.stringify(compareAlignment(before, after)));
    expect(comparison).toMatchInlineSnapshot(`
      {
        "after": "35",
        "before": "54.51625",
        "components": [
          {
            "after": "18",
            "before": "21.6",
            "delta": "-3.6",
            "id": "motive-fit",
          },
          {
            "after": "1",
            "before": "5.76",
            "delta": "-4.76",
            "id": "economics",
          },
          {
            "after": "12.5",
            "before": "12.5",
            "delta": "0",
            "id": "mutuality",
          },
          {
            "after": "6.65625",
            "before": "6.65625",
            "delta": "0",
            "id": "governance",
          },
          {
            "after": "8",
            "before": "8",
            "delta": "0",
            "id": "clarity",
          },
        ],
        "delta": "-19.51625",
        "gate": {
          "after": "-11.15625",
          "before": "0",
          "delta": "-11.15625",
        },
        "grades": {
          "after": "E",
          "before": "D",
        },
        "motives": [
          {
            "after": "18",
            "before": "21.6",
            "coverageAfter": "0.8",
            "coverageBefore": "0.8",
            "delta": "-3.6",
            "label": "services revenue",
            "motive": "services-revenue",
          },
          {
            "after": "0",
            "before": "0",
            "coverageAfter": "0",
            "coverageBefore": "0",
            "delta": "0",
            "label": "bill rate",
            "motive": "bill-rate",
          },
          {
            "after": "0",
            "before": "0",
            "coverageAfter": "0",
            "coverageBefore": "0",
            "delta": "0",
            "label": "net new",
            "motive": "custom:net-new",
          },
        ],
        "scoringVersion": "2",
      }
    `);
  });

  it('reads a stored score as it reads a fresh one', () => {
    const fresh = score(tiny);
    const stored = JSON.parse(JSON.stringify(fresh));
    expect(JSON.stringify(compareAlignment(stored, stored))).toBe(
      JSON.stringify(compareAlignment(fresh, fresh)),
    );
  });

  it('counts a component missing from a stored score as 0 points there', () => {
    const fresh = score(tiny);
    const stored = JSON.parse(JSON.stringify(fresh));
    stored.components = stored.components.filter((c: { id: string }) => c.id !== 'clarity');
    const clarity = compareAlignment(stored, fresh).components.find((c) => c.id === 'clarity');
    // The tiny partnership's clarity: 100 × 0.10 = 10 points.
    expect([clarity?.before.toFixed(), clarity?.after.toFixed()]).toEqual(['0', '10']);
  });

  it('refuses scores of different scoring rules, naming both versions', () => {
    const stored = { ...JSON.parse(JSON.stringify(score(tiny))), scoringVersion: '1' };
    expect(issuesOf(stored, score(tiny))).toMatchInlineSnapshot(
      `"invalid-value at after.scoringVersion: The scores come from different scoring rules (version "1" before): the difference would mix a change of the plan with a change of the rules; score both with the same version (received "2"; expected "1")"`,
    );
  });

  it('refuses what is not a score, at most ten issues, with paths under the argument', () => {
    const stored = JSON.parse(JSON.stringify(score(tiny)));
    expect(issuesOf('a score', stored)).toMatchInlineSnapshot(
      `"invalid-type at before: Not an alignment score: Invalid input: expected object, received string (received a string; expected an alignment score as scoreAlignment returns it, or its JSON)"`,
    );
    expect(issuesOf(stored, undefined)).toMatchInlineSnapshot(
      `"invalid-type at after: Not an alignment score: Invalid input: expected object, received null (received nothing; expected an alignment score as scoreAlignment returns it, or its JSON)"`,
    );
    expect(issuesOf(stored, { ...stored, score: 10n })).toMatchInlineSnapshot(
      `"invalid-type at after: Not an alignment score: Invalid input: expected object, received undefined (received an object; expected an alignment score as scoreAlignment returns it, or its JSON)"`,
    );
    expect(
      issuesOf(
        {
          ...stored,
          grade: 'F',
          components: [{ id: 'luck', points: 'x' }],
          motives: [{ motive: '', label: 'x'.repeat(201), points: '1', coverage: '1' }],
        },
        stored,
      ),
    ).toMatchInlineSnapshot(`
      "invalid-value at before.grade: Not an alignment score: Invalid option: expected one of "A"|"B"|"C"|"D"|"E" (received an object; expected an alignment score as scoreAlignment returns it, or its JSON)
      invalid-value at before.components.0.id: Not an alignment score: Invalid option: expected one of "motive-fit"|"economics"|"mutuality"|"governance"|"clarity" (received an object; expected an alignment score as scoreAlignment returns it, or its JSON)
      invalid-value at before.components.0.points: Not an alignment score: Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received "x" (received an object; expected an alignment score as scoreAlignment returns it, or its JSON)
      invalid-value at before.motives.0.motive: Not an alignment score: Too small: expected string to have >=1 characters (received an object; expected an alignment score as scoreAlignment returns it, or its JSON)
      invalid-value at before.motives.0.label: Not an alignment score: Too big: expected string to have <=200 characters (received an object; expected an alignment score as scoreAlignment returns it, or its JSON)"
    `);
    try {
      compareAlignment({ ...stored, components: [{ id: 'luck' }] }, stored);
      expect.unreachable();
    } catch (error) {
      // List indices stay numbers in an issue's path.
      expect(isValidationError(error) && error.issues.map((i) => i.path)).toEqual([
        ['before', 'components', 0, 'id'],
        ['before', 'components', 0, 'points'],
      ]);
    }
    expect(issuesOf({}, stored).split('\n')).toHaveLength(6);
    const many = { ...stored, components: Array.from({ length: 12 }, () => ({ id: 'x' })) };
    expect(issuesOf(many, stored).split('\n')).toHaveLength(10);
  });
});
