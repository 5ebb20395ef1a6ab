/**
 * The status rule: one decision list, read top to bottom, each branch naming its threshold.
 *
 * @module
 */
import type { IsoDate } from '../../calendar/iso-date.js';
import type { Direction } from '../../model/metric.js';
import { formatTrimmed as show } from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { ProgressStatus } from '../default-thresholds.js';
import type { StatusExplanation } from '../status-explanation.js';

/** The thresholds as decimals. */
export interface Thresholds {
  readonly ahead: Decimal;
  readonly onTrack: Decimal;
  readonly atRisk: Decimal;
  readonly achieved: Decimal;
  readonly maintainTolerance: Decimal;
}

export interface StatusContext {
  readonly thresholds: Thresholds;
  readonly horizonStarted: boolean;
  readonly horizonEnded: boolean;
  readonly horizon: { readonly start: IsoDate; readonly end: IsoDate };
  readonly asOf: IsoDate;
  readonly direction: Direction;
}

export interface StatusInput {
  readonly pace: Decimal | null;
  readonly attainment: Decimal | null;
  readonly expectedToDate: Decimal | null;
  readonly actualToDate: Decimal | null;
  readonly gap: Decimal | null;
  readonly missingPeriods: ReadonlyArray<string>;
  /** What the pace compares, for the rule: "actual 36 against 60 expected to date". */
  readonly paceText: string;
  /** Why the pace is `null`, when it is. */
  readonly paceNote: string | null;
  /** Whether meeting the target before the horizon ends already counts as achieved. */
  readonly canAchieveEarly: boolean;
}

/**
 * Decides the status: not started before the horizon; unknown with missing actuals; achieved when
 * attainment reaches its threshold (at the end, or earlier where meeting the target early is
 * final); off-track when the horizon ended short; otherwise by pace against the thresholds.
 */
export function decideStatus(context: StatusContext, input: StatusInput): StatusExplanation {
  const { thresholds: t } = context;
  const explain = (
    status: ProgressStatus,
    rule: string,
    threshold: Decimal | null,
    missingPeriods: ReadonlyArray<string> = [],
  ): StatusExplanation => ({
    status,
    rule,
    numbers: {
      pace: input.pace,
      attainment: input.attainment,
      expectedToDate: input.expectedToDate,
      actualToDate: input.actualToDate,
      gap: input.gap,
      threshold,
    },
    missingPeriods,
  });
  if (!context.horizonStarted) {
    return explain(
      'not-started',
      `The horizon starts on ${context.horizon.start}, after the as-of date ${context.asOf}.`,
      null,
    );
  }
  if (input.missingPeriods.length > 0) {
    return explain(
      'unknown',
      `Actuals are missing for ${input.missingPeriods.join(', ')}; a missing actual is never read as zero.`,
      null,
      input.missingPeriods,
    );
  }
  const attainment = input.attainment;
  if (attainment?.gte(t.achieved) && (context.horizonEnded || input.canAchieveEarly)) {
    return explain(
      'achieved',
      `Attainment ${show(attainment)} is at least the achieved threshold ${show(t.achieved)}${context.horizonEnded ? ` at the horizon's end (${context.horizon.end})` : ', so the target is already met'}.`,
      t.achieved,
    );
  }
  if (context.horizonEnded) {
    if (attainment === null) {
      return explain(
        'unknown',
        `The horizon ended on ${context.horizon.end} and attainment cannot be computed.`,
        null,
      );
    }
    return explain(
      'off-track',
      `The horizon ended on ${context.horizon.end} with attainment ${show(attainment)}, below the achieved threshold ${show(t.achieved)}.`,
      t.achieved,
    );
  }
  const pace = input.pace;
  if (pace === null) {
    return explain('unknown', input.paceNote ?? 'No pace could be computed.', null);
  }
  const paceText = `Pace ${show(pace)} (${input.paceText})`;
  if (pace.gte(t.ahead)) {
    return explain(
      'ahead',
      `${paceText} is at least the ahead threshold ${show(t.ahead)}.`,
      t.ahead,
    );
  }
  if (pace.gte(t.onTrack)) {
    return explain(
      'on-track',
      `${paceText} is at least the on-track threshold ${show(t.onTrack)}${context.direction === 'maintain' ? ` (a maintained metric within ±${show(t.maintainTolerance)} of its plan reads 1)` : ''}.`,
      t.onTrack,
    );
  }
  if (pace.gte(t.atRisk)) {
    return explain(
      'at-risk',
      `${paceText} is below the on-track threshold ${show(t.onTrack)} and at least the at-risk threshold ${show(t.atRisk)}.`,
      t.atRisk,
    );
  }
  return explain(
    'off-track',
    `${paceText} is below the at-risk threshold ${show(t.atRisk)}.`,
    t.atRisk,
  );
}
