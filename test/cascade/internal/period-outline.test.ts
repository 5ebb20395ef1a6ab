import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { periodGrid } from '../../../src/cascade/internal/period-grid.js';
import {
  periodOutline,
  scaleByShares,
  writeCoverage,
} from '../../../src/cascade/internal/period-outline.js';
import { addDays, type FiscalCalendar, type Granularity, toDayNumber } from '../../../src/index.js';
import { runs } from '../../property-runs.js';

const calendars: FiscalCalendar[] = [
  { kind: 'month-based', id: 'jan', startMonth: 1 },
  { kind: 'month-based', id: 'jul', startMonth: 7 },
  { kind: 'month-based', id: 'apr', startMonth: 4, yearNaming: 'start-year' },
  {
    kind: 'week-based',
    id: '445',
    yearEnd: { month: 12, weekday: 'saturday', rule: 'last' },
    pattern: '4-4-5',
  },
  {
    kind: 'week-based',
    id: '544',
    yearEnd: { month: 1, weekday: 'sunday', rule: 'nearest' },
    pattern: '5-4-4',
    leapWeek: 'first-quarter',
  },
];
const DAY = 864e5;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const horizon = fc
  .tuple(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 2000 }))
  .map(([from, days]) => {
    const start = Date.UTC(2024, 0, 1) + from * DAY;
    return { start: iso(start), end: iso(start + days * DAY) };
  });
const granularity = fc.constantFrom<Granularity>('year', 'half', 'quarter', 'month', 'week');
const monthWeights = fc.option(
  fc.array(fc.constantFrom(1, 2, 0.5, 1.25, 3, 0.9), { minLength: 12, maxLength: 12 }),
  { nil: undefined },
);

/**
 * The seasonal weight of each period of a walked grid, worked out from the fiscal months around
 * the horizon (walked as months): Σ over the months a period covers of weight × covered share of
 * the month, in order; a week weighs as the month it starts in, times its share of 7 days.
 */
function seasonOfWalk(
  calendar: FiscalCalendar,
  span: { start: string; end: string },
  unit: Granularity,
  weights: number[],
): number[] {
  const grid = periodGrid(calendar, span, unit);
  const months = periodGrid(calendar, { start: addDays(span.start, -7), end: span.end }, 'month');
  const first = toDayNumber(span.start);
  const last = toDayNumber(span.end);
  const monthAt = (k: number) => ({
    start: months.bounds[k] as number,
    after: months.bounds[k + 1] as number,
    weight: weights[(months.firstIndex - 1 + k) % 12] as number,
  });
  return Array.from({ length: grid.count }, (_, i) => {
    const start = grid.bounds[i] as number;
    const after = grid.bounds[i + 1] as number;
    if (unit === 'week') {
      const k = months.bounds.findIndex(
        (bound, j) => bound <= start && start < (months.bounds[j + 1] as number),
      );
      const share = grid.coverage[i] as number;
      return share === 1 ? monthAt(k).weight : monthAt(k).weight * share;
    }
    let sum = 0;
    for (let k = 0; k < months.count; k++) {
      const month = monthAt(k);
      if (month.start < start || month.after > after) continue;
      const days = Math.min(month.after - 1, last) - Math.max(month.start, first) + 1;
      if (days <= 0) continue;
      const share = days === month.after - month.start ? 1 : days / (month.after - month.start);
      sum += share === 1 ? month.weight : month.weight * share;
    }
    return sum;
  });
}

/** A result or the message of what it threw. */
function attempt<T>(run: () => T): T | string {
  try {
    return run();
  } catch (error) {
    return String(error);
  }
}

describe('periodOutline', () => {
  test.prop([fc.constantFrom(...calendars), horizon, granularity, monthWeights], {
    numRuns: runs(2000, 500),
  })(
    'gives the periods, shares and seasonal weights of a walk of the whole grid, bit for bit',
    (calendar, span, unit, months) => {
      const walked = attempt(() => {
        const grid = periodGrid(calendar, span, unit);
        const n = grid.count;
        const shares = [...grid.coverage];
        const season = months && seasonOfWalk(calendar, span, unit, months);
        return { n, firstYear: grid.firstYear, firstIndex: grid.firstIndex, shares, season };
      });
      const outlined = attempt(() => {
        const outline = periodOutline(calendar, span, unit, months);
        const n = outline.count;
        const shares = new Array<number>(n);
        writeCoverage(outline, shares);
        let season: number[] | undefined;
        if (months) {
          season = new Array<number>(n).fill(1);
          scaleByShares(outline, season);
        }
        const { firstYear, firstIndex } = outline;
        return { n, firstYear, firstIndex, shares, season };
      });
      expect(outlined).toEqual(walked);
    },
  );

  it('refuses weeks on a month-based calendar and years past 2200 as a walk does', () => {
    const jan = calendars[0] as FiscalCalendar;
    const walk = (span: { start: string; end: string }, unit: Granularity) =>
      attempt(() => periodGrid(jan, span, unit).count);
    const outline = (span: { start: string; end: string }, unit: Granularity) =>
      attempt(() => periodOutline(jan, span, unit, undefined).count);
    const late = { start: '2199-06-01', end: '2202-01-31' };
    expect(outline(late, 'month')).toBe(walk(late, 'month'));
    expect(outline(late, 'month')).toMatch(/2201/);
    const weeks = { start: '2027-01-01', end: '2027-03-31' };
    expect(outline(weeks, 'week')).toBe(walk(weeks, 'week'));
    expect(outline(weeks, 'week')).toMatch(/week/);
  });
});
