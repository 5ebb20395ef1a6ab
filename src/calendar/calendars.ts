import type { MonthBasedCalendar, WeekBasedCalendar } from './fiscal-calendar.js';

/**
 * The plain calendar year as a fiscal calendar: fiscal years are January to December.
 *
 * @example
 * ```ts
 * import { calendarYear, periodStart } from 'partner-alignment';
 * periodStart(calendarYear, { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 2 })
 * //=> '2027-04-01'
 * ```
 * @category Calendar
 */
export const calendarYear: MonthBasedCalendar = Object.freeze({
  kind: 'month-based',
  id: 'calendar',
  startMonth: 1,
});

/**
 * The US retail 4-5-4 calendar of the National Retail Federation: years end on the Saturday
 * nearest the end of January, are named by the calendar year in which they start (fiscal 2006
 * began on 29 January 2006), and put the 53rd week into January (the twelfth month, so Q4 is
 * 4-5-5 in 53-week years).
 *
 * @example
 * ```ts
 * import { nrfRetail, periodStart } from 'partner-alignment';
 * periodStart(nrfRetail, { calendar: 'nrf-4-5-4', granularity: 'year', year: 2006, index: 1 })
 * //=> '2006-01-29'
 * ```
 * @category Calendar
 */
export const nrfRetail: WeekBasedCalendar = Object.freeze({
  kind: 'week-based',
  id: 'nrf-4-5-4',
  yearEnd: Object.freeze({ month: 1, weekday: 'saturday', rule: 'nearest' }),
  pattern: '4-5-4',
  leapWeek: 'last-period',
  yearNaming: 'start-year',
});
