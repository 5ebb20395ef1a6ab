import { wrongType } from '../argument-checks.js';
import { ValidationError } from '../errors.js';
import type { CurrencyDefinition } from './currency.js';
import { PrecisionError } from './errors.js';
import { checkMoney, digitsOf } from './internal/check-money.js';
import { resolveCurrency } from './internal/currencies.js';
import { DecimalImpl, describeReceived } from './internal/decimal.js';
import { makeMoney } from './internal/make-money.js';
import { checkResult } from './internal/read-decimal.js';
import type { Money, MoneyInput } from './money.js';

/** A bigint longer than this is refused before it is read (the amount's bound is checked after). */
const MAX_UNIT_LENGTH = 200;

/**
 * Makes a {@link Money} from a whole number of minor units (cents for EUR, yen for JPY, fils for
 * KWD).
 *
 * @param units - the count of minor units, as a bigint or a safe integer
 * @param currency - an ISO 4217 code in uppercase, or a declared currency `{ code, digits }`
 * @returns the amount in major units
 * @throws {@link ValidationError} for a non-integer or unsafe number, an amount beyond {@link decimalLimits}, or an unknown currency
 * @example
 * ```ts
 * import { fromMinorUnits } from 'partner-alignment';
 * fromMinorUnits(1999, 'EUR') //=> { amount: '19.99', currency: 'EUR' }
 * fromMinorUnits(1999n, 'JPY') //=> { amount: '1999', currency: 'JPY' }
 * fromMinorUnits(12345, 'KWD') //=> { amount: '12.345', currency: 'KWD' }
 * ```
 * @category Money
 */
export function fromMinorUnits<C extends string>(
  units: bigint | number,
  currency: C | CurrencyDefinition<C>,
): Money<C> {
  const summary = 'Invalid minor units';
  if (typeof units !== 'bigint' && typeof units !== 'number') {
    throw wrongType(summary, ['units'], units, 'a bigint or a safe integer such as 1999');
  }
  const written = String(units);
  if (written.length > MAX_UNIT_LENGTH) {
    throw new ValidationError(summary, [
      {
        code: 'decimal-out-of-range',
        path: ['units'],
        message: `More than ${MAX_UNIT_LENGTH} characters`,
        received: `a bigint of ${written.length} characters`,
        expected: 'a whole number whose amount lies within decimalLimits',
      },
    ]);
  }
  if (typeof units !== 'bigint' && !Number.isSafeInteger(units)) {
    throw new ValidationError(summary, [
      {
        code: 'not-an-integer',
        path: ['units'],
        message: 'Minor units must be a whole number',
        received: describeReceived(units),
        expected: 'a bigint or a safe integer such as 1999',
      },
    ]);
  }
  const { code, digits, declared } = resolveCurrency(currency, summary, ['currency']);
  // Built from its digits and an exponent, so no arithmetic (and no rounding) is involved.
  const amount = checkResult(
    new DecimalImpl(`${written}e-${digits}`),
    'make money from minor units',
  );
  return makeMoney(amount, code as C, declared ? digits : undefined);
}

/**
 * The amount of a {@link Money} as a whole number of minor units.
 *
 * @param value - the money, whose amount must be a whole number of minor units
 * @returns the count of minor units as a bigint
 * @throws {@link PrecisionError} when the amount has more decimal places than the currency's minor unit
 * @throws {@link ValidationError} for an argument that is neither money nor its JSON form
 * @example
 * ```ts
 * import { money, toMinorUnits } from 'partner-alignment';
 * toMinorUnits(money('19.99', 'EUR')) //=> 1999n
 * toMinorUnits(money('10.005', 'EUR')) //!> PrecisionError
 * ```
 * @category Money
 */
export function toMinorUnits(value: MoneyInput): bigint {
  const checked = checkMoney(value, 'Invalid money', ['value']);
  const digits = digitsOf(checked);
  const { amount, currency } = checked;
  if (amount.decimalPlaces() > digits) {
    throw new PrecisionError(
      `Amount ${amount.toFixed()} ${currency} is not a whole number of minor units: ${currency} has ${digits} decimal places; round it first with roundMoney`,
    );
  }
  return BigInt(amount.toFixed(digits).replace('.', ''));
}
