/**
 * The layout of fiscal years as day numbers, for the library's own engines (the cascade's period
 * grid, roll-ups), which may not import another folder's `internal/`. Unchecked: the functions
 * assume a calendar the caller has checked (`FiscalCalendar` from a parsed document, or one
 * that went through a checked calendar function). Not exported from the package; callers outside
 * use `periodOf`, `periodStart`, `periodsBetween` and the other checked functions.
 *
 * @module
 */
export {
  checkYear,
  firstFiscalYear,
  granularityRank,
  indexOfDay,
  lastFiscalYear,
  layoutOfDay,
  layoutOfPeriod,
  periodBounds,
  periodCount,
  requireWeeks,
  type YearLayout,
  yearLayout,
} from './internal/fiscal-year.js';
