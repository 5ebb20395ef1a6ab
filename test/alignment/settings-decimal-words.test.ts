// A decimal setting refused by toDecimal keeps toDecimal's words: "Not a decimal number" for a
// malformed string, and the range of a Decimal for one beyond it (before, an out-of-range decimal
// read "Not a decimal number" under the code decimal-out-of-range).
import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { isValidationError } from '../../src/errors.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

function issueOf(settings: unknown): string {
  try {
    scoreAlignment(tiny, { asOf: tinyAsOf, settings: settings as never });
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return error.issues.map((i) => `${i.code} at ${i.path.join('.')}: ${i.message}`).join('\n');
  }
  return 'accepted';
}

describe('scoreAlignment settings: decimals toDecimal refuses', () => {
  it('says a malformed string is not a decimal number', () => {
    expect(issueOf({ componentWeights: { economics: '0x10' } })).toBe(
      'invalid-decimal at options.settings.componentWeights.economics: Not a decimal number',
    );
  });

  it('says why a string beyond the range of a Decimal is refused', () => {
    expect(issueOf({ economics: { bottomCap: '1e400' } })).toBe(
      'decimal-out-of-range at options.settings.economics.bottomCap: Exponent is beyond the range of a Decimal (accepted: an absolute value from 1e-100 to below 1e101, or 0)',
    );
  });
});
