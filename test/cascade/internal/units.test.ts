import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { toUnits, unitsOrUndefined } from '../../../src/cascade/internal/units.js';
import { isValidationError, toDecimal } from '../../../src/index.js';
import { runs } from '../../property-runs.js';

/** Decimal strings of up to 22 digits, with up to 8 decimals, trailing zeros and signs. */
const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.stringMatching(/^(0|[1-9][0-9]{0,15})$/),
    fc.stringMatching(/^[0-9]{0,8}$/),
  )
  .map(
    ([negative, whole, fraction]) =>
      `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`,
  );
const precision = fc.integer({ min: 0, max: 6 });

/** The units of a decimal string worked out on its digits with BigInt, or the code refusing it. */
function expectedUnits(text: string, places: number): number | string {
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = text.replace('-', '').split('.');
  const kept = fraction.replace(/0+$/, '');
  if (kept.length > places) return 'too-precise';
  const units = BigInt(whole + kept.padEnd(places, '0'));
  if (units > BigInt(Number.MAX_SAFE_INTEGER)) return 'too-big';
  return units === 0n ? 0 : Number(negative ? -units : units);
}

function unitsOrCode(text: string, places: number): number | string {
  try {
    return toUnits(toDecimal(text), places, 'Cannot read', ['value']);
  } catch (error) {
    if (isValidationError(error)) return error.issues[0]?.code ?? 'none';
    throw error;
  }
}

describe('toUnits', () => {
  test.prop([decimalText, precision], { numRuns: runs(5000, 1000) })(
    'gives the units that the digits give, or refuses too many decimals or too many units',
    (text, places) => {
      expect(unitsOrCode(text, places)).toEqual(expectedUnits(text, places));
    },
  );

  it('reads values of three decimal.js words on its integer path', () => {
    // 12,345,678,901.23 is stored as the words 1234, 5678901, 2300000 (base 10^7, aligned on the
    // point): 1,234,567,890,123 cents.
    expect(toUnits(toDecimal('12345678901.23'), 2, 'x', ['v'])).toBe(1_234_567_890_123);
    expect(unitsOrUndefined(toDecimal('12345678901.23'), 2)).toBe(1_234_567_890_123);
    expect(unitsOrUndefined(toDecimal('12345678901.234'), 2)).toBeUndefined();
  });
});
