// The bound on an edited cascade's shares is exclusive: a weight of exactly 1e21 times the sum is
// refused like any larger one, with the code invalid-value (survivors of the mutation run).
import { describe, expect, it } from 'vitest';
import { type Cascade, cascadeSteps, isValidationError } from '../../src/index.js';
import { withWeights } from './edited-weights.js';

function issuesOf(plan: Cascade): ReadonlyArray<string> {
  try {
    cascadeSteps(plan);
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return error.issues.map((i) => `${i.code} at ${i.path.join('.')}: ${i.received}`);
  }
  return [];
}

describe('cascadeSteps: the bound on a share', () => {
  it('refuses a weight of exactly 1e21 times the sum', () => {
    // 1e21 − 1e21 cancels exactly, so the sum is 0 + 1 = 1 and the first share is 1e21.
    expect(issuesOf(withWeights([1e21, -1e21, 0, 1]))).toEqual([
      'invalid-value at plan.weights.0: 1e+21 of a sum of 1',
    ]);
  });

  it('refuses a sum beyond the doubles with the code invalid-value', () => {
    expect(issuesOf(withWeights([1e308, 1e308, 1, 1]))).toEqual([
      'invalid-value at plan.weights: weights adding up to Infinity',
    ]);
  });
});
