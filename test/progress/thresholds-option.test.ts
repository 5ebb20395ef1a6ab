// The thresholds and run-rate options of evaluateProgress at their bounds: what is refused, what
// each refusal says, and that equal thresholds are accepted and applied.
import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  type EvaluateProgressOptions,
  evaluateProgress,
  isValidationError,
} from '../../src/index.js';
import { actualsOf, json, planOf, quarter } from './fixtures.js';

/** A flat plan, 10 a quarter, with Q1 delivered at 10: pace 1 as of Q1's end. */
function evaluate(options: Partial<EvaluateProgressOptions>) {
  const plan = planOf({ target: 40, steps: [1, 2, 3, 4].map((i) => [quarter(i), 10] as const) });
  return evaluateProgress(plan, actualsOf([[quarter(1), 10]]), calendarYear, {
    asOf: '2027-03-31',
    ...options,
  });
}

/** The message of the ValidationError, or what was returned instead. */
function refusal(options: Partial<EvaluateProgressOptions>): unknown {
  try {
    return evaluate(options).status.status;
  } catch (error) {
    if (isValidationError(error)) return json(error.issues);
    return `not a ValidationError: ${String(error)}`;
  }
}

describe('evaluateProgress', () => {
  it('refuses a negative threshold, and takes 0', () => {
    expect(refusal({ thresholds: { atRisk: '-0.1' } })).toMatchInlineSnapshot(`
      [
        {
          "code": "too-small",
          "expected": "a decimal of 0 or more, such as "0.95"",
          "label": "Options › Thresholds › At risk",
          "message": "A threshold is never negative",
          "params": {
            "minimum": 0,
          },
          "path": [
            "options",
            "thresholds",
            "atRisk",
          ],
          "received": ""-0.1"",
        },
      ]
    `);
    expect(refusal({ thresholds: { atRisk: '0' } })).toBe('on-track');
  });

  it('refuses thresholds that are not an object, and a null threshold', () => {
    expect([
      refusal({ thresholds: 'strict' as never }),
      refusal({ thresholds: { onTrack: null as never } }),
    ]).toMatchInlineSnapshot(`
      [
        [
          {
            "code": "invalid-type",
            "expected": "an object with "ahead", "onTrack", "atRisk", "achieved" or "maintainTolerance"",
            "label": "Options › Thresholds",
            "message": "Expected an options object, received a string",
            "params": {},
            "path": [
              "options",
              "thresholds",
            ],
            "received": ""strict"",
          },
        ],
        [
          {
            "code": "invalid-type",
            "expected": "a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal",
            "label": "Options › Thresholds › On track",
            "message": "Expected a decimal, received null",
            "params": {},
            "path": [
              "options",
              "thresholds",
              "onTrack",
            ],
            "received": "null",
          },
        ],
      ]
    `);
  });

  it('refuses an on-track threshold above the ahead one', () => {
    expect(refusal({ thresholds: { onTrack: '1.1' } })).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-argument",
          "expected": "atRisk ≤ onTrack ≤ ahead, such as 0.8, 0.95 and 1.05",
          "label": "Options › Thresholds",
          "message": "The pace thresholds must rise from atRisk to onTrack to ahead",
          "params": {},
          "path": [
            "options",
            "thresholds",
          ],
          "received": "atRisk 0.8, onTrack 1.1, ahead 1.05",
        },
      ]
    `);
  });

  it('accepts equal pace thresholds and reads pace 1 by them', () => {
    // atRisk = onTrack = ahead = 1: pace 1 is at least the ahead threshold.
    const same = { atRisk: '1', onTrack: '1', ahead: '1' };
    expect(refusal({ thresholds: same })).toBe('ahead');
    // Pace 1 against an ahead threshold just above it is on-track.
    expect(refusal({ thresholds: { ahead: '1.0001' } })).toBe('on-track');
  });

  it('averages at most 1060 periods in the run-rate', () => {
    expect(refusal({ runRatePeriods: 1060 })).toBe('on-track');
    expect(refusal({ runRatePeriods: 1061 })).toMatchInlineSnapshot(`
      [
        {
          "code": "too-big",
          "expected": "a whole number from 1 to 1060",
          "label": "Options › Run rate periods",
          "message": "Above the maximum of 1060",
          "params": {
            "maximum": 1060,
          },
          "path": [
            "options",
            "runRatePeriods",
          ],
          "received": "1061",
        },
      ]
    `);
  });

  it('reports the plan-shape forecast unless told otherwise', () => {
    expect(evaluate({}).forecast.method).toBe('plan-shape');
  });
});
