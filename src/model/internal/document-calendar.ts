import { z } from 'zod';
import {
  FiscalCalendar,
  MonthBasedCalendar,
  WeekBasedCalendar,
} from '../../calendar/fiscal-calendar.js';
import { documentLimits } from '../document-limits.js';

const id = MonthBasedCalendar.shape.id
  .max(documentLimits.text.id)
  .describe('A stable identifier of the calendar; every period names its calendar by it.');

/** The calendar schemas of `calendar/` with unknown keys refused and ids bounded, as everywhere in a document. */
const strictMonthBased = MonthBasedCalendar.extend({ id })
  .strict()
  .meta({ ...MonthBasedCalendar.meta() });
const strictWeekBased = WeekBasedCalendar.extend({
  id,
  get yearEnd() {
    return WeekBasedCalendar.shape.yearEnd.strict().describe('Where every fiscal year ends.');
  },
})
  .strict()
  .meta({ ...WeekBasedCalendar.meta() });

/** A fiscal calendar in a document: as {@link FiscalCalendar}, with no unknown keys. */
export const DocumentCalendar = z
  .discriminatedUnion('kind', [strictMonthBased, strictWeekBased])
  .meta({ ...FiscalCalendar.meta() });
