/** fast-check arbitraries shared by the calendar tests: any calendar, year, granularity, date. */
import { fc } from '@fast-check/vitest';
import type { FiscalCalendar, Granularity } from '../../src/index.js';

export const monthBased: fc.Arbitrary<FiscalCalendar> = fc.record(
  {
    kind: fc.constant('month-based' as const),
    id: fc.constant('mb'),
    startMonth: fc.integer({ min: 1, max: 12 }),
    yearNaming: fc.constantFrom('end-year' as const, 'start-year' as const),
  },
  { requiredKeys: ['kind', 'id', 'startMonth'] },
);

export const weekBased: fc.Arbitrary<FiscalCalendar> = fc.record(
  {
    kind: fc.constant('week-based' as const),
    id: fc.constant('wb'),
    yearEnd: fc.record({
      month: fc.integer({ min: 1, max: 12 }),
      weekday: fc.constantFrom(
        'monday' as const,
        'tuesday' as const,
        'wednesday' as const,
        'thursday' as const,
        'friday' as const,
        'saturday' as const,
        'sunday' as const,
      ),
      rule: fc.constantFrom('last' as const, 'nearest' as const),
    }),
    pattern: fc.constantFrom('4-4-5' as const, '4-5-4' as const, '5-4-4' as const),
    leapWeek: fc.constantFrom('last-period' as const, 'first-quarter' as const),
    yearNaming: fc.constantFrom('end-year' as const, 'start-year' as const),
  },
  { requiredKeys: ['kind', 'id', 'yearEnd', 'pattern'] },
);

export const anyCalendar = fc.oneof(monthBased, weekBased);

/** Fiscal years with room on both sides for next/previous. */
export const anyYear = fc.integer({ min: 1901, max: 2199 });

export const coarseGranularity = fc.constantFrom<Granularity>('year', 'half', 'quarter', 'month');

/** A granularity the calendar supports. */
export function granularityFor(calendar: FiscalCalendar): fc.Arbitrary<Granularity> {
  return calendar.kind === 'week-based'
    ? fc.constantFrom<Granularity>('year', 'half', 'quarter', 'month', 'week')
    : coarseGranularity;
}

const firstDay = Date.UTC(1905, 0, 1);
const lastDay = Date.UTC(2195, 11, 31);

/** An ISO date well inside the supported fiscal years. */
export const anyDate = fc
  .integer({ min: firstDay / 86_400_000, max: lastDay / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

/** Days between two ISO dates, computed independently of the library. */
export function daysBetween(start: string, end: string): number {
  return (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
}

/** The ISO date `n` days after a date, computed independently of the library. */
export function addDaysIso(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
