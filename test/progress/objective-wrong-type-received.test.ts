import { describe, expect, it } from 'vitest';
import { evaluateProgress, isValidationError, parsePartnership, samples } from '../../src/index.js';

describe('evaluateProgress', () => {
  it('reports a parsed objective whose metric is a string as a wrong type, with what it received', () => {
    const partnership = parsePartnership(samples.northwindAdvisory);
    const objective = { ...partnership.charter.objectives[0], metric: 'sum' };
    let issues: unknown;
    try {
      evaluateProgress({ objective, steps: [] } as never, [], partnership.calendar, {
        asOf: '2027-06-30',
      });
    } catch (error) {
      if (!isValidationError(error)) throw error;
      issues = error.issues.map(({ code, path, received }) => ({ code, path, received }));
    }
    // It used to say "Required (received nothing)": the value was there, of the wrong type.
    expect(issues).toEqual([
      { code: 'invalid-type', path: ['plan', 'objective', 'metric'], received: '"sum"' },
    ]);
  });
});
