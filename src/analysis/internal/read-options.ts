/**
 * The options of the analysis functions, checked once per call (and once per portfolio): strict
 * keys in every group, `asOf` a real ISO date, modes from their closed lists, decimals where they
 * belong. What an engine checks itself (progress thresholds, alignment settings, the utilization
 * ceiling) is checked there, and its issues are moved under the group's path (see
 * `under-option.ts`).
 *
 * @module
 */
import {
  argumentError,
  checkOneOf,
  checkOptions,
  checkWholeNumber,
  describeReceived,
  isRecord,
  wrongType,
} from '../../argument-checks.js';
import { checkAsOf } from '../../calendar/check-as-of.js';
import { toDayNumber } from '../../calendar/day-number.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import { Granularity } from '../../calendar/period.js';
import type { ReplanOptions, ReplanPolicy } from '../../cascade/replan-options.js';
import { type IssuePath, isPartnerAlignmentError } from '../../errors.js';
import type { TieBreak } from '../../money/allocate.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';
import { defaultProgressThresholds } from '../../progress/default-thresholds.js';
import type { ImprovementsMode } from '../analyze-partnership-options.js';
import { type DiagnosisSettings, defaultDiagnosisSettings } from '../diagnosis-settings.js';

/** The options of an analysis, checked and resolved. */
export interface AnalysisSettings {
  readonly asOf: IsoDate;
  readonly asOfDay: number;
  /** The progress options as given (without `asOf`), for the progress engine. */
  readonly progress: Readonly<Record<string, unknown>>;
  /** The lowest paces of `on-track` and `at-risk` (progress thresholds as given, else defaults). */
  readonly onTrack: Decimal;
  readonly atRisk: Decimal;
  /** The alignment settings overrides as given (the same object every call, so alignment reads them once). */
  readonly alignmentSettings: unknown;
  readonly motives: number | undefined;
  readonly economicsSource: 'plan' | 'goals' | 'actuals';
  readonly utilizationCeiling: unknown;
  readonly granularity: Granularity;
  readonly replan: ReplanOptions;
  readonly diagnosis: { readonly [K in keyof DiagnosisSettings]: Decimal };
  readonly improvements: ImprovementsMode;
}

export const analysisOptionKeys: ReadonlyArray<string> = Object.freeze([
  'asOf',
  'progress',
  'alignment',
  'economics',
  'cascade',
  'diagnosis',
  'improvements',
]);

const IMPROVEMENTS: ReadonlyArray<ImprovementsMode> = ['all', 'at-risk', 'none'];
const SOURCES: ReadonlyArray<'plan' | 'goals' | 'actuals'> = ['plan', 'goals', 'actuals'];
const POLICIES: ReadonlyArray<ReplanPolicy> = ['spread', 'keep-shape', 'carry-forward', 'reset'];
const TIE_BREAKS: ReadonlyArray<TieBreak> = ['largest-weight', 'earliest', 'latest'];

/** A decimal option within `[min, max]` (max optional), or its issue at `path`. */
function decimalIn(
  value: unknown,
  summary: string,
  path: IssuePath,
  expected: string,
  max?: number,
): Decimal {
  let read: Decimal | undefined;
  try {
    if (typeof value === 'string' || isRecord(value)) read = toDecimal(value as string);
  } catch (error) {
    if (!isPartnerAlignmentError(error)) throw error;
  }
  if (read === undefined) {
    if (typeof value !== 'string') throw wrongType(summary, path, value, expected);
    throw argumentError(
      summary,
      'invalid-decimal',
      path,
      'Not a decimal',
      describeReceived(value),
      expected,
    );
  }
  if (read.isNegative() || (max !== undefined && read.gt(max))) {
    throw argumentError(
      summary,
      read.isNegative() ? 'too-small' : 'too-big',
      path,
      read.isNegative() ? 'Must not be negative' : `Above the maximum of ${max}`,
      describeReceived(value),
      expected,
    );
  }
  return read;
}

function group(
  options: Readonly<Record<string, unknown>>,
  name: string,
  keys: ReadonlyArray<string>,
  summary: string,
): Readonly<Record<string, unknown>> {
  return checkOptions(options[name], keys, summary, ['options', name]);
}

