/**
 * A memo of period grids, because a portfolio cascades many objectives over the same few horizons
 * (a partnership's objectives often share its charter's) and walking the calendar costs more than
 * the rest of a cascade. Unlike the memo it replaces (keyed by calendar object and unbounded per
 * calendar: stale after a calendar changed in place, blind to equal calendars, and 205 MB of heap
 * on varied horizons), it is keyed by **value** (the fields that lay the calendar out, the
 * granularity, the parts walked, the first and last day), it has a fixed size ({@link SLOTS}
 * grids, each slot keeping the last grid asked for twice in a row), and it remembers a grid only
 * when its key comes back: horizons asked for once (varied portfolios) leave no grid behind, so
 * they cost the heap nothing. A remembered grid depends only on its key and is never changed (no
 * function hands out its lists without copying them), so the memo never changes a result.
 *
 * A private cache (CONTRIBUTING: allowed exceptions).
 *
 * @module
 */
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import type { Granularity } from '../../calendar/period.js';
import { dayNumberUnchecked } from '../../calendar/unchecked-days.js';
import type { Horizon } from '../../model/horizon.js';
import { type GridParts, ownGrid, type PeriodGrid, walkGrid } from './period-grid.js';
import { layoutKey } from './year-layouts.js';

/** The number of slots: at most this many grids are remembered at once. */
export const SLOTS = 256;

const granularities = { year: 0, half: 1, quarter: 2, month: 3, week: 4 } as const;
/** Day numbers of years 0 to 9999 shifted to 0…2^22, so that two of them make one safe integer. */
const DAY_OFFSET = 719_528;
const DAY_SPAN = 2 ** 22;

// Per slot: the key of the grid kept there (group and span), the key asked for last, and the grid.
const keptGroup = new Float64Array(SLOTS).fill(-1);
const keptSpan = new Float64Array(SLOTS);
const askedGroup = new Float64Array(SLOTS).fill(-1);
const askedSpan = new Float64Array(SLOTS);
const kept: Array<PeriodGrid | undefined> = new Array(SLOTS).fill(undefined);

/**
 * The grid of a horizon: remembered, or walked (and remembered, as a copy, when its key was the
 * last one asked for in its slot). A grid is read, never changed, and a walked one is scratch
 * (see `walkGrid`): read it before walking another, and copy a list to hand it out.
 */
export function rememberedGrid(
  calendar: FiscalCalendar,
  horizon: Horizon,
  granularity: Granularity,
  parts: Required<GridParts>,
): PeriodGrid {
  const group =
    ((layoutKey(calendar) * 5 + granularities[granularity]) * 2 + (parts.bounds ? 1 : 0)) * 2 +
    (parts.months ? 1 : 0);
  const first = dayNumberUnchecked(horizon.start) + DAY_OFFSET;
  const last = dayNumberUnchecked(horizon.end) + DAY_OFFSET;
  const span = first * DAY_SPAN + last;
  const slot = (first * 31 + last * 7 + group * 131) & (SLOTS - 1);
  if (keptGroup[slot] === group && keptSpan[slot] === span) return kept[slot] as PeriodGrid;
  const grid = walkGrid(calendar, horizon, granularity, parts);
  if (askedGroup[slot] === group && askedSpan[slot] === span) {
    keptGroup[slot] = group;
    keptSpan[slot] = span;
    kept[slot] = ownGrid(grid, parts);
  } else {
    askedGroup[slot] = group;
    askedSpan[slot] = span;
  }
  return grid;
}
