import { describe, expect, it } from 'vitest';
import {
  computeEconomics,
  isValidationError,
  type PartnershipJson,
  samples,
} from '../../src/index.js';
import { northwind } from './fixtures.js';
import { fixed, fromCents, split } from './rational.js';

const issuesFor = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isValidationError(error)) return error.issues;
    throw error;
  }
  throw new Error('did not throw');
};
const plan = (...keys: string[]) => ({
  source: 'plan' as const,
  plan: keys.map((period) => ({ period, target: '4000000' })),
});
/** Northwind's JSON document with its actuals changed. */
const withActuals = (
  change: (actuals: PartnershipJson['actuals']) => PartnershipJson['actuals'],
): PartnershipJson => ({
  ...samples.northwindAdvisory,
  actuals: change([...samples.northwindAdvisory.actuals]),
});

describe('computeEconomics', () => {
  it('takes plan steps in any order and reports the periods in calendar order', () => {
    const { periods } = computeEconomics(northwind(), plan('FY2028-Q3', 'FY2028-Q1', 'FY2028-Q2'));
    expect(periods.map((period) => period.period.index)).toEqual([1, 2, 3]);
  });

  it('names the longer of two periods that start together first, in either order', () => {
    // FY2028 and its first quarter both start on 1 July 2027: the quarter is the one refused.
    const overlap = (at: number) => [
      {
        code: 'overlapping-periods',
        path: ['options', 'plan', at],
        message:
          'The vendor-revenue periods FY2028 and FY2028-Q1 overlap: their revenue would be counted twice',
        received: 'FY2028 and FY2028-Q1',
        expected: 'values for periods that do not overlap (one granularity, such as quarters)',
        params: { period: 'FY2028-Q1', overlaps: 'FY2028' },
        label: `Options › Plan ${at + 1}`,
      },
    ];
    expect(issuesFor(() => computeEconomics(northwind(), plan('FY2028-Q1', 'FY2028')))).toEqual(
      overlap(0),
    );
    expect(issuesFor(() => computeEconomics(northwind(), plan('FY2028', 'FY2028-Q1')))).toEqual(
      overlap(1),
    );
  });

  it('refuses a period repeated after others, naming the repeat', () => {
    expect(
      issuesFor(() => computeEconomics(northwind(), plan('FY2028-Q1', 'FY2028-Q2', 'FY2028-Q2'))),
    ).toMatchInlineSnapshot(`
      [
        {
          "code": "duplicate-entry",
          "expected": "at most one value per period",
          "label": "Options › Plan 3",
          "message": "Two values of the vendor-revenue objective for FY2028-Q2",
          "params": {
            "period": "FY2028-Q2",
          },
          "path": [
            "options",
            "plan",
            2,
          ],
          "received": "FY2028-Q2",
        },
      ]
    `);
  });

  it('names the actual that overlaps another when the vendor revenue comes from actuals', () => {
    const document = withActuals((actuals) => [
      ...actuals,
      { objective: 'resale-arr', period: 'FY2027', value: '2000000.00' },
    ]);
    expect(
      issuesFor(() => computeEconomics(document, { source: 'actuals' })),
    ).toMatchInlineSnapshot(`
      [
        {
          "code": "overlapping-periods",
          "expected": "values for periods that do not overlap (one granularity, such as quarters)",
          "label": "Partnership › Actual 5",
          "message": "The vendor-revenue periods FY2027 and FY2027-Q1 overlap: their revenue would be counted twice",
          "params": {
            "overlaps": "FY2027",
            "period": "FY2027-Q1",
          },
          "path": [
            "partnership",
            "actuals",
            4,
          ],
          "received": "FY2027 and FY2027-Q1",
        },
      ]
    `);
  });

  it('points the evidence of a shortfall at the actual that causes it', () => {
    // actuals[4] is Northwind's resold ARR for FY2027-Q1; at 6,000,000 a year it needs
    // 30,810.8 h against 21,840: 6 hires.
    const document = withActuals((actuals) =>
      actuals.map((actual, index) => (index === 4 ? { ...actual, value: '6000000.00' } : actual)),
    );
    const [finding] = computeEconomics(document, { source: 'actuals' }).findings;
    expect(finding?.evidence[0]).toStrictEqual({
      label: 'Vendor revenue',
      value: '6000000',
      path: ['actuals', 4, 'value'],
    });
    expect(finding?.params['hires']).toBe('6');
  });

  it('splits each year’s level over its own periods when a plan mixes years and granularities', () => {
    // A level of 4,000,000 held through FY2027 is the year's revenue; held in FY2028-Q1 it is the
    // quarter's part of the year: 92 days of FY2028's 366 (it holds 29 February 2028).
    const { periods } = computeEconomics(northwind(), plan('FY2027', 'FY2028-Q1'));
    const [q1] = split(400_000_000n, [92n, 92n, 91n, 91n]);
    expect(periods.map((period) => period.vendorRevenue.amount.toFixed(2))).toEqual([
      '4000000.00',
      fromCents(q1 as bigint),
    ]);
  });

  it('splits the team’s yearly hours over the quarters of the year by days', () => {
    // 14 consultants × 2,080 h = 29,120 paid hours a year, 21,840 billable at the ceiling of 75,
    // each split in tenths of an hour over FY2028's quarters of 92, 92, 91 and 91 days.
    const { periods, total } = computeEconomics(
      northwind(),
      plan('FY2028-Q1', 'FY2028-Q2', 'FY2028-Q3', 'FY2028-Q4'),
    );
    // Hours as the library writes them: tenths, without a trailing ".0".
    const tenths = (parts: bigint[]) =>
      parts.map((part) => fixed([part, 10n], 1).replace(/\.0$/, ''));
    expect(periods.map((period) => period.services?.capacityHours.toFixed())).toEqual(
      tenths(split(291_200n, [92n, 92n, 91n, 91n])),
    );
    expect(periods.map((period) => period.services?.hoursAvailable.toFixed())).toEqual(
      tenths(split(218_400n, [92n, 92n, 91n, 91n])),
    );
    expect(total.services?.capacityHours.toFixed()).toBe('29120');
  });
});
