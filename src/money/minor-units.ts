import { ValidationError } from '../errors.js';
import { minorUnits } from './currency.js';
import { PrecisionError } from './errors.js';
import { assertCurrencyCode } from './internal/assert-currency-code.js';
import { DecimalImpl, describeReceived } from './internal/decimal.js';
import { makeMoney } from './internal/make-money.js';
import type { Money } from './money.js';

/**
 * Makes a {@link Money} from a whole number of minor units (cents for EUR, yen for JPY, fils for
 * KWD).
 *
 * @param units - the count of minor units, as a bigint or a safe integer
 * @param currency - a known ISO 4217 code in uppercase
 * @returns the amount in major units
 * @throws {@link ValidationError} for a non-integer or unsafe number, or an unknown currency
 * @example
 * ```ts
 * import { fromMinorUnits } from 'partner-alignment';
 * fromMinorUnits(1999, 'EUR') //=> { amount: '19.99', currency: 'EUR' }
 * fromMinorUnits(1999n, 'JPY') //=> { amount: '1999', currency: 'JPY' }
 * fromMinorUnits(12345, 'KWD') //=> { amount: '12.345', currency: 'KWD' }
 * ```
 * @category Money
 */
export function fromMinorUnits<C extends string>(units: bigint | number, currency: C): Money<C> {
  if (typeof units !== 'bigint' && !Number.isSafeInteger(units)) {
    throw new ValidationError('Invalid minor units', [
      {
        code: 'not-an-integer',
        path: [],
        message: 'Minor units must be a whole number',
        received: describeReceived(units),
        expected: 'a bigint or a safe integer such as 1999',
      },
    ]);
  }
  assertCurrencyCode(currency);
  // Built from its digits and an exponent, so no arithmetic (and no rounding) is involved.
  return makeMoney(new DecimalImpl(`${units}e-${minorUnits(currency)}`), currency);
}

/**
 * The amount of a {@link Money} as a whole number of minor units.
 *
 * @param value - the money, whose amount must be a whole number of minor units
 * @returns the count of minor units as a bigint
 * @throws {@link PrecisionError} when the amount has more decimal places than the currency's minor unit
 * @example
 * ```ts
 * import { money, toMinorUnits } from 'partner-alignment';
 * toMinorUnits(money('19.99', 'EUR')) //=> 1999n
 * toMinorUnits(money('10.005', 'EUR')) //!> PrecisionError
 * ```
 * @category Money
 */
export function toMinorUnits(value: Money): bigint {
  const digits = minorUnits(value.currency);
  if (value.amount.decimalPlaces() > digits) {
    throw new PrecisionError(
      `Amount ${value.amount.toFixed()} ${value.currency} is not a whole number of minor units: ${value.currency} has ${digits} decimal places; round it first with roundMoney`,
    );
  }
  return BigInt(value.amount.toFixed(digits).replace('.', ''));
}
