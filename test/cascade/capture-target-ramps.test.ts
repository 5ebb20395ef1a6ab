import { describe, expect, it } from 'vitest';
import { calendarYear, captureTarget } from '../../src/index.js';
import { julyFy } from './fixtures.js';

/** A flat market of `size` USD a year from 2027, with today's and the aimed share. */
function flatMarket(size: string, currentShare: string, targetShare: string) {
  return {
    yearlySize: { amount: size, currency: 'USD' },
    sizeYear: 2027,
    growthRate: '0',
    currentShare,
    targetShare,
  };
}

const threeYears = { start: '2027-01-01', end: '2029-12-31' };

describe('captureTarget ramps', () => {
  it('ramps the share along the normalised logistic, symmetric about the middle', () => {
    const result = captureTarget(
      flatMarket('1000000.00', '0.01', '0.03'),
      threeYears,
      calendarYear,
      {
        shape: 's-curve',
      },
    );
    // l(u) = 1 / (1 + e^(-8(u - 0.5))): l(0) = 1/(1 + e^4) = 0.0179862, l(1) = 0.9820138,
    // l(1/3) = 1/(1 + e^(4/3)) = 0.2086085, so f(1/3) = (0.2086085 - 0.0179862) / 0.9640276
    // = 0.1977353 and f(2/3) = 1 - f(1/3) = 0.8022647.
    // Shares 1 % + 2 %·f: 1.3954707 %, 2.6045293 %, then the target 3 %; revenues on 1M USD:
    // 13,954.71 + 26,045.29 + 30,000.00 = 70,000.00 (the two ramp years mirror each other).
    expect(result.years.map((y) => [y.share.toString(), y.revenue.amount.toFixed(2)])).toEqual([
      ['0.0139547067', '13954.71'],
      ['0.0260452933', '26045.29'],
      ['0.03', '30000.00'],
    ]);
    expect(result.total.amount.toFixed(2)).toBe('70000.00');
  });

  it('gives the last year exactly the target share, whatever the ramp computes', () => {
    // Geometric from 6 % to 7 % over 2027-2029: 6 % · (7/6)^(1/3) = 6.31636 %,
    // 6 % · (7/6)^(2/3) = 6.64940 %, then 7 %. 2029: 100,001.50 × 7 % = 7,000.105 exactly, a half
    // cent that half-even rounds down to 7,000.10. The ramp's own formula, 6 % · (7 % / 6 %) at 40
    // digits, lands a hair above 7 % and would round the same year up to 7,000.11.
    const result = captureTarget(
      flatMarket('100001.50', '0.06', '0.07'),
      threeYears,
      calendarYear,
      {
        shape: 'geometric',
      },
    );
    expect(result.years.map((y) => [y.share.toString(), y.revenue.amount.toFixed(2)])).toEqual([
      ['0.063163596', '6316.45'],
      ['0.0664939976', '6649.50'],
      ['0.07', '7000.10'],
    ]);
  });

  it('names each year as a whole fiscal year of the calendar', () => {
    const result = captureTarget(
      flatMarket('1000.00', '0', '0.1'),
      { start: '2026-07-01', end: '2028-06-30' },
      julyFy,
    );
    expect(result.years.map((y) => y.period)).toEqual([
      { calendar: 'stratus-fy', granularity: 'year', year: 2027, index: 1 },
      { calendar: 'stratus-fy', granularity: 'year', year: 2028, index: 1 },
    ]);
  });

  it('starts an S-curve barely above the current share after a one-day first year', () => {
    // 2027-12-31 is one day of 365, then 19 whole years: u = (1/365) / (19 + 1/365) = 0.00014418.
    // f(u) = (l(u) - l(0)) / 0.9640276 = 0.000021144 (to first order u · l'(0) / 0.9640276 =
    // 0.00014418 · 8 · 0.0179862 · 0.9820138 / 0.9640276 = 0.000021133): a share of
    // 1 % + 2 % · 0.000021144 = 1.0000423 %, on one day of 365.
    const result = captureTarget(
      flatMarket('365000000.00', '0.01', '0.03'),
      { start: '2027-12-31', end: '2046-12-31' },
      calendarYear,
      { shape: 's-curve' },
    );
    const first = result.years[0];
    expect(first?.days).toBe(1);
    expect(first?.share.toFixed(9)).toBe('0.010000423');
    // 365M × 1.0000423 % × 1/365 = 10,000.42 (to the cent).
    expect(first?.revenue.amount.toFixed(2)).toBe('10000.42');
  });
});
