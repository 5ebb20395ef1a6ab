import {
  type Decimal,
  type Direction,
  type Period,
  type ProgressActual,
  type ProgressPlan,
  toDecimal,
} from '../../src/index.js';

export const d = (value: string | number): Decimal => toDecimal(value);

export const month = (index: number, year = 2027): Period => ({
  calendar: 'calendar',
  granularity: 'month',
  year,
  index,
});
export const quarter = (index: number, year = 2027): Period => ({
  calendar: 'calendar',
  granularity: 'quarter',
  year,
  index,
});

/** A plan on calendar year 2027 with the given steps. */
export function planOf(options: {
  readonly aggregation?: 'sum' | 'last' | 'average';
  readonly direction?: Direction;
  readonly baseline?: number | string;
  readonly target: number | string;
  readonly steps: ReadonlyArray<readonly [Period, number | string]>;
  readonly id?: string;
  readonly weight?: number;
}): ProgressPlan {
  return {
    objective: {
      id: options.id ?? 'objective',
      metric: {
        aggregation: options.aggregation ?? 'sum',
        direction: options.direction ?? 'increase',
      },
      baseline: d(options.baseline ?? 0),
      target: d(options.target),
      horizon: { start: '2027-01-01', end: '2027-12-31' },
      ...(options.weight === undefined ? {} : { weight: d(options.weight) }),
    },
    steps: options.steps.map(([period, target]) => ({ period, target: d(target) })),
  };
}

export const actualsOf = (
  values: ReadonlyArray<readonly [Period, number | string]>,
): ProgressActual[] => values.map(([period, value]) => ({ period, value: d(value) }));

/** JSON view of a value: Decimals as strings. */
export const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
