import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calendarYear, FiscalCalendar, nrfRetail } from '../../src/index.js';

describe('FiscalCalendar', () => {
  it('accepts the shipped calendars', () => {
    expect(FiscalCalendar.parse(calendarYear)).toEqual(calendarYear);
    expect(FiscalCalendar.parse(nrfRetail)).toEqual(nrfRetail);
  });
  it('refuses an unknown kind, a start month of 13 and an unknown pattern', () => {
    expect(FiscalCalendar.safeParse({ kind: 'lunar', id: 'x' }).success).toBe(false);
    expect(FiscalCalendar.safeParse({ kind: 'month-based', id: 'x', startMonth: 13 }).success).toBe(
      false,
    );
    expect(FiscalCalendar.safeParse({ ...nrfRetail, pattern: '4-4-4' }).success).toBe(false);
  });
  it('generates a documented JSON Schema', () => {
    const schema = z.toJSONSchema(FiscalCalendar) as { $defs: Record<string, { title?: string }> };
    expect(schema.$defs['FiscalCalendar']?.title).toBe('Fiscal calendar');
    expect(Object.keys(schema.$defs).sort()).toEqual([
      'FiscalCalendar',
      'MonthBasedCalendar',
      'WeekBasedCalendar',
      'Weekday',
    ]);
    expect(JSON.stringify(schema)).toContain('The calendar month (1 = January)');
    expect(JSON.stringify(schema)).toContain('Where the 53rd week goes');
  });
});
