/**
 * What the economics engine reads of a partnership: a structural subset of the `Partnership`
 * document, so that the engine depends on the model's shape and not on the whole document.
 *
 * @module
 */
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import type { Period } from '../../calendar/period.js';
import type { EconomicsProfile } from '../../model/economics-profile.js';
import type { Metric } from '../../model/metric.js';
import type { Decimal } from '../../money/to-decimal.js';

/** The parts of a partnership the economics engine reads: any parsed partnership has them. */
export interface EconomicsInput {
  readonly currency: string;
  readonly calendar: FiscalCalendar;
  readonly charter: {
    readonly objectives: ReadonlyArray<{ readonly id: string; readonly metric: Metric }>;
  };
  readonly goals: ReadonlyArray<{
    readonly objective: string;
    readonly period: Period;
    readonly target: Decimal;
  }>;
  readonly actuals: ReadonlyArray<{
    readonly objective: string;
    readonly period: Period;
    readonly value: Decimal;
  }>;
  readonly terms: { readonly resaleMargin: Decimal };
  readonly economics?: EconomicsProfile | undefined;
}
