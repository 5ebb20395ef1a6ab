/**
 * Where an objective stands: `achieved` (target met), `ahead`, `on-track`, `at-risk` or
 * `off-track` (by pace against the plan's own shape), `not-started` (before the horizon starts),
 * or `unknown` (an actual is missing, and a missing actual is never taken as zero).
 *
 * @example
 * ```ts
 * import type { ProgressStatus } from 'partner-alignment';
 * const status: ProgressStatus = 'at-risk';
 * status //=> 'at-risk'
 * ```
 * @category Progress
 */
export type ProgressStatus =
  | 'achieved'
  | 'ahead'
  | 'on-track'
  | 'at-risk'
  | 'off-track'
  | 'not-started'
  | 'unknown';

/**
 * The thresholds that turn progress numbers into a status, as decimal strings. Every field is a
 * ratio: `ahead`, `onTrack` and `atRisk` are the lowest pace index of their status; `achieved` the
 * lowest attainment that counts as achieved; `maintainTolerance` the relative band around the
 * target within which a `maintain` metric counts as held.
 *
 * @example
 * ```ts
 * import { defaultProgressThresholds, type ProgressThresholds } from 'partner-alignment';
 * const strict: ProgressThresholds = { ...defaultProgressThresholds, onTrack: '0.98' };
 * strict.atRisk //=> '0.8'
 * ```
 * @category Progress
 */
export interface ProgressThresholds {
  /** Lowest pace index read as `ahead`. */
  readonly ahead: string;
  /** Lowest pace index read as `on-track`. */
  readonly onTrack: string;
  /** Lowest pace index read as `at-risk`; below it the status is `off-track`. */
  readonly atRisk: string;
  /** Lowest attainment read as `achieved` (at the horizon's end, or any time for a stock). */
  readonly achieved: string;
  /** Relative band around the target within which a `maintain` metric is held (0.05 = ±5 %). */
  readonly maintainTolerance: string;
}

/**
 * The default status thresholds. Pace within ±5 % of the plan is `on-track` (0.95 to 1.05): a
 * quarter's plan is rarely met to better than a few percent, and a band this narrow still flags a
 * tenth behind. From 0.8 to 0.95 is `at-risk`: a fifth behind is the gap a period or two of good
 * execution can still close. Below 0.8 is `off-track`; 1.05 and above is `ahead`. `achieved`
 * needs the full target (attainment 1). A `maintain` metric is held within ±5 % of its target.
 * Override any of them through `evaluateProgress`'s `thresholds` option.
 *
 * @example
 * ```ts
 * import { defaultProgressThresholds } from 'partner-alignment';
 * defaultProgressThresholds.onTrack //=> '0.95'
 * ```
 * @category Progress
 */
export const defaultProgressThresholds: ProgressThresholds = Object.freeze({
  ahead: '1.05',
  onTrack: '0.95',
  atRisk: '0.8',
  achieved: '1',
  maintainTolerance: '0.05',
});

/**
 * The statuses from weakest to strongest, as roll-ups rank them: a known shortfall (`off-track`,
 * then `at-risk`) is weaker than not knowing (`unknown`), which is weaker than not having started,
 * then `on-track`, `ahead` and `achieved`.
 *
 * @example
 * ```ts
 * import { progressStatusOrder } from 'partner-alignment';
 * progressStatusOrder[0] //=> 'off-track'
 * ```
 * @category Progress
 */
export const progressStatusOrder: ReadonlyArray<ProgressStatus> = Object.freeze([
  'off-track',
  'at-risk',
  'unknown',
  'not-started',
  'on-track',
  'ahead',
  'achieved',
] as const);
