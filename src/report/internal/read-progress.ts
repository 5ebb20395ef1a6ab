/**
 * Progress results as the report reads them: one `ObjectiveProgress`, a list of them, or a
 * `PartnershipProgress`, as the progress engine returns them (passed at once) or as their JSON
 * (read field by field for what the rows and charts use).
 *
 * @module
 */
import { checkOneOf, isRecord } from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';
import { isTrusted } from '../../model/trusted.js';
import type { Decimal } from '../../money/to-decimal.js';
import { progressStatusOrder } from '../../progress/default-thresholds.js';
import type { PartnershipProgress } from '../../progress/evaluate-partnership-progress.js';
import type { ObjectiveProgress } from '../../progress/objective-progress.js';
import {
  readDate,
  readDecimal,
  readList,
  readNullableDecimal,
  readNullableText,
  readRecord,
  readText,
} from './read-values.js';

/** What the report reads of one objective's progress. */
export type ProgressView = Pick<
  ObjectiveProgress,
  | 'objective'
  | 'name'
  | 'kind'
  | 'direction'
  | 'asOf'
  | 'planEnd'
  | 'expectedToDate'
  | 'actualToDate'
  | 'gap'
  | 'pace'
  | 'attainment'
> & {
  readonly periods: ReadonlyArray<{
    readonly key: string;
    readonly state: 'completed' | 'current' | 'future';
    readonly target: Decimal;
    readonly planned: Decimal;
    readonly actual: Decimal | null;
    readonly attainment: Decimal | null;
  }>;
  readonly status: {
    readonly status: ObjectiveProgress['status']['status'];
    readonly rule: string;
  };
  readonly forecast: { readonly method: string; readonly value: Decimal | null };
  readonly requiredRate: { readonly ratio: Decimal | null };
  readonly straightLine: {
    readonly status: ObjectiveProgress['status']['status'];
    readonly pace: Decimal | null;
  };
};

/** The progress argument of a report function. */
export type ProgressInput =
  | ObjectiveProgress
  | ReadonlyArray<ObjectiveProgress>
  | PartnershipProgress;

const kinds = ['flow', 'stock', 'average'] as const;
const directions = ['increase', 'decrease', 'maintain'] as const;
const states = ['completed', 'current', 'future'] as const;
const methods = ['plan-shape', 'run-rate', 'trend'] as const;

function readOne(value: unknown, summary: string, path: IssuePath): ProgressView {
  if (isTrusted(value)) return value as ObjectiveProgress;
  const p = readRecord(value, summary, path, 'a progress result of evaluateProgress');
  const at = (...rest: Array<string | number>) => [...path, ...rest];
  const status = readRecord(p['status'], summary, at('status'), 'a status explanation');
  const forecast = readRecord(p['forecast'], summary, at('forecast'), 'a forecast');
  const rate = readRecord(p['requiredRate'], summary, at('requiredRate'), 'a required rate');
  const line = readRecord(p['straightLine'], summary, at('straightLine'), 'a straight line');
  return {
    objective: readText(
      p['objective'],
      summary,
      at('objective'),
      100,
      1,
    ) as ProgressView['objective'],
    name: readNullableText(p['name'], summary, at('name')),
    kind: checkOneOf(p['kind'], kinds, summary, at('kind')),
    direction: checkOneOf(p['direction'], directions, summary, at('direction')),
    asOf: readDate(p['asOf'], summary, at('asOf')),
    planEnd: readDate(p['planEnd'], summary, at('planEnd')),
    expectedToDate: readDecimal(p['expectedToDate'], summary, at('expectedToDate')),
    actualToDate: readNullableDecimal(p['actualToDate'], summary, at('actualToDate')),
    gap: readNullableDecimal(p['gap'], summary, at('gap')),
    pace: readNullableDecimal(p['pace'], summary, at('pace')),
    attainment: readNullableDecimal(p['attainment'], summary, at('attainment')),
    periods: readList(p['periods'], summary, at('periods'), 'periods').map((item, i) => {
      const q = readRecord(item, summary, at('periods', i), 'a period of the progress');
      const here = (key: string) => at('periods', i, key);
      return {
        key: readText(q['key'], summary, here('key'), 12, 4),
        state: checkOneOf(q['state'], states, summary, here('state')),
        target: readDecimal(q['target'], summary, here('target')),
        planned: readDecimal(q['planned'], summary, here('planned')),
        actual: readNullableDecimal(q['actual'], summary, here('actual')),
        attainment: readNullableDecimal(q['attainment'], summary, here('attainment')),
      };
    }),
    status: {
      status: checkOneOf(status['status'], progressStatusOrder, summary, at('status', 'status')),
      rule: readText(status['rule'], summary, at('status', 'rule')),
    },
    forecast: {
      method: checkOneOf(forecast['method'], methods, summary, at('forecast', 'method')),
      value: readNullableDecimal(forecast['value'], summary, at('forecast', 'value')),
    },
    requiredRate: {
      ratio: readNullableDecimal(rate['ratio'], summary, at('requiredRate', 'ratio')),
    },
    straightLine: {
      status: checkOneOf(
        line['status'],
        progressStatusOrder,
        summary,
        at('straightLine', 'status'),
      ),
      pace: readNullableDecimal(line['pace'], summary, at('straightLine', 'pace')),
    },
  };
}

/**
 * The objectives' progress, in order, from one result, a list of them, or a partnership's
 * progress (its `objectives`).
 */
export function readProgressInput(
  value: unknown,
  summary: string,
  path: IssuePath = ['progress'],
): ReadonlyArray<ProgressView> {
  if (Array.isArray(value)) {
    return readList(value, summary, path, 'progress results').map((item, i) =>
      readOne(item, summary, [...path, i]),
    );
  }
  if (isRecord(value) && Array.isArray(value['objectives'])) {
    const list = readList(
      value['objectives'],
      summary,
      [...path, 'objectives'],
      'progress results',
    );
    return list.map((item, i) => readOne(item, summary, [...path, 'objectives', i]));
  }
  return [readOne(value, summary, path)];
}
