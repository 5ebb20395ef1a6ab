/**
 * What one objective's evaluation reads, checked and laid out on day numbers: the objective, its
 * steps in period order, its own actuals, and where each came from (for the evidence of
 * findings).
 *
 * @module
 */
import type { Period } from '../../calendar/period.js';
import type { IssuePath } from '../../errors.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { ProgressPlan } from '../progress-plan.js';
import type { CalendarDays } from './period-days.js';
import type { ProgressSettings } from './read-options.js';

/** A step of the plan with its days. */
export interface PlanStep {
  readonly period: Period;
  readonly target: Decimal;
  /** First and last day (inclusive) of its period. */
  readonly first: number;
  readonly last: number;
  /** Its index in the list it came from. */
  readonly origin: number;
}

/** A recorded actual with its days. */
export interface RecordedActual {
  /** The objective it measures; `undefined` when the caller left it to be the plan's. */
  readonly objective: string | undefined;
  readonly period: Period;
  readonly value: Decimal;
  readonly first: number;
  readonly last: number;
  readonly origin: number;
}

/** Where steps and actuals came from: the path of their lists. */
export interface Sources {
  readonly steps: IssuePath;
  readonly actuals: IssuePath;
}

/** One evaluation: its settings and its calendar's days, shared by every objective evaluated. */
export interface Evaluation {
  readonly settings: ProgressSettings;
  readonly days: CalendarDays;
}

/** One objective to evaluate. */
export interface PlanInput {
  readonly objective: ProgressPlan['objective'];
  /** The steps, in period order. */
  readonly steps: ReadonlyArray<PlanStep>;
  /** The objective's actuals, in the order given. */
  readonly actuals: ReadonlyArray<RecordedActual>;
  readonly sources: Sources;
}

/** Orders steps by their first day, then coarsest first. */
export function byStart(a: PlanStep, b: PlanStep): number {
  return a.first - b.first || b.last - a.last;
}
