import { describe, expect, it } from 'vitest';
import {
  Aggregation,
  aggregationRuleOf,
  aggregationRules,
  Direction,
  Metric,
  MetricUnit,
  metricPrecision,
  ValidationError,
} from '../../src/index.js';

const metric = (extra: Record<string, unknown> = {}) => ({
  name: 'Deals won',
  unit: { kind: 'count' },
  aggregation: 'sum',
  direction: 'increase',
  ...extra,
});

describe('MetricUnit', () => {
  it('accepts money with a known currency and the three plain units', () => {
    for (const unit of [
      { kind: 'money', currency: 'JPY' },
      { kind: 'count' },
      { kind: 'percent' },
      { kind: 'hours' },
    ]) {
      expect(MetricUnit.parse(unit)).toEqual(unit);
    }
  });
  it.each([
    { kind: 'money' },
    { kind: 'money', currency: 'EUX' },
    { kind: 'days' },
    { kind: 'count', currency: 'EUR' },
  ])('refuses %j', (unit) => {
    expect(MetricUnit.safeParse(unit).success).toBe(false);
  });
});

describe('Metric', () => {
  it('defaults motives to none', () => {
    expect(Metric.parse(metric()).motives).toEqual([]);
  });
  it('accepts a precision from 0 to 6 and nothing else', () => {
    expect(Metric.parse(metric({ precision: 6 })).precision).toBe(6);
    for (const precision of [-1, 7, 1.5, '2']) {
      expect(Metric.safeParse(metric({ precision })).success).toBe(false);
    }
  });
  it('refuses unknown aggregations, directions and fields', () => {
    expect(Metric.safeParse(metric({ aggregation: 'max' })).success).toBe(false);
    expect(Metric.safeParse(metric({ direction: 'up' })).success).toBe(false);
    expect(Metric.safeParse(metric({ extra: 1 })).success).toBe(false);
    expect(Aggregation.options).toEqual(['sum', 'last', 'average']);
    expect(Direction.options).toEqual(['increase', 'decrease', 'maintain']);
  });
});

describe('metricPrecision', () => {
  it('uses the currency minor units for money by default', () => {
    expect(metricPrecision({ unit: { kind: 'money', currency: 'USD' } })).toBe(2);
    expect(metricPrecision({ unit: { kind: 'money', currency: 'JPY' } })).toBe(0);
    expect(metricPrecision({ unit: { kind: 'money', currency: 'BHD' } })).toBe(3);
  });
  it('uses 0 for counts and 1 for percent and hours by default', () => {
    expect(metricPrecision({ unit: { kind: 'count' } })).toBe(0);
    expect(metricPrecision({ unit: { kind: 'percent' } })).toBe(1);
    expect(metricPrecision({ unit: { kind: 'hours' } })).toBe(1);
  });
  it('prefers the metric precision when it has one', () => {
    expect(metricPrecision({ unit: { kind: 'money', currency: 'JPY' }, precision: 3 })).toBe(3);
    expect(metricPrecision({ unit: { kind: 'count' }, precision: 0 })).toBe(0);
  });
});

describe('aggregationRules', () => {
  it('has one frozen rule for every aggregation', () => {
    expect(Object.keys(aggregationRules)).toEqual(Aggregation.options);
    expect(Object.isFrozen(aggregationRules)).toBe(true);
    for (const rule of Object.values(aggregationRules)) expect(Object.isFrozen(rule)).toBe(true);
  });

  it('says that only flows add up, and that stocks and averages climb by checkpoints', () => {
    expect(Aggregation.options.filter((name) => aggregationRules[name].additive)).toEqual(['sum']);
    expect(aggregationRules.sum.step).toBe('amount');
    expect(aggregationRules.last.step).toBe('checkpoint');
    expect(aggregationRules.average).toMatchObject({
      kind: 'average',
      combine: 'day-weighted-mean',
      target: 'level-at-end',
    });
  });
});

describe('aggregationRuleOf', () => {
  it('reads the rule of a metric or of an aggregation', () => {
    expect(aggregationRuleOf({ aggregation: 'last' })).toBe(aggregationRules.last);
    expect(aggregationRuleOf('sum')).toBe(aggregationRules.sum);
  });

  it('refuses an unknown aggregation with a ValidationError naming the field', () => {
    const error = (() => {
      try {
        aggregationRuleOf({ aggregation: '__proto__' as never });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(['aggregation']);
    expect(() => aggregationRuleOf(undefined as never)).toThrow(ValidationError);
  });
});
