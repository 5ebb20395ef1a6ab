import { describe, expectTypeOf, it } from 'vitest';
import type {
  CascadeObjective,
  PeriodGoalJson,
  ProgressPlan,
  ProposedPeriodGoal,
  StrategicObjective,
} from '../../src/index.js';

describe('the cascade engine and the model', () => {
  it('accepts a parsed strategic objective as its input', () => {
    expectTypeOf<StrategicObjective>().toExtend<CascadeObjective>();
  });

  it('proposes period goals that are valid period-goal JSON of the document', () => {
    expectTypeOf<ProposedPeriodGoal>().toExtend<PeriodGoalJson>();
  });

  it('gives progress a plan objective it can read', () => {
    expectTypeOf<StrategicObjective>().toExtend<ProgressPlan['objective']>();
  });
});
