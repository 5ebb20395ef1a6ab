import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import type { Period } from '../../calendar/period.js';
import { periodDays } from '../../calendar/period-bounds.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';

/**
 * The share of its fiscal year a period covers, by days: a quarter of a 365-day year with 92
 * days is 92/365. A year is exactly 1.
 */
export function yearShare(calendar: FiscalCalendar, period: Period): Decimal {
  if (period.granularity === 'year') return toDecimal(1);
  const year: Period = { ...period, granularity: 'year', index: 1 };
  return toDecimal(periodDays(calendar, period)).div(periodDays(calendar, year));
}
