/**
 * A cascade reads its baseline and target as whole units of the metric's precision: hours have
 * one decimal place, counts none, US dollars two. These tests pin the values at the edges of that
 * reading (word boundaries of decimal.js's digits, the safe integer range) and the whole issue of
 * each refusal.
 */
import { describe, expect, it } from 'vitest';
import { unitsOrUndefined } from '../../src/cascade/internal/units.js';
import { calendarYear, cascade, type MetricUnit, toDecimal } from '../../src/index.js';
import { issueOf } from '../issue-of.js';
import { metric, objective } from './fixtures.js';

/** A one-step cascade over 2027 (granularity year) from 0 to `target`, in `unit`. */
function yearOf(target: string, unit: MetricUnit) {
  return cascade(
    { ...objective('sum', '0', target, '2027-01-01', '2027-12-31'), metric: metric('sum', unit) },
    calendarYear,
    { granularity: 'year' },
  );
}

const hours: MetricUnit = { kind: 'hours' };
const count: MetricUnit = { kind: 'count' };
const usd: MetricUnit = { kind: 'money', currency: 'USD' };

describe('cascade reading its target in units of the metric', () => {
  it('reads a target of five whole digits, 10,000, as 10,000 units of its precision', () => {
    // 10000 is one digit word of five digits: 10,000 deals, 100,000 tenths of an hour.
    expect(Array.from(yearOf('10000', count).units)).toEqual([10_000]);
    expect(Array.from(yearOf('10000', hours).units)).toEqual([100_000]);
    expect(Array.from(yearOf('10000.5', hours).units)).toEqual([100_005]);
  });

  it('reads a target whose middle digit word is zero', () => {
    // 10,000,000.9 is stored as the words 1, 0000000, 9000000: 100,000,009 tenths of an hour.
    expect(Array.from(yearOf('10000000.9', hours).units)).toEqual([100_000_009]);
    expect(Array.from(yearOf('10000000.09', usd).units)).toEqual([1_000_000_009]);
  });

  it('reads the largest target a metric of one decimal place allows', () => {
    // 900,719,925,474,099.1 hours are 2^53 − 1 tenths.
    expect(Array.from(yearOf('900719925474099.1', hours).units)).toEqual([Number.MAX_SAFE_INTEGER]);
  });

  it('refuses a target of seventeen digits as too big for a count, whole issue', () => {
    // 12,345,678,901,234,567 deals: beyond 2^53 − 1 (9,007,199,254,740,991).
    expect(issueOf(() => yearOf('12345678901234567', count))).toMatchInlineSnapshot(`
      {
        "code": "too-big",
        "expected": "at most 9007199254740991 in absolute value",
        "label": "Objective › Target",
        "message": "The value is too large to plan with 0 decimal places",
        "params": {
          "maximum": "9007199254740991",
          "places": 0,
        },
        "path": [
          "objective",
          "target",
        ],
        "received": ""12345678901234567"",
      }
    `);
  });

  it('refuses one tenth of an hour past the safe range, in the singular, whole issue', () => {
    expect(issueOf(() => yearOf('900719925474099.2', hours))).toMatchInlineSnapshot(`
      {
        "code": "too-big",
        "expected": "at most 900719925474099.1 in absolute value",
        "label": "Objective › Target",
        "message": "The value is too large to plan with 1 decimal place",
        "params": {
          "maximum": "900719925474099.1",
          "places": 1,
        },
        "path": [
          "objective",
          "target",
        ],
        "received": ""900719925474099.2"",
      }
    `);
  });

  it('refuses hundredths of an hour in the singular, whole issue', () => {
    expect(issueOf(() => yearOf('12.34', hours))).toMatchInlineSnapshot(`
      {
        "code": "too-precise",
        "expected": "a value with at most 1 decimal place",
        "label": "Objective › Target",
        "message": "Too precise: 2 decimal places where the metric allows 1",
        "params": {
          "decimals": 2,
          "places": 1,
        },
        "path": [
          "objective",
          "target",
        ],
        "received": ""12.34"",
      }
    `);
  });
});

describe('unitsOrUndefined', () => {
  it('gives the units of a negative value with their sign', () => {
    // -12.5 in tenths: -125; in hundredths: -1,250.
    expect(unitsOrUndefined(toDecimal('-12.5'), 1)).toBe(-125);
    expect(unitsOrUndefined(toDecimal('-12.5'), 2)).toBe(-1250);
  });

  it('reads sixteen digits, six of them decimal, as the safe integer they make', () => {
    // 1,234,567,890.123456 at 6 places: 1,234,567,890,123,456 units, below 2^53.
    expect(unitsOrUndefined(toDecimal('1234567890.123456'), 6)).toBe(1_234_567_890_123_456);
    // Ten times that is beyond the safe integer range.
    expect(unitsOrUndefined(toDecimal('12345678901.234567'), 6)).toBeUndefined();
  });
});
