// Settings overrides are read whole, and every problem is listed at once: each issue says where,
// what it received and what the setting accepts. Each case pins the issues whole.
import { describe, expect, it } from 'vitest';
import { deriveMotiveProfile } from '../../src/alignment/derive-motive-profile.js';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { isValidationError } from '../../src/errors.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

/** The issues of refused settings, one line each; "accepted" when they are read. */
function issuesOf(settings: unknown): string {
  try {
    scoreAlignment(tiny, { asOf: tinyAsOf, settings: settings as never });
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return error.issues
      .map(
        (i) =>
          `${i.code} at ${i.path.join('.')}: ${i.message} (received ${i.received}; expected ${i.expected})${i.params === undefined ? '' : ` ${JSON.stringify(i.params)}`}`,
      )
      .join('\n');
  }
  return 'accepted';
}

/** `n` grade bands, best first, the last starting at 0. */
const bands = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ grade: 'C', min: String(n - 1 - i) }));

describe('scoreAlignment settings overrides', () => {
  it('refuses settings that are no object, and unknown keys at every level', () => {
    expect(issuesOf('strict')).toMatchInlineSnapshot(
      `"invalid-type at options.settings: Expected an object, received a string (received "strict"; expected an object of setting overrides) {}"`,
    );
    expect(
      issuesOf({
        [`a-setting-with-a-name-much-longer-than-forty-characters`]: 1,
        economics: { gate: '0.5' },
        profiles: { consultancy: {} },
      }),
    ).toMatchInlineSnapshot(`
      "unknown-field at options.settings.a-setting-with-a-name-much-longer-than-forty-characters: Unknown setting "a-setting-with-a-name-much-longer-than-f" (received 1; expected only "profiles", "strengthCoverage", "derivedStrength", "objectiveWeights", "commitmentFactor", "commitmentStatusCredit", "componentWeights", "economics", "mutuality", "governance", "clarity", "grades" and "unservedMotiveWeight") {"key":"a-setting-with-a-name-much-longer-than-f"}
      unknown-field at options.settings.profiles.consultancy: Unknown setting "consultancy" (received an object; expected only "consulting", "solution-provider", "reseller", "msp", "distributor" and "referral") {"key":"consultancy"}
      unknown-field at options.settings.economics.gate: Unknown setting "gate" (received "0.5"; expected only "atBenchmark", "gateOpen", "gateClosed", "bottomCap" and "fullGateShare") {"key":"gate"}"
    `);
  });

  it('lists every unreadable or out-of-range value at once', () => {
    expect(
      issuesOf({
        strengthCoverage: { weak: '-0.1', strong: '1.5' },
        commitmentStatusCredit: { planned: true },
        commitmentFactor: '2',
        economics: { atBenchmark: '101', bottomCap: 'x', fullGateShare: '0' },
        derivedStrength: 5,
        objectiveWeights: 'none',
        clarity: { minimumHorizonDays: '365' },
        unservedMotiveWeight: '1.01',
        mutuality: 'all',
      }),
    ).toMatchInlineSnapshot(`
      "too-small at options.settings.strengthCoverage.weak: Out of range (received "-0.1"; expected a decimal string from 0 to 1 such as "0.25") {}
      too-big at options.settings.strengthCoverage.strong: Out of range (received "1.5"; expected a decimal string from 0 to 1 such as "0.25") {}
      invalid-type at options.settings.commitmentStatusCredit.planned: Expected a decimal, received a boolean (received true; expected a decimal string from 0 to 1 such as "0.25") {}
      too-big at options.settings.economics.atBenchmark: Out of range (received "101"; expected a decimal string from 0 to 100 such as "40") {}
      invalid-decimal at options.settings.economics.bottomCap: Not a decimal number (received "x"; expected a decimal string from 0 to 100 such as "40") {}
      too-small at options.settings.economics.fullGateShare: The share at which the gate applies in full must be above 0 (received "0"; expected a decimal string above 0 and at most 1 such as "0.5") {}
      invalid-type at options.settings.mutuality: Expected an object, received a string (received "all"; expected an object) {}
      invalid-type at options.settings.clarity.minimumHorizonDays: Not a whole number of days (received "365"; expected a whole number of days from 0 to 36600, such as 365) {}
      invalid-type at options.settings.derivedStrength: Not a string (received 5; expected "weak", "moderate" or "strong") {}
      invalid-value at options.settings.objectiveWeights: Not one of the accepted values (received "none"; expected "weighted" or "equal") {}
      too-big at options.settings.commitmentFactor: Out of range (received "2"; expected a decimal string from 0 to 1 such as "0.25") {}
      too-big at options.settings.unservedMotiveWeight: Out of range (received "1.01"; expected a decimal string from 0 to 1 such as "0.25") {}"
    `);
  });

  it('refuses weights that do not sum to 1, unless one of them is already refused', () => {
    expect(
      issuesOf({
        componentWeights: { economics: '0.2' },
        governance: { sponsors: '0.3' },
        clarity: { purpose: '0.1' },
        mutuality: { agreedGoals: '0.6', proposedGoalCredit: '0.9' },
      }),
    ).toMatchInlineSnapshot(`
      "sum-not-one at options.settings.componentWeights: Weights must sum to 1 (they sum to 1.1) (received 1.1; expected weights summing to exactly 1) {}
      sum-not-one at options.settings.mutuality: Weights must sum to 1 (they sum to 1.1) (received 1.1; expected weights summing to exactly 1) {}
      sum-not-one at options.settings.governance: Weights must sum to 1 (they sum to 0.95) (received 0.95; expected weights summing to exactly 1) {}
      sum-not-one at options.settings.clarity: Weights must sum to 1 (they sum to 0.9) (received 0.9; expected weights summing to exactly 1) {}"
    `);
    expect(issuesOf({ componentWeights: { economics: 'x' } })).toMatchInlineSnapshot(
      `"invalid-decimal at options.settings.componentWeights.economics: Not a decimal number (received "x"; expected a decimal string from 0 to 1 such as "0.25") {}"`,
    );
    expect(issuesOf({ mutuality: { proposedGoalCredit: '0.9' } })).toBe('accepted');
  });

  it('refuses a gate that does not close below the ratio where it opens', () => {
    expect(issuesOf({ economics: { gateClosed: '0.75' } })).toMatchInlineSnapshot(
      `"invalid-argument at options.settings.economics.gateClosed: The gate must close below the ratio where it opens (received 0.75; expected a ratio below gateOpen (0.75)) {}"`,
    );
    expect(issuesOf({ economics: { gateOpen: '1.5' } })).toMatchInlineSnapshot(
      `"too-big at options.settings.economics.gateOpen: Out of range (received "1.5"; expected a decimal string from 0 to 1 such as "0.25") {}"`,
    );
    expect(issuesOf({ economics: { gateClosed: '0.99', gateOpen: '1' } })).toBe('accepted');
  });

  it('refuses a minimum horizon that is no whole number of days from 0 to 36600', () => {
    expect(
      [-1, 1.5, 36_601].map((days) => issuesOf({ clarity: { minimumHorizonDays: days } })),
    ).toMatchInlineSnapshot(`
      [
        "not-an-integer at options.settings.clarity.minimumHorizonDays: Not a whole number of days (received -1; expected a whole number of days from 0 to 36600, such as 365) {}",
        "not-an-integer at options.settings.clarity.minimumHorizonDays: Not a whole number of days (received 1.5; expected a whole number of days from 0 to 36600, such as 365) {}",
        "not-an-integer at options.settings.clarity.minimumHorizonDays: Not a whole number of days (received 36601; expected a whole number of days from 0 to 36600, such as 365) {}",
      ]
    `);
    expect([0, 36_600].map((days) => issuesOf({ clarity: { minimumHorizonDays: days } }))).toEqual([
      'accepted',
      'accepted',
    ]);
  });

  it('refuses grade bands that are not 1 to 26 bands going down to 0', () => {
    expect(['A', [], bands(27)].map((grades) => issuesOf({ grades }))).toMatchInlineSnapshot(`
      [
        "invalid-type at options.settings.grades: Expected a list of grade bands (received "A"; expected from 1 to 26 bands { grade, min }, best first) {}",
        "invalid-type at options.settings.grades: Expected a list of grade bands (received an array; expected from 1 to 26 bands { grade, min }, best first) {}",
        "invalid-type at options.settings.grades: Expected a list of grade bands (received an array; expected from 1 to 26 bands { grade, min }, best first) {}",
      ]
    `);
    expect(
      issuesOf({
        grades: [
          'A',
          { grade: 'F', min: '101' },
          { grade: 'B', min: '50' },
          { grade: 'C', min: '50' },
          { grade: 'E', min: '0', floor: true },
        ],
      }),
    ).toMatchInlineSnapshot(`
      "invalid-type at options.settings.grades.0: Expected an object, received a string (received "A"; expected an object { grade, min }) {}
      invalid-type at options.settings.grades.0.grade: Not a string (received undefined; expected "A", "B", "C", "D" or "E") {}
      required at options.settings.grades.0.min: Expected a decimal, received nothing (received undefined; expected a decimal string from 0 to 100 such as "40") {}
      invalid-value at options.settings.grades.1.grade: Not one of the accepted values (received "F"; expected "A", "B", "C", "D" or "E") {}
      too-big at options.settings.grades.1.min: Out of range (received "101"; expected a decimal string from 0 to 100 such as "40") {}
      unknown-field at options.settings.grades.4.floor: Unknown setting "floor" (received true; expected only "grade" and "min") {"key":"floor"}
      invalid-argument at options.settings.grades: Grade bands must go from the best down, the last one starting at 0 (received ["0","101","50","50","0"]; expected strictly decreasing minimums ending with "0") {}"
    `);
    expect(
      issuesOf({
        grades: [
          { grade: 'A', min: '50' },
          { grade: 'B', min: '10' },
        ],
      }),
    ).toMatchInlineSnapshot(
      `"invalid-argument at options.settings.grades: Grade bands must go from the best down, the last one starting at 0 (received ["50","10"]; expected strictly decreasing minimums ending with "0") {}"`,
    );
    expect([issuesOf({ grades: bands(26) }), issuesOf({ grades: bands(1) })]).toEqual([
      'accepted',
      'accepted',
    ]);
  });

  it('refuses profile rows that are no motive weights summing to 1', () => {
    expect(
      issuesOf({
        profiles: {
          consulting: 'services',
          msp: { luck: '1' },
          referral: { 'referral-fees': '0.9' },
          reseller: { 'resale-margin': 'most', retention: '0.5' },
        },
      }),
    ).toMatchInlineSnapshot(`
      "invalid-type at options.settings.profiles.consulting: Expected an object, received a string (received "services"; expected an object of motive weights) {}
      invalid-decimal at options.settings.profiles.reseller.resale-margin: Not a decimal number (received "most"; expected a decimal string from 0 to 1 such as "0.25") {}
      invalid-value at options.settings.profiles.msp.luck: Not a known motive (received "luck"; expected a built-in motive such as "retention", or "custom:<kebab-case-name>") {}
      sum-not-one at options.settings.profiles.referral: Weights must sum to 1 (they sum to 0.9) (received 0.9; expected weights summing to exactly 1) {}"
    `);
    expect(issuesOf({ profiles: 'none' })).toMatchInlineSnapshot(
      `"invalid-type at options.settings.profiles: Expected an object, received a string (received "none"; expected an object of rows) {}"`,
    );
  });

  it('refuses the same rows in deriveMotiveProfile, under its own options', () => {
    const partner = {
      id: 'p',
      name: 'P',
      archetypes: [{ archetype: 'referral', share: '1' }],
    };
    expect(() =>
      deriveMotiveProfile(partner as never, { profiles: { referral: { retention: '0.5' } } }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to deriveMotiveProfile: 1 issue
        - options.profiles.referral: Weights must sum to 1 (they sum to 0.5) (received 0.5; expected weights summing to exactly 1)]
    `);
  });
});
