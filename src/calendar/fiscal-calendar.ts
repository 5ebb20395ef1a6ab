import { z } from 'zod';

const calendarId = z
  .string()
  .min(1)
  .describe('A stable identifier of the calendar; every period names its calendar by it.');

const yearNaming = z
  .enum(['end-year', 'start-year'])
  .optional()
  .describe(
    'How a fiscal year is named: by the calendar year in which it ends ("end-year", the default) or in which it starts ("start-year").',
  );

/**
 * A fiscal calendar of whole calendar months: twelve months from `startMonth`. With the default
 * `yearNaming: 'end-year'` a year is named by the calendar year in which it ends (a February start
 * makes February 2026 to January 2027 fiscal 2027); with `'start-year'` by the year in which it
 * starts. With `startMonth: 1` both namings coincide.
 *
 * @example
 * ```ts
 * import { MonthBasedCalendar } from 'partner-alignment';
 * MonthBasedCalendar.parse({ kind: 'month-based', id: 'fy-jul', startMonth: 7 }).startMonth //=> 7
 * ```
 * @category Calendar
 */
export const MonthBasedCalendar = z
  .object({
    get kind() {
      return z.literal('month-based').describe('Fiscal months are calendar months.');
    },
    id: calendarId,
    get startMonth() {
      return z
        .int()
        .min(1)
        .max(12)
        .describe('The calendar month (1 = January) in which every fiscal year starts.');
    },
    yearNaming,
  })
  .meta({
    id: 'MonthBasedCalendar',
    title: 'Month-based fiscal calendar',
    description: 'Fiscal years of twelve calendar months starting in a given month.',
  });

/**
 * A fiscal calendar of whole calendar months (see the {@link MonthBasedCalendar} schema).
 *
 * @example
 * ```ts
 * import type { MonthBasedCalendar } from 'partner-alignment';
 * const calendar: MonthBasedCalendar = { kind: 'month-based', id: 'fy-feb', startMonth: 2 };
 * calendar.kind //=> 'month-based'
 * ```
 * @category Calendar
 */
export type MonthBasedCalendar = z.infer<typeof MonthBasedCalendar>;

/**
 * A day of the week, by its English name in lower case.
 *
 * @example
 * ```ts
 * import { Weekday } from 'partner-alignment';
 * Weekday.options[6] //=> 'sunday'
 * ```
 * @category Calendar
 */
export const Weekday = z
  .enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
  .meta({ id: 'Weekday', title: 'Weekday', description: 'A day of the week.' });

/**
 * A day of the week (see the {@link Weekday} schema).
 *
 * @example
 * ```ts
 * import type { Weekday } from 'partner-alignment';
 * const day: Weekday = 'saturday';
 * day //=> 'saturday'
 * ```
 * @category Calendar
 */
export type Weekday = z.infer<typeof Weekday>;

/**
 * A 52/53-week fiscal calendar (4-4-5, 4-5-4 or 5-4-4). Every year ends on `yearEnd.weekday`:
 * the last one in `yearEnd.month` (`rule: 'last'`), or the one nearest the last day of that month
 * (`rule: 'nearest'`, which may fall up to three days into the next month). A year therefore has
 * 52 weeks (364 days) or 53 (371 days). Each quarter is three fiscal months of 4 or 5 weeks as
 * `pattern` says. The 53rd week goes to the twelfth fiscal month (`leapWeek: 'last-period'`, the
 * default, as the NRF calendar adds it to January: Q4 becomes 4-5-5) or to the first fiscal month
 * (`leapWeek: 'first-quarter'`: Q1 of a 4-4-5 calendar becomes 5-4-5).
 *
 * Year naming: the fiscal year nominally starts in the month after `yearEnd.month`. With
 * `'end-year'` (the default) it is named by the calendar year of `yearEnd.month` at its end; with
 * `'start-year'` by the calendar year of that nominal start month. With `yearEnd.month: 12` both
 * namings coincide.
 *
 * @example
 * ```ts
 * import { WeekBasedCalendar } from 'partner-alignment';
 * const calendar = WeekBasedCalendar.parse({
 *   kind: 'week-based',
 *   id: 'fy-445',
 *   yearEnd: { month: 12, weekday: 'saturday', rule: 'last' },
 *   pattern: '4-4-5',
 * });
 * calendar.pattern //=> '4-4-5'
 * ```
 * @category Calendar
 */
export const WeekBasedCalendar = z
  .object({
    get kind() {
      return z.literal('week-based').describe('Fiscal months are groups of whole weeks.');
    },
    id: calendarId,
    get yearEnd() {
      return z
        .object({
          get month() {
            return z
              .int()
              .min(1)
              .max(12)
              .describe('The calendar month (1 = January) whose end anchors the end of the year.');
          },
          get weekday() {
            return Weekday.describe('The day of the week on which every fiscal year ends.');
          },
          get rule() {
            return z
              .enum(['last', 'nearest'])
              .describe(
                'Ends on the last such weekday of the month ("last") or on the one nearest the last day of the month ("nearest").',
              );
          },
        })
        .describe('Where every fiscal year ends.');
    },
    get pattern() {
      return z
        .enum(['4-4-5', '4-5-4', '5-4-4'])
        .describe('Weeks in each of the three fiscal months of every quarter.');
    },
    get leapWeek() {
      return z
        .enum(['last-period', 'first-quarter'])
        .optional()
        .describe(
          'Where the 53rd week goes: the twelfth fiscal month ("last-period", the default) or the first fiscal month ("first-quarter").',
        );
    },
    yearNaming,
  })
  .meta({
    id: 'WeekBasedCalendar',
    title: '52/53-week fiscal calendar',
    description: 'Fiscal years of 52 or 53 whole weeks ending on a given weekday.',
  });

/**
 * A 52/53-week fiscal calendar (see the {@link WeekBasedCalendar} schema).
 *
 * @example
 * ```ts
 * import type { WeekBasedCalendar } from 'partner-alignment';
 * const calendar: WeekBasedCalendar = {
 *   kind: 'week-based',
 *   id: 'fy-544',
 *   yearEnd: { month: 6, weekday: 'friday', rule: 'nearest' },
 *   pattern: '5-4-4',
 * };
 * calendar.yearEnd.rule //=> 'nearest'
 * ```
 * @category Calendar
 */
export type WeekBasedCalendar = z.infer<typeof WeekBasedCalendar>;

/**
 * A fiscal calendar: month-based or 52/53-week, told apart by `kind`.
 *
 * @example
 * ```ts
 * import { FiscalCalendar } from 'partner-alignment';
 * FiscalCalendar.safeParse({ kind: 'month-based', id: 'x', startMonth: 13 }).success //=> false
 * ```
 * @category Calendar
 */
export const FiscalCalendar = z
  .discriminatedUnion('kind', [MonthBasedCalendar, WeekBasedCalendar])
  .meta({
    id: 'FiscalCalendar',
    title: 'Fiscal calendar',
    description:
      'How fiscal years, halves, quarters, months and (on 52/53-week calendars) weeks are laid out.',
  });

/**
 * A fiscal calendar (see the {@link FiscalCalendar} schema).
 *
 * @example
 * ```ts
 * import type { FiscalCalendar } from 'partner-alignment';
 * const calendar: FiscalCalendar = { kind: 'month-based', id: 'fy-apr', startMonth: 4 };
 * calendar.id //=> 'fy-apr'
 * ```
 * @category Calendar
 */
export type FiscalCalendar = z.infer<typeof FiscalCalendar>;
