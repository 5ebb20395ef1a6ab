import type { Decimal } from 'decimal.js';
import { checkOneOf, checkOptions } from '../argument-checks.js';
import { checkMoney, digitsOf } from './internal/check-money.js';
import { DecimalImpl } from './internal/decimal.js';
import { withAmount } from './internal/make-money.js';
import type { Money, MoneyInput } from './money.js';

/**
 * How to round a value that lies between two representable ones.
 *
 * - `'half-even'`: to the nearest, ties to the even neighbour (banker's rounding);
 * - `'half-up'`: to the nearest, ties away from zero (the school rule);
 * - `'down'`: toward zero; `'up'`: away from zero;
 * - `'floor'`: toward negative infinity; `'ceiling'`: toward positive infinity.
 *
 * @example
 * ```ts
 * import type { RoundingMode } from 'partner-alignment';
 * const mode: RoundingMode = 'half-up';
 * mode //=> 'half-up'
 * ```
 * @category Money
 */
export type RoundingMode = 'half-even' | 'half-up' | 'down' | 'up' | 'floor' | 'ceiling';

/**
 * Options of {@link roundMoney}.
 *
 * @example
 * ```ts
 * import type { RoundMoneyOptions } from 'partner-alignment';
 * const options: RoundMoneyOptions = { rounding: 'half-up' };
 * options.rounding //=> 'half-up'
 * ```
 * @category Money
 */
export interface RoundMoneyOptions {
  /** How to round a value between two minor units. Default `'half-even'`. */
  readonly rounding?: RoundingMode;
}

const roundingModes: ReadonlyArray<RoundingMode> = [
  'half-even',
  'half-up',
  'down',
  'up',
  'floor',
  'ceiling',
];

const decimalRounding: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-even': DecimalImpl.ROUND_HALF_EVEN,
  'half-up': DecimalImpl.ROUND_HALF_UP,
  down: DecimalImpl.ROUND_DOWN,
  up: DecimalImpl.ROUND_UP,
  floor: DecimalImpl.ROUND_FLOOR,
  ceiling: DecimalImpl.ROUND_CEIL,
};

/**
 * Rounds a money amount to whole minor units of its currency (cents for EUR, yen for JPY).
 *
 * @param value - the money to round
 * @param options - `rounding`: the rounding mode, default `'half-even'`
 * @returns a new money value with at most the currency's minor-unit decimal places
 * @throws {@link ValidationError} for a value that is not money, an unknown option or rounding mode
 * @example
 * ```ts
 * import { money, roundMoney } from 'partner-alignment';
 * roundMoney(money('0.125', 'EUR')) //=> { amount: '0.12', currency: 'EUR' }
 * roundMoney(money('0.125', 'EUR'), { rounding: 'half-up' }) //=> { amount: '0.13', currency: 'EUR' }
 * roundMoney(money('-0.5', 'JPY'), { rounding: 'floor' }) //=> { amount: '-1', currency: 'JPY' }
 * ```
 * @category Money
 */
export function roundMoney<C extends string>(
  value: MoneyInput<C>,
  options?: RoundMoneyOptions,
): Money<C> {
  const summary = 'Invalid arguments to roundMoney';
  const checked = checkMoney<C>(value, summary, ['value']);
  const { rounding } = checkOptions(options, ['rounding'], summary);
  const mode =
    decimalRounding[
      rounding === undefined
        ? 'half-even'
        : checkOneOf(rounding, roundingModes, summary, ['options', 'rounding'])
    ];
  return withAmount(checked, checked.amount.toDecimalPlaces(digitsOf(checked), mode));
}
