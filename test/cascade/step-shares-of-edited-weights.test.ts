import { describe, expect, it } from 'vitest';
import { type Cascade, cascadeSteps } from '../../src/index.js';
import { withWeights } from './edited-weights.js';

const shares = (plan: Cascade) => cascadeSteps(plan).map((step) => step.share?.toString());

describe('cascadeSteps', () => {
  it('refuses weights that add up past the range of a number, instead of giving every step 0', () => {
    // 1e308 + 1e308 is Infinity as a double: every quotient would be 0.
    expect(() =>
      cascadeSteps(withWeights([1e308, 1e308, 1, 1])),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot read the steps of the cascade: 1 issue
        - plan.weights: The weights add up beyond the range of a number (received weights adding up to Infinity; expected weights adding up to a finite number, each less than 1e21 times their sum)]
    `);
  });

  it('refuses a weight 1e21 or more times the sum, at its own path, instead of a raw Decimal error', () => {
    // 1e200 − 1e200 cancels exactly, so the sum is 1e-200 + 1 = 1 and the first share is 1e200.
    expect(() =>
      cascadeSteps(withWeights([1e200, -1e200, 1e-200, 1])),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot read the steps of the cascade: 1 issue
        - plan.weights[0]: The weight is 1e21 or more times the sum of the weights: it is no share of them (received 1e+200 of a sum of 1; expected weights adding up to a finite number, each less than 1e21 times their sum)]
    `);
    // Just below the bound, a share is given: 1e20 of a sum of 1 (1e20 − 1e20 + 0 + 1).
    expect(shares(withWeights([1e20, -1e20, 0, 1]))).toEqual([
      '100000000000000000000',
      '-100000000000000000000',
      '0',
      '1',
    ]);
  });

  it('still shares tiny and cancelling weights that a Decimal can hold', () => {
    // 1e-95 is below the range toDecimal reads: the quotient of the doubles is used (0.5 each).
    expect(shares(withWeights([1e-95, 1e-95, 0, 0]))).toEqual(['0.5', '0.5', '0', '0']);
    // Steps that cancel out have no share.
    expect(shares(withWeights([1, -1, 2, -2]))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
