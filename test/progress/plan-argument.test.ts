// What evaluateProgress says about a plan argument it cannot read.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluateProgress } from '../../src/index.js';
import { errorMessage } from './fixtures.js';

describe('evaluateProgress', () => {
  it('refuses a plan that is not an object, saying what a plan is', () => {
    const messages = ['plan', null, [], undefined].map((plan) =>
      errorMessage(() => evaluateProgress(plan as never, [], calendarYear, { asOf: '2027-06-30' })),
    );
    expect(messages).toMatchInlineSnapshot(`
      [
        "Invalid arguments to evaluateProgress: 1 issue
        - plan: Expected a plan: { objective, steps }, received a string (received "plan"; expected a plan: { objective, steps })",
        "Invalid arguments to evaluateProgress: 1 issue
        - plan: Expected a plan: { objective, steps }, received null (received null; expected a plan: { objective, steps })",
        "Invalid arguments to evaluateProgress: 1 issue
        - plan: Expected a plan: { objective, steps }, received an array (received an array; expected a plan: { objective, steps })",
        "Invalid arguments to evaluateProgress: 1 issue
        - plan: Missing; expected a plan: { objective, steps } (received undefined; expected a plan: { objective, steps })",
      ]
    `);
  });
});
