/**
 * A cascade as an argument: one this library made passes at once (it carries the brand of
 * `makeCascade`); anything else
 * (a cascade read back from JSON, a changed copy) is checked field by field by the rules of the
 * document, against the periods of its horizon on its calendar, and by the invariants of
 * `makeCascade`, and becomes a cascade of the library's own.
 *
 * @module
 */
import { z } from 'zod';
import { argumentError } from '../../argument-checks.js';
import { Granularity } from '../../calendar/period.js';
import type { IssuePath } from '../../errors.js';
import { acceptValue } from '../../model/accept.js';
import { CascadeShape, Seasonality } from '../../model/cascade-spec.js';
import { documentLimits } from '../../model/document-limits.js';
import { Horizon } from '../../model/horizon.js';
import { ObjectiveId } from '../../model/ids.js';
import { Aggregation, Direction } from '../../model/metric.js';
import { PartnershipShape } from '../../model/partnership.js';
import type { Cascade } from '../cascade-result.js';
import { checkSteps, isMadeCascade, makeCascade } from './make-cascade.js';
import { periodGrid } from './period-grid.js';

/** At most one step per week of the longest horizon a document allows. */
const MAX_STEPS = documentLimits.lists.customWeights;

/** A cascade's fields, by the rules of the document for the parts that come from it. */
const CascadeFields = z.strictObject({
  objective: ObjectiveId,
  get calendar() {
    return PartnershipShape.shape.calendar;
  },
  horizon: Horizon,
  aggregation: Aggregation,
  direction: Direction,
  get precision() {
    return z.int().min(0).max(6);
  },
  get baselineUnits() {
    return z.int();
  },
  get targetUnits() {
    return z.int();
  },
  granularity: Granularity,
  shape: CascadeShape,
  get seasonality() {
    return Seasonality.optional();
  },
  get tieBreak() {
    return z.enum(['largest-weight', 'earliest', 'latest']);
  },
  get method() {
    return z.enum(['running-total', 'largest-remainder']);
  },
  get length() {
    return z.int().min(1).max(MAX_STEPS);
  },
  get firstYear() {
    return z.int().min(1900).max(2200);
  },
  get firstIndex() {
    return z.int().min(1).max(53);
  },
  get units() {
    return z.array(z.int()).max(MAX_STEPS);
  },
  get weights() {
    return z.array(z.number()).max(MAX_STEPS);
  },
});

/**
 * A cascade argument as a cascade of the library's own.
 *
 * @throws {ValidationError} under `path` (default `['plan']`) for anything that is not a cascade
 */
export function acceptCascade(
  input: unknown,
  summary: string,
  path: IssuePath = ['plan'],
): Cascade {
  if (isMadeCascade(input)) {
    checkSteps(input, summary, path);
    return input;
  }
  const plan: Cascade = acceptValue(CascadeFields, input, summary, path);
  const grid = periodGrid(plan.calendar, plan.horizon, plan.granularity);
  const found = [grid.count, grid.firstYear, grid.firstIndex];
  const given = [plan.length, plan.firstYear, plan.firstIndex];
  if (found.some((value, i) => value !== given[i])) {
    throw argumentError(
      summary,
      'invalid-value',
      [...path, 'length'],
      `The horizon has ${grid.count} periods of a ${plan.granularity} from period ${grid.firstIndex} of ${grid.firstYear}, not ${plan.length} from period ${plan.firstIndex} of ${plan.firstYear}`,
      `length ${plan.length}, firstYear ${plan.firstYear}, firstIndex ${plan.firstIndex}`,
      `length ${grid.count}, firstYear ${grid.firstYear}, firstIndex ${grid.firstIndex}`,
    );
  }
  return makeCascade({ ...plan, seasonality: plan.seasonality }, summary, path);
}
