import { describe, expect, it } from 'vitest';
import { captureTarget, cascade, money, toDecimal } from '../../src/index.js';
import { julyFy, objective } from './fixtures.js';

// Northwind's opportunity: 180M USD in 2026 growing 9 % a year; share 1.1 % today, 2.4 % aimed.
const healthcare = {
  yearlySize: money('180000000.00', 'USD'),
  sizeYear: 2026,
  growthRate: toDecimal('0.09'),
  currentShare: toDecimal('0.011'),
  targetShare: toDecimal('0.024'),
};
const horizon = { start: '2026-07-01', end: '2029-06-30' };

describe('captureTarget', () => {
  it('multiplies the grown size by a linearly ramped share, year by year', () => {
    const result = captureTarget(healthcare, horizon, julyFy);
    // FY2027: 180M·1.09 = 196.2M at 1.1 % + 1.3 %·⅓: 2,158,200 + 850,200 = 3,008,400.00 exactly.
    // FY2028: 213.858M at 1.1 % + 1.3 %·⅔: 2,352,438 + 1,853,436 = 4,205,874.00 exactly.
    // (The share shown is cut to 10 places; the revenue takes the unrounded share.)
    expect(
      result.years.map((y) => [
        y.period.year,
        y.size.amount.toFixed(2),
        y.share.toString(),
        y.revenue.amount.toFixed(2),
      ]),
    ).toEqual(
      [
        ['2027', '196200000.00', '0.0153333333', '3008400.00'],
        ['2028', '213858000.00', '0.0196666667', '4205874.00'],
        ['2029', '233105220.00', '0.024', '5594525.28'],
      ].map(([y, ...rest]) => [Number(y), ...rest]),
    );
    expect(result.total.amount.toFixed(2)).toBe('12808799.28');
  });

  it('ramps geometrically or by an S-curve, and needs a current share for geometric', () => {
    const geometric = captureTarget(healthcare, horizon, julyFy, { shape: 'geometric' });
    // (0.024/0.011)^(1/3) = e^(0.780159/3) = 1.297010: shares 1.4267 %, 1.8504 %, 2.4 %.
    expect(geometric.years.map((y) => y.share.toFixed(6))).toEqual([
      '0.014267',
      '0.018504',
      '0.024000',
    ]);
    const s = captureTarget(healthcare, horizon, julyFy, { shape: 's-curve' });
    expect(s.years.at(-1)?.share.toString()).toBe('0.024');
    expect(() =>
      captureTarget({ ...healthcare, currentShare: undefined }, horizon, julyFy, {
        shape: 'geometric',
      }),
    ).toThrow(/A geometric ramp needs a current share above 0/);
  });

  it('prorates partial fiscal years by days and feeds a flow cascade', () => {
    const result = captureTarget(healthcare, { start: '2027-01-01', end: '2027-06-30' }, julyFy);
    expect(result.years[0]?.days).toBe(181);
    const plan = cascade(
      objective('sum', '0', result.total.amount.toFixed(2), '2027-01-01', '2027-06-30'),
      julyFy,
      { granularity: 'quarter' },
    );
    expect(plan.units.length).toBe(2);
  });
});
