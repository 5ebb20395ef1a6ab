import { z } from 'zod';
import {
  FiscalCalendar,
  MonthBasedCalendar,
  WeekBasedCalendar,
} from '../../calendar/fiscal-calendar.js';

/** The calendar schemas of `calendar/` with unknown keys refused, as everywhere in a document. */
const strictMonthBased = MonthBasedCalendar.strict().meta({
  ...MonthBasedCalendar.meta(),
});
const strictWeekBased = WeekBasedCalendar.extend({
  yearEnd: WeekBasedCalendar.shape.yearEnd.strict().describe('Where every fiscal year ends.'),
})
  .strict()
  .meta({ ...WeekBasedCalendar.meta() });

/** A fiscal calendar in a document: as {@link FiscalCalendar}, with no unknown keys. */
export const DocumentCalendar = z
  .discriminatedUnion('kind', [strictMonthBased, strictWeekBased])
  .meta({ ...FiscalCalendar.meta() });
