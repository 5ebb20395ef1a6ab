import { describe, expect, it } from 'vitest';
import { FiscalCalendar, MonthBasedCalendar } from '../../src/index.js';

describe('MonthBasedCalendar, the document schema', () => {
  it('accepts every start month from January to December', () => {
    for (let startMonth = 1; startMonth <= 12; startMonth++) {
      const calendar = { kind: 'month-based', id: `fy-${startMonth}`, startMonth };
      expect(MonthBasedCalendar.parse(calendar)).toEqual(calendar);
      expect(FiscalCalendar.parse(calendar)).toEqual(calendar);
    }
  });

  it('refuses a start month outside 1 to 12, or not whole', () => {
    for (const startMonth of [0, 13, -1, 6.5, '7']) {
      const result = MonthBasedCalendar.safeParse({ kind: 'month-based', id: 'x', startMonth });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['startMonth']);
    }
  });
});

describe('WeekBasedCalendar, the document schema', () => {
  it('accepts each of the three week patterns of a quarter', () => {
    for (const pattern of ['4-4-5', '4-5-4', '5-4-4'] as const) {
      const calendar = {
        kind: 'week-based',
        id: `retail-${pattern}`,
        yearEnd: { month: 1, weekday: 'saturday', rule: 'nearest' },
        pattern,
      };
      expect(FiscalCalendar.parse(calendar)).toMatchObject({ pattern });
    }
  });
});
