/**
 * The per-period table of a plan as of a date: each step's state (completed, current, future),
 * the days of it that count (a partial first or last period counts only its days inside the
 * horizon) and the actual recorded for its period, matched by period on the plan's calendar.
 *
 * @module
 */
import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../calendar/format-period-key.js';
import type { IssuePath } from '../../errors.js';
import { addFinding, evidence, type FindingList } from './findings.js';
import { periodNumber } from './period-days.js';
import type { PlanStep, RecordedActual } from './plan-input.js';

/** One step as of the date. */
export interface Row {
  readonly step: PlanStep;
  readonly key: string;
  readonly state: 'completed' | 'current' | 'future';
  readonly elapsedDays: number;
  readonly totalDays: number;
  /** The first and last day of the step that count: inside the horizon, or all of it when it lies outside. */
  readonly start: number;
  readonly end: number;
  readonly actual: RecordedActual | null;
}

/**
 * The actuals by period (the later of two for one period counts, and a finding says so).
 */
export function actualsByPeriod(
  actuals: ReadonlyArray<RecordedActual>,
  findings: FindingList,
  actualsPath: IssuePath,
): Map<number, RecordedActual> {
  const byPeriod = new Map<number, RecordedActual>();
  for (const actual of actuals) {
    const number = periodNumber(actual.period);
    const earlier = byPeriod.get(number);
    byPeriod.set(number, actual);
    if (earlier === undefined) continue;
    const key = formatPeriodKey(actual.period);
    addFinding(
      findings,
      'actual-duplicate',
      'info',
      `Two actuals for ${key} (${earlier.value.toFixed()} and ${actual.value.toFixed()}): the later, ${actual.value.toFixed()}, counts.`,
      { period: key, counted: actual.value.toFixed(), ignored: earlier.value.toFixed() },
      [
        evidence('Actual not counted', earlier.value.toFixed(), [...actualsPath, earlier.origin]),
        evidence('Actual counted', actual.value.toFixed(), [...actualsPath, actual.origin]),
      ],
      [{ kind: 'period', id: key }],
    );
  }
  return byPeriod;
}

/** The table of the steps (in period order) as of a day. */
export function periodRows(
  steps: ReadonlyArray<PlanStep>,
  byPeriod: ReadonlyMap<number, RecordedActual>,
  horizonFirst: number,
  horizonLast: number,
  asOfDay: number,
): Row[] {
  const rows: Row[] = [];
  for (const step of steps) {
    const from = Math.max(step.first, horizonFirst);
    const to = Math.min(step.last, horizonLast);
    // A step wholly outside the horizon (hand-set goals may be) keeps its whole period.
    const start = from > to ? step.first : from;
    const end = from > to ? step.last : to;
    const totalDays = end - start + 1;
    const elapsed = asOfDay - start + 1;
    const elapsedDays = elapsed < 0 ? 0 : Math.min(elapsed, totalDays);
    const state =
      elapsedDays === 0 ? 'future' : elapsedDays === totalDays ? 'completed' : 'current';
    rows.push({
      step,
      key: formatPeriodKey(step.period),
      state,
      elapsedDays,
      totalDays,
      start,
      end,
      // As of a date, a period that has not started has no actual yet: none is read for it.
      actual: state === 'future' ? null : (byPeriod.get(periodNumber(step.period)) ?? null),
    });
  }
  return rows;
}

/** At most `max` keys for a sentence, then how many more. */
export function listKeys(keys: ReadonlyArray<string>, max = 12): string {
  if (keys.length <= max) return keys.join(', ');
  return `${keys.slice(0, max).join(', ')} and ${keys.length - max} more`;
}
