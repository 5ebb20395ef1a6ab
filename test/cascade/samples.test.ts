import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CascadeShape,
  type CascadeSpec,
  cascade,
  cascadeTotal,
  type FiscalCalendar,
  type Metric,
  rollUp,
  toDecimal,
  toRows,
} from '../../src/index.js';

interface SampleObjective {
  id: string;
  metric: Metric;
  baseline: string;
  target: string;
  horizon: { start: string; end: string };
  cascade?: {
    granularity: CascadeSpec['granularity'];
    shape?: Record<string, unknown>;
    seasonality?: { by: 'month' | 'quarter'; weights: string[] };
  };
}

const decimals = (value: unknown): unknown =>
  typeof value === 'string' && /^-?\d/.test(value)
    ? toDecimal(value)
    : Array.isArray(value)
      ? value.map(decimals)
      : value;

/** The sample objectives with decimal strings made Decimals (what the model's parser will do). */
function load(file: string) {
  const doc = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../examples/data', file), 'utf8'),
  );
  const calendar = doc.calendar as FiscalCalendar;
  const objectives = (doc.charter.objectives as SampleObjective[]).map((o) => ({
    id: o.id,
    metric: { ...o.metric, motives: o.metric.motives ?? [] },
    baseline: toDecimal(o.baseline),
    target: toDecimal(o.target),
    horizon: o.horizon,
    cascade:
      o.cascade === undefined
        ? undefined
        : {
            granularity: o.cascade.granularity,
            shape: Object.fromEntries(
              Object.entries(o.cascade.shape ?? { kind: 'even' }).map(([k, v]) => [
                k,
                k === 'kind' ? v : decimals(v),
              ]),
            ) as CascadeShape,
            ...(o.cascade.seasonality
              ? {
                  seasonality: {
                    by: o.cascade.seasonality.by,
                    weights: o.cascade.seasonality.weights.map((w) => toDecimal(w)),
                  },
                }
              : {}),
          },
  }));
  return { calendar, objectives };
}

describe('cascade on the sample partnerships', () => {
  for (const file of ['northwind-advisory.json', 'lumen-field.json']) {
    it(`cascades every objective of ${file} exactly and rolls its first year up by quarter`, () => {
      const { calendar, objectives } = load(file);
      for (const objective of objectives) {
        const plan = cascade(objective, calendar, { granularity: 'month' });
        expect(cascadeTotal(plan).eq(objective.target)).toBe(true);
        const quarters = toRows(rollUp(plan, calendar, 'quarter')).slice(0, 4);
        expect(quarters).toHaveLength(4);
        if (objective.cascade === undefined) {
          // An objective without a cascade spec needs the granularity from the caller.
          expect(() => cascade(objective, calendar)).toThrow(/No granularity/);
        } else {
          expect(cascadeTotal(cascade(objective, calendar)).eq(objective.target)).toBe(true);
        }
      }
    });
  }
});
