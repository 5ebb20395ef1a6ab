import type { Actual, ActualJson } from '../model/actual.js';
import type { ObjectiveId } from '../model/ids.js';

/**
 * A recorded value of a cascade's metric for one elapsed period: the amount in the period for a
 * flow, the level at its end for a stock. The model's `Actual` (parsed, or its JSON) is one; the
 * `objective` may be left out. Its period is a period of the cascade's calendar, or a key read on
 * that calendar (`'FY2027-Q1'`); a period of another calendar is refused, never matched by its key.
 *
 * @example
 * ```ts
 * import { toDecimal, type CascadeActual } from 'partner-alignment';
 * const actual: CascadeActual = { period: { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 1 }, value: toDecimal('4') };
 * actual.value.toString() //=> '4'
 * ```
 * @category Cascade
 */
export type CascadeActual = Pick<Actual, 'period' | 'value'> & {
  /** The objective measured; an actual of another objective than the cascade's is skipped. */
  readonly objective?: ObjectiveId | undefined;
};

/**
 * A {@link CascadeActual} as written in JSON: `{ "period": "FY2027-Q1", "value": "4" }`.
 *
 * @example
 * ```ts
 * import type { CascadeActualJson } from 'partner-alignment';
 * const json: CascadeActualJson = { period: 'FY2027-Q1', value: '4' };
 * json.period //=> 'FY2027-Q1'
 * ```
 * @category Cascade
 */
export type CascadeActualJson = Pick<ActualJson, 'period' | 'value'> & {
  /** The objective measured; an actual of another objective than the cascade's is skipped. */
  readonly objective?: string | undefined;
};
