import { describe, expect, it } from 'vitest';
import {
  addPeriods,
  childPeriods,
  elapsedShare,
  type FiscalCalendar,
  type Period,
  parentPeriod,
  periodDays,
  periodEnd,
  periodOf,
  periodStart,
  periodsBetween,
} from '../../src/index.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('calendar functions', () => {
  it('never mutate the calendars and periods they are given', () => {
    const calendar: FiscalCalendar = deepFreeze({
      kind: 'week-based',
      id: 'wb',
      yearEnd: { month: 9, weekday: 'friday', rule: 'nearest' },
      pattern: '5-4-4',
    });
    const period: Period = deepFreeze({
      calendar: 'wb',
      granularity: 'quarter',
      year: 2027,
      index: 2,
    });
    const before = JSON.stringify([calendar, period]);
    periodStart(calendar, period);
    periodEnd(calendar, period);
    periodDays(calendar, period);
    periodOf(calendar, '2027-05-05', 'week');
    periodsBetween(calendar, '2026-01-01', '2028-01-01', 'month');
    childPeriods(calendar, period, 'week');
    parentPeriod(calendar, period, 'year');
    addPeriods(calendar, period, 9);
    elapsedShare(calendar, period, '2027-03-01');
    expect(JSON.stringify([calendar, period])).toBe(before);
  });
});
