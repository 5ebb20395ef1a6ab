/**
 * Progress results given back to the roll-up and the rows: results this library built pass at
 * once; anything else (a copy, or the JSON of a result, with decimal strings) is read field by
 * field for what those functions use, with issues naming the path.
 *
 * @module
 */
import { checkOneOf, isRecord, wrongType } from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';
import { isTrusted } from '../../model/trusted.js';
import type { Decimal } from '../../money/to-decimal.js';
import { type ProgressStatus, progressStatusOrder } from '../default-thresholds.js';
import type { ObjectiveProgress } from '../objective-progress.js';
import type { PeriodProgress } from '../period-progress.js';
import { readDate, readDecimal, readList, readText } from './read-values.js';

/** What the roll-up and the rows read of a progress result. */
export interface ProgressView {
  readonly objective: string;
  readonly weight: Decimal | null;
  readonly asOf: string;
  readonly expectedToDate: Decimal;
  readonly actualToDate: Decimal | null;
  readonly pace: Decimal | null;
  readonly attainment: Decimal | null;
  readonly status: { readonly status: ProgressStatus; readonly rule: string };
  readonly periods: ReadonlyArray<
    Pick<PeriodProgress, 'key' | 'state' | 'target' | 'actual' | 'attainment'>
  >;
  readonly findings: ReadonlyArray<{ readonly code: string; readonly message: string }>;
}

/** The most results one call reads, and the most periods one result may have. */
const MAX_RESULTS = 10_000;
const MAX_PERIODS = 10_000;
const states = ['completed', 'current', 'future'] as const;

function nullable(value: unknown, summary: string, path: IssuePath): Decimal | null {
  return value === null ? null : readDecimal(value, summary, path);
}

function record(value: unknown, summary: string, path: IssuePath, what: string) {
  if (!isRecord(value)) throw wrongType(summary, path, value, what);
  return value;
}

/** One progress result, as `evaluateProgress` returns it or as its JSON. */
export function readProgress(value: unknown, summary: string, path: IssuePath): ProgressView {
  if (isTrusted(value)) return value as ObjectiveProgress;
  const progress = record(value, summary, path, 'a progress result of evaluateProgress');
  const status = record(progress['status'], summary, [...path, 'status'], 'a status explanation');
  const periods = readList(
    progress['periods'],
    summary,
    [...path, 'periods'],
    MAX_PERIODS,
    'periods',
  );
  const findings = readList(
    progress['findings'],
    summary,
    [...path, 'findings'],
    MAX_PERIODS,
    'findings',
  );
  return {
    objective: readText(progress['objective'], summary, [...path, 'objective']),
    weight: nullable(progress['weight'], summary, [...path, 'weight']),
    asOf: readDate(progress['asOf'], summary, [...path, 'asOf']),
    expectedToDate: readDecimal(progress['expectedToDate'], summary, [...path, 'expectedToDate']),
    actualToDate: nullable(progress['actualToDate'], summary, [...path, 'actualToDate']),
    pace: nullable(progress['pace'], summary, [...path, 'pace']),
    attainment: nullable(progress['attainment'], summary, [...path, 'attainment']),
    status: {
      status: checkOneOf(status['status'], progressStatusOrder, summary, [
        ...path,
        'status',
        'status',
      ]),
      rule: readText(status['rule'], summary, [...path, 'status', 'rule'], 10_000),
    },
    periods: periods.map((item, i) => {
      const at = [...path, 'periods', i];
      const period = record(item, summary, at, 'a period of the progress');
      return {
        key: readText(period['key'], summary, [...at, 'key'], 10),
        state: checkOneOf(period['state'], states, summary, [...at, 'state']),
        target: readDecimal(period['target'], summary, [...at, 'target']),
        actual: nullable(period['actual'], summary, [...at, 'actual']),
        attainment: nullable(period['attainment'], summary, [...at, 'attainment']),
      };
    }),
    findings: findings.map((item, i) => {
      const at = [...path, 'findings', i];
      const finding = record(item, summary, at, 'a finding');
      return {
        code: readText(finding['code'], summary, [...at, 'code']),
        message: readText(finding['message'], summary, [...at, 'message'], 10_000),
      };
    }),
  };
}

/** A list of progress results (the caller has checked that it is an array). */
export function readProgressList(
  value: ReadonlyArray<unknown>,
  summary: string,
  path: IssuePath,
): ReadonlyArray<ProgressView> {
  const list = readList(value, summary, path, MAX_RESULTS, 'progress results');
  return list.map((item, i) => readProgress(item, summary, [...path, i]));
}