function readReplan(value: unknown, summary: string): ReplanOptions {
  const path = ['options', 'cascade', 'replan'];
  const given = checkOptions(value, ['policy', 'cap', 'tieBreak'], summary, path);
  const policy =
    given['policy'] === undefined
      ? 'keep-shape'
      : checkOneOf(given['policy'], POLICIES, summary, [...path, 'policy']);
  const tieBreak =
    given['tieBreak'] === undefined
      ? undefined
      : checkOneOf(given['tieBreak'], TIE_BREAKS, summary, [...path, 'tieBreak']);
  const cap =
    given['cap'] === undefined
      ? undefined
      : decimalIn(given['cap'], summary, [...path, 'cap'], 'a ratio of 0 or more, such as "0.25"');
  return {
    policy,
    ...(cap === undefined ? {} : { cap }),
    ...(tieBreak === undefined ? {} : { tieBreak }),
  };
}

/** A progress threshold as given, or its default when absent or not a decimal (progress refuses those). */
function threshold(given: unknown, name: 'onTrack' | 'atRisk'): Decimal {
  const value = isRecord(given) ? given[name] : undefined;
  try {
    if (value !== undefined) return toDecimal(value as string);
  } catch (error) {
    if (!isPartnerAlignmentError(error)) throw error;
  }
  return toDecimal(defaultProgressThresholds[name]);
}

/**
 * Checks the options of an analysis function and resolves them.
 *
 * @param extra - the function's own keys besides {@link analysisOptionKeys}
 * @throws {ValidationError} naming `['options', ...]`
 */
export function readAnalysisOptions(
  options: unknown,
  summary: string,
  extra: ReadonlyArray<string> = [],
  defaultImprovements: ImprovementsMode = 'all',
): { readonly settings: AnalysisSettings; readonly given: Readonly<Record<string, unknown>> } {
  if (!isRecord(options)) {
    throw wrongType(
      summary,
      ['options'],
      options,
      'an options object with asOf, such as { asOf: "2026-11-27" }',
    );
  }
  const given = checkOptions(options, [...analysisOptionKeys, ...extra], summary);
  const asOf = checkAsOf(given['asOf'], summary, 'analyse on');
  const progress = group(given, 'progress', ['forecast', 'runRatePeriods', 'thresholds'], summary);
  const alignment = group(given, 'alignment', ['settings', 'motives'], summary);
  const economics = group(given, 'economics', ['source', 'utilizationCeiling'], summary);
  const cascade = group(given, 'cascade', ['granularity', 'replan'], summary);
  const diagnosis = group(given, 'diagnosis', Object.keys(defaultDiagnosisSettings), summary);
  const motives =
    alignment['motives'] === undefined
      ? undefined
      : checkWholeNumber(alignment['motives'], 0, 100, summary, [
          'options',
          'alignment',
          'motives',
        ]);
  const resolved = {} as Record<keyof DiagnosisSettings, Decimal>;
  for (const key of Object.keys(defaultDiagnosisSettings) as Array<keyof DiagnosisSettings>) {
    resolved[key] = decimalIn(
      diagnosis[key] === undefined ? defaultDiagnosisSettings[key] : diagnosis[key],
      summary,
      ['options', 'diagnosis', key],
      'a decimal string from 0 to 1, such as "0.5"',
      1,
    );
  }
  return {
    settings: {
      asOf,
      asOfDay: toDayNumber(asOf),
      progress,
      onTrack: threshold(progress['thresholds'], 'onTrack'),
      atRisk: threshold(progress['thresholds'], 'atRisk'),
      alignmentSettings: alignment['settings'],
      motives,
      economicsSource:
        economics['source'] === undefined
          ? 'plan'
          : checkOneOf(economics['source'], SOURCES, summary, ['options', 'economics', 'source']),
      utilizationCeiling: economics['utilizationCeiling'],
      granularity:
        cascade['granularity'] === undefined
          ? 'quarter'
          : checkOneOf(cascade['granularity'], Granularity.options, summary, [
              'options',
              'cascade',
              'granularity',
            ]),
      replan: readReplan(cascade['replan'], summary),
      diagnosis: resolved,
      improvements:
        given['improvements'] === undefined
          ? defaultImprovements
          : checkOneOf(given['improvements'], IMPROVEMENTS, summary, ['options', 'improvements']),
    },
    given,
  };
}
