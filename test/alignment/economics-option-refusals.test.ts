// The economics option of scoreAlignment comes from another engine or from a caller's own
// figures: each figure it cannot read is refused with an issue that says where, what it received
// and what it accepts. Each case pins the issues whole.
import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { isValidationError } from '../../src/errors.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

/** The issues of a refused economics option, one line each; "accepted" when it is read. */
function issuesOf(economics: unknown): string {
  try {
    scoreAlignment(tiny, { asOf: tinyAsOf, economics: economics as never });
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

const share = { marginShareOfProfit: '0.2' };
const lever = (topLever: unknown) => issuesOf({ ...share, topLever });
const shortfall = (capacityShortfall: unknown) => issuesOf({ ...share, capacityShortfall });

describe('scoreAlignment economics option', () => {
  it('refuses a margin share it cannot read, saying what it accepts', () => {
    expect(issuesOf('lots')).toMatchInlineSnapshot(
      `"invalid-type at options.economics: Expected an options object, received a string (received "lots"; expected an object with "marginShareOfProfit", "capacityShortfall" or "topLever")"`,
    );
    expect(issuesOf({})).toMatchInlineSnapshot(
      `"required at options.economics.marginShareOfProfit: Missing; expected a decimal string such as "0.25" (resale margin / the partner’s gross profit), or null (received undefined; expected a decimal string such as "0.25" (resale margin / the partner’s gross profit), or null)"`,
    );
    expect(issuesOf({ marginShareOfProfit: 'lots' })).toMatchInlineSnapshot(
      `"invalid-decimal at options.economics.marginShareOfProfit: Not a decimal share (received "lots"; expected a decimal string such as "0.25" (resale margin / the partner’s gross profit), or null)"`,
    );
    expect(issuesOf({ marginShareOfProfit: true })).toMatchInlineSnapshot(
      `"invalid-type at options.economics.marginShareOfProfit: Not a decimal share (received true; expected a decimal string such as "0.25" (resale margin / the partner’s gross profit), or null)"`,
    );
    expect([
      issuesOf({ marginShareOfProfit: null }),
      issuesOf({ marginShareOfProfit: '0.35' }),
    ]).toEqual(['accepted', 'accepted']);
  });

  it('refuses a top lever that is no kebab-case id of at most 100 characters', () => {
    expect(lever({ lever: 'Bad-lever', motive: 'retention' })).toMatchInlineSnapshot(
      `"invalid-format at options.economics.topLever.lever: Not a lever id (received "Bad-lever"; expected a kebab-case lever id of at most 100 characters, such as "utilization")"`,
    );
    expect(lever({ lever: 7, motive: 'retention' })).toMatchInlineSnapshot(
      `"invalid-type at options.economics.topLever.lever: Expected a lever id such as "utilization", received a number (received 7; expected a lever id such as "utilization")"`,
    );
    expect(lever({ motive: 'retention' })).toMatchInlineSnapshot(
      `"required at options.economics.topLever.lever: Missing; expected a lever id such as "utilization" (received undefined; expected a lever id such as "utilization")"`,
    );
    const refused = [
      '',
      'lever-Bad',
      'a--b',
      '-a',
      'a-',
      'a b',
      'a_b',
      'a:',
      `a${'-b'.repeat(50)}`,
    ];
    expect(refused.map((id) => lever({ lever: id, motive: 'retention' }).split(':')[0])).toEqual(
      refused.map(() => 'invalid-format at options.economics.topLever.lever'),
    );
    const accepted = [
      'a',
      'x9',
      'utilization',
      'bill-rate',
      'partner:bill-rate',
      `a${'-b'.repeat(49)}a`,
    ];
    expect(accepted.map((id) => lever({ lever: id, motive: 'retention' }))).toEqual(
      accepted.map(() => 'accepted'),
    );
  });

  it('refuses a top lever whose motive is not one', () => {
    expect(lever({ lever: 'luck', motive: 'luck' })).toMatchInlineSnapshot(
      `"invalid-value at options.economics.topLever.motive: Not a known motive (received "luck"; expected a built-in motive such as "consultant-utilization", or "custom:<kebab-case-name>")"`,
    );
    expect(lever({ lever: 'luck', motive: 3 })).toMatchInlineSnapshot(
      `"invalid-type at options.economics.topLever.motive: Expected a motive id such as "bill-rate", received a number (received 3; expected a motive id such as "bill-rate")"`,
    );
    expect(lever({ lever: 'luck' })).toMatchInlineSnapshot(
      `"required at options.economics.topLever.motive: Missing; expected a motive id such as "bill-rate" (received undefined; expected a motive id such as "bill-rate")"`,
    );
    expect(lever({ lever: 'luck', motive: 'custom:luck' })).toBe('accepted');
  });

  it('refuses a capacity shortfall that is no whole number of hires in a period of the calendar', () => {
    expect(shortfall({ hires: 1.5 })).toMatchInlineSnapshot(
      `"not-an-integer at options.economics.capacityShortfall.hires: Not a whole number (received 1.5; expected a whole number from 0 to 1000000)"`,
    );
    expect(shortfall({ hires: 1, period: 'FY2027-W60' })).toMatchInlineSnapshot(
      `"invalid-period-key at options.economics.capacityShortfall.period: Not a period of the partnership's calendar "calendar" (received "FY2027-W60"; expected a period key such as "FY2027" or "FY2027-Q2")"`,
    );
    expect(shortfall({ hires: 1, period: 2027 })).toMatchInlineSnapshot(
      `"invalid-period-key at options.economics.capacityShortfall.period: Not a period of the partnership's calendar "calendar" (received 2027; expected a period key such as "FY2027" or "FY2027-Q2")"`,
    );
    expect([shortfall({ hires: 0 }), shortfall({ hires: 1_000_000, period: 'FY2027-Q2' })]).toEqual(
      ['accepted', 'accepted'],
    );
  });
});
