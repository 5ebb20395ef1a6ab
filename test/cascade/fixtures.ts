import {
  type CascadeObjective,
  type FiscalCalendar,
  type Metric,
  type MetricUnit,
  type ObjectiveId,
  toDecimal,
} from '../../src/index.js';

/** An objective id (a brand: ids come from a parsed document or `ObjectiveId.parse`). */
export const id = (value: string): ObjectiveId => value as ObjectiveId;

export const julyFy: FiscalCalendar = {
  kind: 'month-based',
  id: 'stratus-fy',
  startMonth: 7,
  yearNaming: 'end-year',
};

export const retail445: FiscalCalendar = {
  kind: 'week-based',
  id: '445-dec',
  yearEnd: { month: 12, weekday: 'saturday', rule: 'last' },
  pattern: '4-4-5',
};

const usd: MetricUnit = { kind: 'money', currency: 'USD' };

export function metric(
  aggregation: Metric['aggregation'],
  unit: MetricUnit = usd,
  direction: Metric['direction'] = 'increase',
): Metric {
  return { name: 'metric', unit, aggregation, direction, motives: [] };
}

/** An objective from short strings: `objective('sum', '0', '1000', '2027-01-01', '2027-12-31')`. */
export function objective(
  aggregation: Metric['aggregation'],
  baseline: string,
  target: string,
  start: string,
  end: string,
  extra: Partial<CascadeObjective> = {},
): CascadeObjective {
  return {
    id: id('objective'),
    metric: metric(aggregation),
    baseline: toDecimal(baseline),
    target: toDecimal(target),
    horizon: { start, end },
    ...extra,
  };
}

export const dec = (values: string[]) => values.map((v) => toDecimal(v));
