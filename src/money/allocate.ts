import { argumentError, checkOneOf, checkOptions, isRecord, kindOf } from '../argument-checks.js';
import { AllocationError, PrecisionError } from './errors.js';
import { checkMoney, digitsOf, MONEY_EXPECTED } from './internal/check-money.js';
import {
  DECIMAL_PATTERN,
  DecimalImpl,
  describeReceived,
  fromDecimalInstance,
  isDecimalInstance,
  readDecimalText,
} from './internal/decimal.js';
import { largestRemainderExact, type TieBreak } from './internal/largest-remainder.js';
import { withAmount } from './internal/make-money.js';
import { readDecimal } from './internal/read-decimal.js';
import type { Money, MoneyInput } from './money.js';
import type { Decimal } from './to-decimal.js';

const SUMMARY = 'Invalid arguments to allocate';
const tieBreaks: ReadonlyArray<TieBreak> = ['largest-weight', 'earliest', 'latest'];
/** More weights than this are refused: a split into more parts is not a money split. */
const MAX_WEIGHTS = 1_000_000;

export type { TieBreak } from './internal/largest-remainder.js';

/**
 * A weight of an allocation: a Decimal, a decimal string such as `"0.25"`, or a finite number
 * (read through its shortest decimal form, so `0.1` means one tenth).
 *
 * @example
 * ```ts
 * import type { AllocationWeight } from 'partner-alignment';
 * const weights: AllocationWeight[] = [1, '2.5', 0.1];
 * weights.length //=> 3
 * ```
 * @category Money
 */
export type AllocationWeight = Decimal | string | number;

/**
 * Options of {@link allocate}.
 *
 * @example
 * ```ts
 * import type { AllocateOptions } from 'partner-alignment';
 * const options: AllocateOptions = { tieBreak: 'earliest' };
 * options.tieBreak //=> 'earliest'
 * ```
 * @category Money
 */
export interface AllocateOptions {
  /**
   * How to order parts with exactly equal remainders when the leftover units are handed out:
   * `'largest-weight'` (default: larger weight first, then the earliest index), `'earliest'` or
   * `'latest'`.
   */
  readonly tieBreak?: TieBreak;
}

/**
 * Options of {@link allocate} for a plain quantity (a count, hours, a percentage).
 *
 * @example
 * ```ts
 * import type { AllocateQuantityOptions } from 'partner-alignment';
 * const options: AllocateQuantityOptions = { decimals: 1 };
 * options.decimals //=> 1
 * ```
 * @category Money
 */
export interface AllocateQuantityOptions extends AllocateOptions {
  /** The number of decimal places of the unit to split in: 0 for counts, 1 for tenths. Required. */
  readonly decimals: number;
}

/**
 * Splits a total in proportion to weights so the parts add up **exactly** to the total, by the
 * largest-remainder method in whole units (minor units for money, `10^-decimals` for a
 * quantity). Each part first gets `floor(total·wᵢ/W)` units; the units left over go one each to
 * the parts with the largest exact remainders, ties ordered by `tieBreak` (default
 * `'largest-weight'`: the larger weight first, then the earliest index). All arithmetic is exact
 * (BigInt). A negative total is split like its absolute value, negated part by part; a zero
 * weight gets zero.
 *
 * @param total - the money to split (in its currency's minor units), or a Decimal or decimal string with `options.decimals`
 * @param weights - non-negative weights, at least one of them positive (at most 1,000,000)
 * @param options - `tieBreak` (default `'largest-weight'`); `decimals` for a plain quantity
 * @returns the parts, in the order of the weights
 * @throws {@link AllocationError} for no weights, a negative, non-finite or malformed weight (naming its index), all weights zero, or `decimals` out of range
 * @throws {@link PrecisionError} when the total is not a whole number of units (such as `10.005` EUR)
 * @throws {@link ValidationError} for a total that is neither money nor a quantity with `decimals`, weights that are not a list, or an unknown option or tie-break
 * @example
 * ```ts
 * import { allocate, money } from 'partner-alignment';
 * allocate(money('100', 'EUR'), [1, 1, 1]).map((part) => part.amount) //=> ['33.34', '33.33', '33.33']
 * allocate(money('-1', 'JPY'), [1, 1]).map((part) => part.amount) //=> ['-1', '0']
 * allocate('100', [1, 2, 4], { decimals: 1 }) //=> ['14.3', '28.6', '57.1']
 * allocate(money('10.005', 'EUR'), [1, 1]) //!> PrecisionError
 * ```
 * @category Money
 */
