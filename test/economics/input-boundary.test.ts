// Regression tests of issue 11 for the economics functions, written before the fix: each was red
// (a raw TypeError, a silent default, an accepted typo, a shared object), and is now refused with
// a ValidationError whose path starts at the argument, or accepted in its JSON form.
import { describe, expect, it } from 'vitest';
import {
  compareEconomics,
  computeEconomics,
  isValidationError,
  parsePartnership,
  rankLevers,
  samples,
  toDecimal,
} from '../../src/index.js';
import { deepFreeze } from '../money/deep-freeze.js';

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isValidationError(error)) return error.issues.map((issue) => [issue.code, issue.path]);
    return `raw ${(error as Error).name}: ${(error as Error).message}`;
  }
  return 'did not throw';
};
const messageOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isValidationError(error)) return error.message;
    throw error;
  }
  throw new Error('did not throw');
};
const northwind = () => parsePartnership(samples.northwindAdvisory);
const call = computeEconomics as (...args: unknown[]) => unknown;
const rank = rankLevers as (...args: unknown[]) => unknown;
const compare = compareEconomics as (...args: unknown[]) => unknown;
const plan = (steps: unknown) => ({ source: 'plan', plan: steps });

describe('the economics input boundary (issue 11)', () => {
  it('accepts the JSON document as well as the parsed partnership, with the same result', () => {
    const json = JSON.parse(JSON.stringify(samples.northwindAdvisory));
    expect(JSON.stringify(call(json))).toBe(JSON.stringify(computeEconomics(northwind())));
  });

  it('accepts the utilization ceiling as a decimal string, the JSON form of a decimal', () => {
    const ceiling = (value: unknown) => call(northwind(), { utilizationCeiling: value });
    expect(JSON.stringify(ceiling('75'))).toBe(JSON.stringify(ceiling(toDecimal('75'))));
  });

  it('refuses a ceiling that is not a decimal, or out of range, with a ValidationError', () => {
    const ceiling = (value: unknown) =>
      issuesOf(() => call(northwind(), { utilizationCeiling: value }));
    const at = ['options', 'utilizationCeiling'];
    expect(ceiling('lots')).toEqual([['invalid-decimal', at]]);
    expect(ceiling(75.5)).toEqual([['invalid-decimal', at]]);
    expect(ceiling({ value: 75 })).toEqual([['invalid-type', at]]);
    expect(ceiling('1e99999999')).toEqual([['decimal-out-of-range', at]]);
    expect(ceiling('120')).toEqual([['too-big', at]]);
    expect(ceiling('-1')).toEqual([['too-small', at]]);
    expect(
      messageOf(() => call(northwind(), { utilizationCeiling: 'lots' })),
    ).toMatchInlineSnapshot(`
      "Cannot compute partner economics: 1 issue
        - options.utilizationCeiling: Not a decimal number (received "lots"; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal)"
    `);
  });

  it('refuses unknown option keys and unknown sources', () => {
    expect(issuesOf(() => call(northwind(), { utilisationCeiling: '80' }))).toEqual([
      ['unknown-field', ['options', 'utilisationCeiling']],
    ]);
    expect(issuesOf(() => call(northwind(), { source: 'Goals' }))).toEqual([
      ['invalid-value', ['options', 'source']],
    ]);
    expect(issuesOf(() => call(northwind(), 'actuals'))).toEqual([['invalid-type', ['options']]]);
  });

  it('refuses a plan given without source "plan" instead of silently ignoring it', () => {
    expect(issuesOf(() => call(northwind(), { plan: [] }))).toEqual([
      ['invalid-argument', ['options', 'plan']],
    ]);
  });

  it('refuses a partnership that is not one, naming the argument', () => {
    expect(issuesOf(() => call(42))).toEqual([['invalid-type', ['partnership']]]);
    expect(issuesOf(() => call(undefined))).toEqual([['required', ['partnership']]]);
    const broken = { ...samples.northwindAdvisory, currency: 'EURO' };
    expect(issuesOf(() => call(broken))).toEqual([
      ['unknown-currency', ['partnership', 'currency']],
    ]);
  });

  it('reads plan steps as values or JSON, and refuses malformed ones with their paths', () => {
    const fromJson = call(northwind(), plan([{ period: 'FY2028', target: '6000000' }]));
    const fromValues = call(
      northwind(),
      plan([
        {
          period: { calendar: 'stratus-fy', granularity: 'year', year: 2028, index: 1 },
          target: toDecimal('6000000'),
        },
      ]),
    );
    expect(JSON.stringify(fromJson)).toBe(JSON.stringify(fromValues));
    const steps = (value: unknown) => issuesOf(() => call(northwind(), plan(value)));
    expect(steps('FY2028')).toEqual([['invalid-type', ['options', 'plan']]]);
    expect(steps([null])).toEqual([['invalid-type', ['options', 'plan', 0]]]);
    expect(steps([{ period: 'FY2028' }])).toEqual([['required', ['options', 'plan', 0, 'target']]]);
    expect(steps([{ period: 'FY2028', target: 6e6 }])).toEqual('did not throw');
    expect(steps([{ period: 'FY2028', target: 0.1 }])).toEqual([
      ['invalid-decimal', ['options', 'plan', 0, 'target']],
    ]);
    expect(steps([{ period: '2028', target: '1' }])).toEqual([
      ['invalid-period-key', ['options', 'plan', 0, 'period']],
    ]);
    expect(steps([{ period: 'FY2028-W01', target: '1' }])).toEqual([
      ['unsupported-granularity', ['options', 'plan', 0, 'period']],
    ]);
    expect(steps([{ period: 'FY2301', target: '1' }])).toEqual([
      ['invalid-period-key', ['options', 'plan', 0, 'period']],
    ]);
    const period = { calendar: 'stratus-fy', granularity: 'quarter', year: 2028, index: 5 };
    expect(steps([{ period, target: '1' }])).toEqual([
      ['period-not-on-calendar', ['options', 'plan', 0, 'period']],
    ]);
  });

  it('refuses a plan step of another calendar instead of matching it by key', () => {
    const other = { calendar: 'calendar', granularity: 'year', year: 2028, index: 1 };
    expect(issuesOf(() => call(northwind(), plan([{ period: other, target: '1' }])))).toEqual([
      ['calendar-mismatch', ['options', 'plan', 0, 'period']],
    ]);
  });

  it('bounds the plan so that no option makes the calculation slow or huge', () => {
    const steps = Array.from({ length: 1061 }, (_, i) => ({ period: 'FY2028', target: String(i) }));
    expect(issuesOf(() => call(northwind(), plan(steps)))).toEqual([
      ['too-big', ['options', 'plan']],
    ]);
    expect(issuesOf(() => call(northwind(), plan([{ period: 'FY2028', target: '1e20' }])))).toEqual(
      [['too-big', ['options', 'plan', 0, 'target']]],
    );
  });

  it('refuses a profile whose numbers make amounts too large to compute exactly', () => {
    const economics = {
      ...samples.northwindAdvisory.economics,
      subscriptions: {
        users: '1e20',
        pricePerUser: { amount: '1e20', currency: 'USD' },
        averageDiscount: '0',
        platformCostPerUser: { amount: '0', currency: 'USD' },
      },
    };
    const huge = { ...samples.northwindAdvisory, economics };
    expect(issuesOf(() => call(huge))).toEqual([['too-big', ['partnership', 'economics']]]);
  });

  it('checks the lever ranking and the comparison the same way', () => {
    expect(issuesOf(() => rank(northwind(), { utilizationCeiling: 75.5 }))).toEqual([
      ['invalid-decimal', ['options', 'utilizationCeiling']],
    ]);
    expect(issuesOf(() => rank(null))).toEqual([['invalid-type', ['partnership']]]);
    expect(issuesOf(() => compare(null, null))).toEqual([['invalid-type', ['a']]]);
  });

  it('returns results that share no object with the input', () => {
    const partnership = deepFreeze(northwind());
    const economics = computeEconomics(partnership);
    const goal = partnership.goals.find((item) => item.objective === 'resale-arr');
    expect(economics.periods[0]?.period).toEqual(goal?.period);
    expect(economics.periods[0]?.period).not.toBe(goal?.period);
  });
});
