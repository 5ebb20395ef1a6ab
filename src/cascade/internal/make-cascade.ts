/**
 * The one constructor of a {@link Cascade}: `cascade`, `rollUpCascade`, `replan` and the check of
 * a cascade from outside all build theirs here, so every cascade keeps its invariants: as many
 * steps and weights as `length`, whole units within the safe integer range, finite weights, and
 * steps that add up exactly to the target (amounts) or end exactly on it (checkpoints), as the
 * metric's aggregation rule says. The result is frozen and trusted (passed back to a function of
 * this library, it is not checked again).
 *
 * @module
 */
import { argumentError } from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';
import { aggregationRules } from '../../model/metric.js';
import { trust } from '../../model/trusted.js';
import type { Cascade } from '../cascade-result.js';

/** The sum of whole units, exact also when a partial sum leaves the safe integer range. */
export function sumUnits(units: ArrayLike<number>, from = 0, to = units.length): number | bigint {
  let sum = 0;
  for (let i = from; i < to; i++) {
    sum += units[i] as number;
    if (!Number.isSafeInteger(sum)) {
      let exact = 0n;
      for (let k = from; k < to; k++) exact += BigInt(units[k] as number);
      return exact;
    }
  }
  return sum;
}

/**
 * Checks the invariants of a cascade and returns it frozen and trusted.
 *
 * @throws {ValidationError} under `path` for a broken invariant
 */
export function makeCascade(fields: Cascade, summary: string, path: IssuePath): Cascade {
  const { length, units, weights } = fields;
  for (const [name, list] of [
    ['units', units],
    ['weights', weights],
  ] as const) {
    if (list.length !== length) {
      throw argumentError(
        summary,
        'wrong-count',
        [...path, name],
        `${list.length} ${name} for ${length} steps`,
        `${list.length} ${name}`,
        `one per step: ${length}`,
        { count: list.length, expected: length },
      );
    }
  }
  for (let i = 0; i < length; i++) {
    const unit = units[i] as number;
    if (!Number.isSafeInteger(unit)) {
      throw argumentError(
        summary,
        Number.isInteger(unit) ? 'too-big' : 'not-an-integer',
        [...path, 'units', i],
        'A step is not a whole number of units within the safe integer range',
        String(unit),
        `a whole number from -${Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER}`,
      );
    }
    if (!Number.isFinite(weights[i] as number)) {
      throw argumentError(
        summary,
        'invalid-value',
        [...path, 'weights', i],
        'A weight is not a finite number',
        String(weights[i]),
        'a finite number',
      );
    }
  }
  const amounts = aggregationRules[fields.aggregation].step === 'amount';
  const reached = amounts ? sumUnits(units) : (units[length - 1] as number);
  const target = fields.targetUnits;
  if (typeof reached === 'number' ? reached !== target : reached !== BigInt(target)) {
    throw argumentError(
      summary,
      'invalid-value',
      [...path, 'units'],
      amounts
        ? `The steps add up to ${reached} units, not to the target of ${target}`
        : `The last checkpoint is ${reached} units, not the target of ${target}`,
      String(reached),
      amounts ? 'steps adding up exactly to the target' : 'a last checkpoint equal to the target',
      { reached: String(reached), target },
    );
  }
  const plan: Cascade = {
    objective: fields.objective,
    calendar: fields.calendar,
    horizon: fields.horizon,
    aggregation: fields.aggregation,
    direction: fields.direction,
    precision: fields.precision,
    baselineUnits: fields.baselineUnits,
    targetUnits: fields.targetUnits,
    granularity: fields.granularity,
    shape: fields.shape,
    seasonality: fields.seasonality,
    tieBreak: fields.tieBreak,
    method: fields.method,
    length,
    firstYear: fields.firstYear,
    firstIndex: fields.firstIndex,
    units: Object.freeze(units),
    weights: Object.freeze(weights),
  };
  return trust(Object.freeze(plan));
}
