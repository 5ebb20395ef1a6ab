/**
 * The one constructor of a {@link Cascade}: `cascade`, `rollUpCascade`, `replan` and the check of
 * a cascade from outside all build theirs here, so every cascade keeps its invariants: as many
 * steps and weights as `length`, whole units within the safe integer range, finite weights, and
 * steps that add up exactly to the target (amounts) or end exactly on it (checkpoints), as the
 * metric's aggregation rule says. The result is frozen and branded as made here: passed back to a
 * function of this library, only its steps are checked again (`checkSteps`), not its calendar.
 *
 * @module
 */
import { argumentError } from '../../argument-checks.js';
import type { IssuePath, ValidationError } from '../../errors.js';
import { aggregationRules } from '../../model/metric.js';
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

function wrongCount(
  summary: string,
  path: IssuePath,
  name: string,
  count: number,
  length: number,
): ValidationError {
  return argumentError(
    summary,
    'wrong-count',
    [...path, name],
    `${count} ${name} for ${length} steps`,
    `${count} ${name}`,
    `one per step: ${length}`,
    { count, expected: length },
  );
}

/**
 * Checks the invariants of a cascade and returns it frozen and branded as made here.
 *
 * @throws {ValidationError} under `path` for a broken invariant
 */
export function makeCascade(fields: Cascade, summary: string, path: IssuePath): Cascade {
  checkSteps(fields, summary, path);
  return madeCascade(fields);
}

/**
 * The cascade of steps that `cascade` rounded itself: they reach the target by construction (the
 * running-total and largest-remainder properties pin it), so they are not added up again.
 */
export function madeCascade(fields: Cascade): Cascade {
  return Object.freeze(new MadeCascade(fields)) as MadeCascade & Cascade;
}

/**
 * Checks the steps and weights of a cascade against its length and target: run on every cascade
 * made, and again on every cascade passed back. Its lists are not frozen (V8 reads a frozen array
 * several times slower, and every reader of a cascade reads its lists), so a list changed in place
 * is caught here, as a `ValidationError`, instead of giving a wrong step or a raw error later.
 *
 * @throws {ValidationError} under `path` for a broken invariant
 */
export function checkSteps(fields: Cascade, summary: string, path: IssuePath): void {
  const { length, units, weights } = fields;
  if (units.length !== length) throw wrongCount(summary, path, 'units', units.length, length);
  if (weights.length !== length) throw wrongCount(summary, path, 'weights', weights.length, length);
  const amounts = aggregationRules[fields.aggregation].step === 'amount';
  let sum = 0;
  let exact = true;
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
    sum += unit;
    if (sum > Number.MAX_SAFE_INTEGER || sum < -Number.MAX_SAFE_INTEGER) exact = false;
  }
  // Partial sums past 2^53 are summed again in BigInt.
  const reached = !amounts ? (units[length - 1] as number) : exact ? sum : sumUnits(units);
  const target = fields.targetUnits;
  if (typeof reached === 'number' ? reached === target : reached === BigInt(target)) return;
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

/** Whether a value is a cascade this library made (and so keeps its invariants). */
export function isMadeCascade(value: unknown): value is Cascade {
  return MadeCascade.isMade(value);
}

/**
 * The cascades made by {@link makeCascade}, told apart by a private class field: a brand that no
 * copy carries (a spread, JSON or `structuredClone` gives a plain object, checked again when it is
 * passed back) and that no caller can add. The class has no methods: its instances are plain
 * readonly data to every reader (all fields own and enumerable). A `WeakSet` of the cascades made
 * (the model's `trust`) did the same at about a fifth of a cascade's whole cost.
 */
class MadeCascade {
  readonly #made = true;
  declare readonly objective: Cascade['objective'];
  declare readonly calendar: Cascade['calendar'];
  declare readonly horizon: Cascade['horizon'];
  declare readonly aggregation: Cascade['aggregation'];
  declare readonly direction: Cascade['direction'];
  declare readonly precision: Cascade['precision'];
  declare readonly baselineUnits: Cascade['baselineUnits'];
  declare readonly targetUnits: Cascade['targetUnits'];
  declare readonly granularity: Cascade['granularity'];
  declare readonly shape: Cascade['shape'];
  declare readonly seasonality: Cascade['seasonality'];
  declare readonly tieBreak: Cascade['tieBreak'];
  declare readonly method: Cascade['method'];
  declare readonly length: Cascade['length'];
  declare readonly firstYear: Cascade['firstYear'];
  declare readonly firstIndex: Cascade['firstIndex'];
  declare readonly units: Cascade['units'];
  declare readonly weights: Cascade['weights'];

  constructor(f: Cascade) {
    // Own enumerable fields in the order of `Cascade`, each stored by name: every cascade then has
    // one shape, which V8 builds faster than a copy of whatever keys the literal happens to have.
    // Assigned as `this.name` (not through an alias of `this`): V8 counts those assignments to
    // give every field a slot inside the object; through an alias, half of them went to a
    // separate, growing property store, which cost an allocation per growth and a load per read.
    this.objective = f.objective;
    this.calendar = f.calendar;
    this.horizon = f.horizon;
    this.aggregation = f.aggregation;
    this.direction = f.direction;
    this.precision = f.precision;
    this.baselineUnits = f.baselineUnits;
    this.targetUnits = f.targetUnits;
    this.granularity = f.granularity;
    this.shape = f.shape;
    this.seasonality = f.seasonality;
    this.tieBreak = f.tieBreak;
    this.method = f.method;
    this.length = f.length;
    this.firstYear = f.firstYear;
    this.firstIndex = f.firstIndex;
    this.units = f.units;
    this.weights = f.weights;
  }

  static isMade(value: unknown): boolean {
    return typeof value === 'object' && value !== null && #made in value;
  }
}
