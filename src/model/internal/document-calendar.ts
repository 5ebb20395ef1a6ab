import { z } from 'zod';
import {
  FiscalCalendar,
  MonthBasedCalendar,
  WeekBasedCalendar,
} from '../../calendar/fiscal-calendar.js';
import { documentLimits } from '../document-limits.js';

function build() {
  const id = MonthBasedCalendar.shape.id
    .max(documentLimits.text.id)
    .describe('A stable identifier of the calendar; every period names its calendar by it.');

  // The calendar schemas of `calendar/` with unknown keys refused and ids bounded, as everywhere
  // in a document.
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

  return z
    .discriminatedUnion('kind', [strictMonthBased, strictWeekBased])
    .meta({ ...FiscalCalendar.meta() });
}

/** The private cache of {@link documentCalendar}: the schema, once built. */
let built: ReturnType<typeof build> | undefined;

/**
 * A fiscal calendar in a document: as {@link FiscalCalendar}, with no unknown keys. Built on first
 * use and kept: reading the calendar schemas' shapes at import would build all their fields
 * (CONTRIBUTING.md, "Cold import").
 */
export function documentCalendar(): ReturnType<typeof build> {
  built ??= build();
  return built;
}
