/**
 * A cascade as an argument: one this library made passes at once (it carries the brand of
 * `makeCascade`); anything else
 * (a cascade read back from JSON, a changed copy) is checked field by field by the rules of the
 * document, against the periods of its horizon on its calendar, and by the invariants of
 * `makeCascade`, and becomes a cascade of the library's own.
 *
 * @module
 */
import {
  argumentError,
  checkOneOf,
  checkWholeNumber,
  describeReceived,
  isRecord,
  kindOf,
  wrongType,
} from '../../argument-checks.js';
import { Granularity } from '../../calendar/period.js';
import type { IssuePath } from '../../errors.js';
import { acceptValue } from '../../model/accept.js';
import { CascadeShape, Seasonality } from '../../model/cascade-spec.js';
import { documentLimits } from '../../model/document-limits.js';
import { Horizon } from '../../model/horizon.js';
import { ObjectiveId } from '../../model/ids.js';
import { Aggregation, Direction } from '../../model/metric.js';
import type { TieBreak } from '../../money/allocate.js';
import type { Cascade, CascadeMethod } from '../cascade-result.js';
import { acceptCalendar } from './accept-arguments.js';
import { checkSteps, isMadeCascade, makeCascade } from './make-cascade.js';
import { periodGrid } from './period-grid.js';

const FIELDS = [
  'objective',
  'calendar',
  'horizon',
  'aggregation',
  'direction',
  'precision',
  'baselineUnits',
  'targetUnits',
  'granularity',
  'shape',
  'seasonality',
  'tieBreak',
  'method',
  'length',
  'firstYear',
  'firstIndex',
  'units',
  'weights',
] as const;
const METHODS: ReadonlyArray<CascadeMethod> = ['running-total', 'largest-remainder'];
const TIE_BREAKS: ReadonlyArray<TieBreak> = ['largest-weight', 'earliest', 'latest'];
/** At most one step per week of the longest horizon a document allows. */
const MAX_STEPS = documentLimits.lists.customWeights;
const SAFE = Number.MAX_SAFE_INTEGER;
const EXPECTED = 'a cascade as cascade() returns it, or its JSON';

/** A list of numbers (an array or a typed array) of at most `MAX_STEPS`, copied. */
function numbers(value: unknown, summary: string, path: IssuePath, whole: boolean): number[] {
  const list = value instanceof Float64Array || value instanceof Int32Array ? value : undefined;
  if (!Array.isArray(value) && list === undefined) {
    throw wrongType(summary, path, value, 'an array of numbers, one per step');
  }
  const items = (list ?? value) as ArrayLike<unknown>;
  if (items.length > MAX_STEPS) {
    throw argumentError(
      summary,
      'too-big',
      path,
      `More than ${MAX_STEPS} steps`,
      `${items.length} items`,
      `at most ${MAX_STEPS} items, one per step`,
      { maximum: MAX_STEPS },
    );
  }
  const out: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== 'number' || !(whole ? Number.isSafeInteger(item) : Number.isFinite(item))) {
      throw argumentError(
        summary,
        typeof item === 'number' ? 'invalid-value' : 'invalid-type',
        [...path, i],
        whole ? 'Not a whole number of units' : 'Not a finite number',
        describeReceived(item),
        whole ? `a whole number from -${SAFE} to ${SAFE}` : 'a finite number',
      );
    }
    out.push(item);
  }
  return out;
}

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
  if (!isRecord(input)) throw wrongType(summary, path, input, EXPECTED);
  for (const key in input) {
    if (Object.hasOwn(input, key) && !(FIELDS as ReadonlyArray<string>).includes(key)) {
      throw argumentError(
        summary,
        'unknown-field',
        [...path, key],
        `Unknown field ${JSON.stringify(key.slice(0, 40))} of a cascade, received ${kindOf(input[key])}`,
        describeReceived(input[key]),
        `only ${FIELDS.join(', ')}`,
      );
    }
  }
  const at = (key: string): IssuePath => [...path, key];
  const calendar = acceptCalendar(input['calendar'], summary, at('calendar'));
  const horizon = acceptValue(Horizon, input['horizon'], summary, at('horizon'));
  const granularity = checkOneOf(
    input['granularity'],
    Granularity.options,
    summary,
    at('granularity'),
  );
  const plan: Cascade = {
    objective: acceptValue(ObjectiveId, input['objective'], summary, at('objective')),
    calendar,
    horizon,
    aggregation: checkOneOf(input['aggregation'], Aggregation.options, summary, at('aggregation')),
    direction: checkOneOf(input['direction'], Direction.options, summary, at('direction')),
    precision: checkWholeNumber(input['precision'], 0, 6, summary, at('precision')),
    baselineUnits: checkWholeNumber(
      input['baselineUnits'],
      -SAFE,
      SAFE,
      summary,
      at('baselineUnits'),
    ),
    targetUnits: checkWholeNumber(input['targetUnits'], -SAFE, SAFE, summary, at('targetUnits')),
    granularity,
    shape: acceptValue(CascadeShape, input['shape'], summary, at('shape')),
    seasonality:
      input['seasonality'] === undefined
        ? undefined
        : acceptValue(Seasonality, input['seasonality'], summary, at('seasonality')),
    tieBreak: checkOneOf(input['tieBreak'], TIE_BREAKS, summary, at('tieBreak')),
    method: checkOneOf(input['method'], METHODS, summary, at('method')),
    length: checkWholeNumber(input['length'], 1, MAX_STEPS, summary, at('length')),
    firstYear: checkWholeNumber(input['firstYear'], 1900, 2200, summary, at('firstYear')),
    firstIndex: checkWholeNumber(input['firstIndex'], 1, 53, summary, at('firstIndex')),
    units: numbers(input['units'], summary, at('units'), true),
    weights: numbers(input['weights'], summary, at('weights'), false),
  };
  const grid = periodGrid(calendar, horizon, granularity);
  const found = [grid.count, grid.firstYear, grid.firstIndex];
  const given = [plan.length, plan.firstYear, plan.firstIndex];
  if (found.some((value, i) => value !== given[i])) {
    throw argumentError(
      summary,
      'invalid-value',
      at('length'),
      `The horizon has ${grid.count} periods of a ${granularity} from period ${grid.firstIndex} of ${grid.firstYear}, not ${plan.length} from period ${plan.firstIndex} of ${plan.firstYear}`,
      `length ${plan.length}, firstYear ${plan.firstYear}, firstIndex ${plan.firstIndex}`,
      `length ${grid.count}, firstYear ${grid.firstYear}, firstIndex ${grid.firstIndex}`,
    );
  }
  return makeCascade(plan, summary, path);
}
