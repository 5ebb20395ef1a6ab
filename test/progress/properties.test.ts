import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  calendarYear,
  type Decimal,
  elapsedShare,
  evaluateProgress,
  type ObjectiveId,
  type Period,
  type ProgressActual,
  type ProgressPlan,
} from '../../src/index.js';
import { d, month, quarter } from './fixtures.js';

const addDays = (days: number): string =>
  new Date(Date.UTC(2027, 0, 1 + days)).toISOString().slice(0, 10);
/** From ten days before the 2027 horizon to two weeks after it. */
const asOf = fc.integer({ min: -10, max: 378 }).map(addDays);
const periodsOf = fc.constantFrom(
  Array.from({ length: 12 }, (_, i) => month(i + 1)),
  Array.from({ length: 4 }, (_, i) => quarter(i + 1)),
);

interface Case {
  readonly plan: ProgressPlan;
  readonly periods: ReadonlyArray<Period>;
}

/** A flow plan (amounts per period) or a rising stock plan (checkpoints above the baseline). */
const planCase = (aggregation: 'sum' | 'last'): fc.Arbitrary<Case> =>
  periodsOf.chain((periods) =>
    fc
      .record({
        baseline: fc.integer({ min: 0, max: 1000 }),
        amounts: fc.array(fc.integer({ min: 1, max: 10_000 }), {
          minLength: periods.length,
          maxLength: periods.length,
        }),
      })
      .map(({ baseline, amounts }) => {
        const levels = amounts.map((_, i) =>
          amounts.slice(0, i + 1).reduce((a, b) => a + b, baseline),
        );
        const targets = aggregation === 'sum' ? amounts : levels;
        const level = levels[levels.length - 1] ?? baseline;
        const total = aggregation === 'sum' ? amounts.reduce((a, b) => a + b, 0) : level;
        const plan: ProgressPlan = {
          objective: {
            id: 'o' as ObjectiveId,
            metric: { aggregation, direction: 'increase' },
            baseline: d(baseline),
            target: d(total),
            horizon: { start: '2027-01-01', end: '2027-12-31' },
          },
          steps: periods.map((period, i) => ({ period, target: d(targets[i] ?? 0) })),
        };
        return { plan, periods };
      }),
  );

/** Actuals exactly as planned to the date: completed periods in full, the running one prorated. */
function plannedActuals(plan: ProgressPlan, date: string): ProgressActual[] {
  const out: ProgressActual[] = [];
  let previous: Decimal = plan.objective.baseline;
  for (const step of plan.steps) {
    const { elapsedDays, totalDays } = elapsedShare(calendarYear, step.period, date);
    if (elapsedDays === totalDays) out.push({ period: step.period, value: step.target });
    else if (elapsedDays > 0) {
      const value =
        plan.objective.metric.aggregation === 'sum'
          ? step.target.times(elapsedDays).div(totalDays)
          : previous.plus(step.target.minus(previous).times(elapsedDays).div(totalDays));
      out.push({ period: step.period, value });
    }
    previous = step.target;
  }
  return out;
}

const scaled = (plan: ProgressPlan, k: Decimal): ProgressPlan => ({
  objective: {
    ...plan.objective,
    baseline: plan.objective.baseline.times(k),
    target: plan.objective.target.times(k),
  },
  steps: plan.steps.map((s) => ({ period: s.period, target: s.target.times(k) })),
});

describe('evaluateProgress properties', () => {
  test.prop([fc.constantFrom('sum' as const, 'last' as const).chain(planCase), asOf])(
    'actuals equal to the plan give pace 1 and on-track (achieved at the end) at every date',
    ({ plan }, date) => {
      const p = evaluateProgress(plan, plannedActuals(plan, date), calendarYear, { asOf: date });
      if (date < '2027-01-01') {
        expect(p.status.status).toBe('not-started');
        return;
      }
      expect(p.pace?.toString()).toBe('1');
      expect(date >= '2027-12-31' ? ['achieved'] : ['on-track', 'achieved']).toContain(
        p.status.status,
      );
    },
  );

  test.prop([
    fc.constantFrom('sum' as const, 'last' as const).chain(planCase),
    fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 12, maxLength: 12 }),
    fc.nat(11),
    fc.integer({ min: 1, max: 5000 }),
    asOf,
  ])(
    'raising any actual never lowers attainment or pace for an increase metric',
    ({ plan, periods }, values, which, raise, date) => {
      const actuals = periods.map((period, i) => ({ period, value: d(values[i] ?? 0) }));
      const raised = actuals.map((a, i) =>
        i === which % periods.length ? { ...a, value: a.value.plus(raise) } : a,
      );
      const before = evaluateProgress(plan, actuals, calendarYear, { asOf: date });
      const after = evaluateProgress(plan, raised, calendarYear, { asOf: date });
      if (before.pace !== null && after.pace !== null)
        expect(after.pace.gte(before.pace)).toBe(true);
      if (before.attainment !== null && after.attainment !== null) {
        expect(after.attainment.gte(before.attainment)).toBe(true);
      }
    },
  );

  test.prop([
    fc.constantFrom('sum' as const, 'last' as const).chain(planCase),
    fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 12, maxLength: 12 }),
    fc.constantFrom('1000', '3', '0.5', '0.01', '7.25'),
    asOf,
  ])(
    'status is invariant under scaling targets and actuals together',
    ({ plan, periods }, values, factor, date) => {
      const k = d(factor);
      const actuals = periods.map((period, i) => ({ period, value: d(values[i] ?? 0) }));
      const scaledActuals = actuals.map((a) => ({ ...a, value: a.value.times(k) }));
      const one = evaluateProgress(plan, actuals, calendarYear, { asOf: date });
      const other = evaluateProgress(scaled(plan, k), scaledActuals, calendarYear, { asOf: date });
      expect(other.status.status).toBe(one.status.status);
      expect(other.pace?.toFixed(20)).toBe(one.pace?.toFixed(20));
    },
  );
});