export function allocate<C extends string>(
  total: MoneyInput<C>,
  weights: ReadonlyArray<AllocationWeight>,
  options?: AllocateOptions,
): Money<C>[];
export function allocate(
  total: Decimal | string,
  weights: ReadonlyArray<AllocationWeight>,
  options: AllocateQuantityOptions,
): Decimal[];
export function allocate(
  total: MoneyInput | Decimal | string,
  weights: ReadonlyArray<AllocationWeight>,
  options?: AllocateOptions | AllocateQuantityOptions,
): Money[] | Decimal[] {
  const given = checkOptions(options, ['tieBreak', 'decimals'], SUMMARY);
  const tieBreak =
    given['tieBreak'] === undefined
      ? 'largest-weight'
      : checkOneOf(given['tieBreak'], tieBreaks, SUMMARY, ['options', 'tieBreak']);
  const isQuantity = typeof total === 'string' || isDecimalInstance(total);
  if (!isQuantity) checkTotal(total, given['decimals']);
  if (!Array.isArray(weights)) {
    throw argumentError(
      SUMMARY,
      weights === undefined ? 'required' : 'invalid-type',
      ['weights'],
      `Expected a list of weights, received ${kindOf(weights)}`,
      describeReceived(weights),
      'an array of non-negative weights such as [1, 1, 2]',
    );
  }
  if (weights.length > MAX_WEIGHTS) {
    throw argumentError(
      SUMMARY,
      'too-big',
      ['weights'],
      `More than ${MAX_WEIGHTS} weights`,
      `${weights.length} weights`,
      `at most ${MAX_WEIGHTS} weights`,
    );
  }
  const integerWeights = toIntegerWeights(weights);
  if (isQuantity) {
    const decimals = given['decimals'];
    if (
      typeof decimals !== 'number' ||
      !Number.isInteger(decimals) ||
      decimals < 0 ||
      decimals > 100
    ) {
      throw new AllocationError(
        `Option decimals is ${String(decimals)}; expected a whole number from 0 to 100 when the total is a plain quantity`,
      );
    }
    const amount = readDecimal(total, ['total'], SUMMARY);
    const units = unitsOf(
      amount,
      decimals,
      `Total ${amount.toFixed()}`,
      `${decimals} decimal places`,
    );
    return largestRemainderExact(units, integerWeights, tieBreak).map((part) =>
      fromUnits(part, decimals),
    );
  }
  const money = checkMoney(total, SUMMARY, ['total']);
  const digits = digitsOf(money);
  const units = unitsOf(
    money.amount,
    digits,
    `Total ${money.amount.toFixed()} ${money.currency}`,
    `whole minor units (${digits} decimal places for ${money.currency}); round it first with roundMoney`,
  );
  return largestRemainderExact(units, integerWeights, tieBreak).map((part) =>
    withAmount(money, fromUnits(part, digits)),
  );
}

/**
 * Refuses a total that is neither money nor a quantity with `decimals`, saying which (a number
 * or string without `decimals` is the common slip: `allocate(120, [1, 1])`).
 */
function checkTotal(total: unknown, decimals: unknown): void {
  if (isRecord(total)) return;
  throw argumentError(
    SUMMARY,
    total === undefined ? 'required' : 'invalid-type',
    ['total'],
    typeof total === 'number' && decimals === undefined
      ? `Expected money, received ${kindOf(total)}; a plain quantity is a decimal string with options.decimals`
      : `Expected money, received ${kindOf(total)}`,
    describeReceived(total),
    `${MONEY_EXPECTED}; or a quantity (a decimal string or a Decimal) with options.decimals`,
  );
}

function unitsOf(amount: Decimal, decimals: number, what: string, accepted: string): bigint {
  if (amount.decimalPlaces() > decimals) {
    throw new PrecisionError(
      `${what} cannot be split in units of 10^-${decimals}; expected ${accepted}`,
    );
  }
  return BigInt(amount.toFixed(decimals).replace('.', ''));
}

function fromUnits(units: bigint, decimals: number): Decimal {
  const value = new DecimalImpl(`${units}e-${decimals}`);
  return value.isZero() ? new DecimalImpl(0) : value;
}

/** Reads the weights, checks them, and scales them to integers with the same ratios. */
function toIntegerWeights(weights: ReadonlyArray<AllocationWeight>): bigint[] {
  if (weights.length === 0) {
    throw new AllocationError('No weights to allocate over; expected at least one weight');
  }
  const decimals = weights.map((weight, index) => toWeight(weight, index));
  let places = 0;
  for (const weight of decimals) places = Math.max(places, weight.decimalPlaces());
  const integers = decimals.map((weight) => BigInt(weight.toFixed(places).replace('.', '')));
  if (integers.every((weight) => weight === 0n)) {
    throw new AllocationError(
      `All ${weights.length} weights are zero; expected at least one weight greater than 0`,
    );
  }
  return integers;
}

/**
 * Weights are ratios scaled to integers, not amounts: any double (1e-300, 1e300) and long decimal
 * strings are fine, within an exponent of ±400 and 500 characters so the scaling stays short.
 */
const WEIGHT_EXPONENT = 400;
const WEIGHT_LENGTH = 500;

function readWeight(weight: unknown): Decimal | undefined {
  if (typeof weight === 'number') {
    return Number.isFinite(weight) ? new DecimalImpl(String(weight)) : undefined;
  }
  if (typeof weight === 'string') {
    if (weight.length > WEIGHT_LENGTH || !DECIMAL_PATTERN.test(weight)) return undefined;
    return readDecimalText(weight);
  }
  if (isDecimalInstance(weight) && weight.isFinite()) return fromDecimalInstance(weight);
  return undefined;
}

function toWeight(weight: AllocationWeight, index: number): Decimal {
  const value = readWeight(weight);
  if (
    value === undefined ||
    value.isNeg() ||
    (!value.isZero() && Math.abs(value.e) > WEIGHT_EXPONENT)
  ) {
    throw new AllocationError(
      `Weight at index ${index} is ${describeReceived(weight)}; expected a finite number greater than or equal to 0 (a Decimal, a decimal string or a number)`,
      index,
    );
  }
  return value;
}
