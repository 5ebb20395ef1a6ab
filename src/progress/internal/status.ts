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
import { unreachable } from './direction-ratio.js';

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

/** Which branch of the rule decided: each status, and why an `unknown` is unknown. */
type Branch =
  | 'not-started'
  | 'missing-actuals'
  | 'achieved'
  | 'ended-without-attainment'
  | 'ended-short'
  | 'no-pace'
  | 'ahead'
  | 'on-track'
  | 'at-risk'
  | 'off-track';

const statusOf: Readonly<Record<Branch, ProgressStatus>> = {
  'not-started': 'not-started',
  'missing-actuals': 'unknown',
  achieved: 'achieved',
  'ended-without-attainment': 'unknown',
  'ended-short': 'off-track',
  'no-pace': 'unknown',
  ahead: 'ahead',
  'on-track': 'on-track',
  'at-risk': 'at-risk',
  'off-track': 'off-track',
};

/**
 * The branch of the rule, read top to bottom: not started before the horizon; unknown with
 * missing actuals; achieved when attainment reaches its threshold (at the end, or earlier where
 * meeting the target early is final); off-track when the horizon ended short; otherwise by pace
 * against the thresholds.
 */
function branchOf(
  context: StatusContext,
  input: Pick<StatusInput, 'pace' | 'attainment' | 'missingPeriods' | 'canAchieveEarly'>,
): Branch {
  const { thresholds: t } = context;
  if (!context.horizonStarted) return 'not-started';
  if (input.missingPeriods.length > 0) return 'missing-actuals';
  const attainment = input.attainment;
  if (attainment?.gte(t.achieved) && (context.horizonEnded || input.canAchieveEarly)) {
    return 'achieved';
  }
  if (context.horizonEnded) return attainment === null ? 'ended-without-attainment' : 'ended-short';
  const pace = input.pace;
  if (pace === null) return 'no-pace';
  if (pace.gte(t.ahead)) return 'ahead';
  if (pace.gte(t.onTrack)) return 'on-track';
  return pace.gte(t.atRisk) ? 'at-risk' : 'off-track';
}

/** The status alone, without its sentence (the straight-line comparison needs no more). */
export function classifyStatus(
  context: StatusContext,
  input: Pick<StatusInput, 'pace' | 'attainment' | 'missingPeriods' | 'canAchieveEarly'>,
): ProgressStatus {
  return statusOf[branchOf(context, input)];
}

/** The status with the sentence of its rule and the threshold the decisive comparison used. */
export function decideStatus(context: StatusContext, input: StatusInput): StatusExplanation {
  const { thresholds: t } = context;
  const branch = branchOf(context, input);
  const attainment = () => show(input.attainment);
  const paceText = () => `Pace ${show(input.pace)} (${input.paceText})`;
  const [rule, threshold]: readonly [string, Decimal | null] = (() => {
    switch (branch) {
      case 'not-started':
        return [
          `The horizon starts on ${context.horizon.start}, after the as-of date ${context.asOf}.`,
          null,
        ];
      case 'missing-actuals':
        return [
          `Actuals are missing for ${input.missingPeriods.join(', ')}; a missing actual is never read as zero.`,
          null,
        ];
      case 'achieved':
        return [
          `Attainment ${attainment()} is at least the achieved threshold ${show(t.achieved)}${context.horizonEnded ? ` at the horizon's end (${context.horizon.end})` : ', so the target is already met'}.`,
          t.achieved,
        ];
      case 'ended-without-attainment':
        return [
          `The horizon ended on ${context.horizon.end} and attainment cannot be computed.`,
          null,
        ];
      case 'ended-short':
        return [
          `The horizon ended on ${context.horizon.end} with attainment ${attainment()}, below the achieved threshold ${show(t.achieved)}.`,
          t.achieved,
        ];
      case 'no-pace':
        return [input.paceNote ?? 'No pace could be computed.', null];
      case 'ahead':
        return [`${paceText()} is at least the ahead threshold ${show(t.ahead)}.`, t.ahead];
      case 'on-track':
        return [
          `${paceText()} is at least the on-track threshold ${show(t.onTrack)}${context.direction === 'maintain' ? ` (a maintained metric within ±${show(t.maintainTolerance)} of its plan reads 1)` : ''}.`,
          t.onTrack,
        ];
      case 'at-risk':
        return [
          `${paceText()} is below the on-track threshold ${show(t.onTrack)} and at least the at-risk threshold ${show(t.atRisk)}.`,
          t.atRisk,
        ];
      case 'off-track':
        return [`${paceText()} is below the at-risk threshold ${show(t.atRisk)}.`, t.atRisk];
      default:
        return unreachable(branch);
    }
  })();
  return {
    status: statusOf[branch],
    rule,
    numbers: {
      pace: input.pace,
      attainment: input.attainment,
      expectedToDate: input.expectedToDate,
      actualToDate: input.actualToDate,
      gap: input.gap,
      threshold,
    },
    missingPeriods: branch === 'missing-actuals' ? input.missingPeriods : [],
  };
}
