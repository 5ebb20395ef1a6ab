import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DecimalString, MoneySchema, toMoneyJson } from '../../src/index.js';

describe('DecimalString at its bounds', () => {
  it('accepts 34 significant digits and refuses 35', () => {
    // 28 digits before the point and 6 after: 34 significant digits, below 1e30.
    expect(DecimalString.safeParse('1234567890123456789012345678.901234').success).toBe(true);
    expect(
      DecimalString.safeParse('1234567890123456789012345678.9012345').error?.issues[0]?.message,
    ).toBe(
      'Expected a decimal string with at most 34 significant digits; received "1234567890123456789012345678.9012345"',
    );
  });

  it('says in its params which bound a decimal string broke', () => {
    expect(DecimalString.safeParse('1e30').error?.issues[0]).toMatchObject({
      params: {
        code: 'decimal-out-of-range',
        expected: 'a decimal string with an absolute value below 1e30',
      },
    });
  });

  it('stops at a bound it broke: a refinement added after it does not run', () => {
    let refined = 0;
    const counted = DecimalString.refine(() => {
      refined++;
      return true;
    });
    expect(counted.safeParse('1e30').error?.issues).toHaveLength(1);
    expect(refined).toBe(0);
    expect(counted.safeParse('1').success).toBe(true);
    expect(refined).toBe(1);
  });
});

describe('MoneySchema', () => {
  it('reads "-0.00" as zero, never a negative zero', () => {
    const zero = MoneySchema.parse({ amount: '-0.00', currency: 'EUR' });
    expect([zero.amount.isNeg(), JSON.stringify(zero.amount)]).toEqual([false, '"0"']);
  });

  it('refuses to encode what is not money with an issue, not a throw', () => {
    for (const value of [null, 'EUR', 42, {}]) {
      expect(z.safeEncode(MoneySchema, value as never).success).toBe(false);
    }
  });
});

describe('toMoneyJson', () => {
  it('names itself in the error for an argument that is not money', () => {
    expect(() => toMoneyJson(null as never)).toThrow(/^Invalid money: 1 issue/);
  });
});
