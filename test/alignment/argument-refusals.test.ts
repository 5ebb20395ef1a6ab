// Every alignment function checks its arguments and says, in its own name, what was wrong and
// what it accepts. Each case pins the whole error.
import { describe, expect, it } from 'vitest';
import { deriveMotiveProfile } from '../../src/alignment/derive-motive-profile.js';
import { rankImprovements } from '../../src/alignment/rank-improvements.js';
import { reviewSchedule } from '../../src/alignment/review-schedule.js';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

const anyValue = (value: unknown) => value as never;

describe('the arguments of the alignment functions', () => {
  it('reviewSchedule says what date it reads the partnership on, and what options it takes', () => {
    expect(() =>
      reviewSchedule(tiny, { asOf: anyValue('1.9.2026') }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to reviewSchedule: 1 issue
        - options.asOf: Not a real calendar date in the form YYYY-MM-DD (received "1.9.2026"; expected an ISO date such as "2026-11-27" (the date to read the partnership on; toIsoDate turns a Date into one))]
    `);
    expect(() =>
      reviewSchedule(tiny, anyValue({ asOf: tinyAsOf, at: 1 })),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to reviewSchedule: 1 issue
        - options.at: Unknown option "at" (received 1; expected only "asOf")]
    `);
    expect(() =>
      reviewSchedule(anyValue(null), { asOf: tinyAsOf }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to reviewSchedule: 1 issue
        - partnership: Expected a partnership (parsed, or its JSON document) (received null; expected a partnership as parsePartnership returns it, or its JSON document)]
    `);
  });

  it('scoreAlignment asks for its options, the date first', () => {
    expect(() =>
      (scoreAlignment as (p: unknown) => unknown)(tiny),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to scoreAlignment: 1 issue
        - options: Missing; expected options with the date to score on, such as { asOf: "2026-11-27" } (received undefined; expected options with the date to score on, such as { asOf: "2026-11-27" })]
    `);
    expect(() => scoreAlignment(tiny, anyValue({}))).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to scoreAlignment: 1 issue
        - options.asOf: Missing: the date to read the partnership on (the library never reads a clock) (received undefined; expected an ISO date such as "2026-11-27" (the date to read the partnership on; toIsoDate turns a Date into one))]
    `);
    expect(() =>
      scoreAlignment(tiny, anyValue({ asOf: tinyAsOf, motives: 3 })),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to scoreAlignment: 1 issue
        - options.motives: Unknown option "motives" (received 3; expected only "asOf", "settings" and "economics")]
    `);
  });

  it('rankImprovements takes 0 to 100 motives to search, in its own name', () => {
    expect(() =>
      rankImprovements(tiny, { asOf: tinyAsOf, motives: 101 }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to rankImprovements: 1 issue
        - options.motives: Above the maximum of 100 (received 101; expected a whole number from 0 to 100)]
    `);
    expect(() =>
      rankImprovements(tiny, { asOf: tinyAsOf, motives: anyValue('3') }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to rankImprovements: 1 issue
        - options.motives: Expected a whole number from 0 to 100, received a string (received "3"; expected a whole number from 0 to 100)]
    `);
    expect(() => rankImprovements(tiny, anyValue(undefined))).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to rankImprovements: 1 issue
        - options: Missing; expected options with the date to score on, such as { asOf: "2026-11-27" } (received undefined; expected options with the date to score on, such as { asOf: "2026-11-27" })]
    `);
    const searched = (motives: number) =>
      rankImprovements(tiny, { asOf: tinyAsOf, motives })
        .filter((i) => i.addresses.length === 0)
        .map((i) => i.subject);
    // Beyond the unserved motives a finding names, the least-served ones by weight × (1 − coverage).
    expect([searched(0), searched(100)]).toEqual([
      [],
      ['consultant-utilization', 'services-revenue'],
    ]);
  });

  it('deriveMotiveProfile names the partner and its own options', () => {
    expect(() => deriveMotiveProfile(anyValue({ id: 'p' }))).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to deriveMotiveProfile: 2 issues
        - partner.name: Required (received nothing; expected text of 1 to 200 characters)
        - partner.archetypes: Required (received nothing; expected a list of at most 6 items)]
    `);
    expect(() =>
      deriveMotiveProfile(tiny.partner, anyValue({ rows: {} })),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to deriveMotiveProfile: 1 issue
        - options.rows: Unknown option "rows" (received an object; expected only "profiles")]
    `);
  });
});
