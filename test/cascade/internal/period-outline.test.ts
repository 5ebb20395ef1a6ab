import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { seasonalWeights, walkGrid } from '../../../src/cascade/internal/period-grid.js';
import {
  periodOutline,
  scaleByShares,
  writeCoverage,
} from '../../../src/cascade/internal/period-outline.js';
import type { FiscalCalendar, Granularity } from '../../../src/index.js';
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
        const grid = walkGrid(calendar, span, unit, { bounds: false, months: true });
        const n = grid.count;
        const shares = Array.from({ length: n }, (_, i) => grid.coverage[i] as number);
        const season = months && seasonalWeights(grid, months, new Array<number>(n));
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
      attempt(() => walkGrid(jan, span, unit, { bounds: false }).count);
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
