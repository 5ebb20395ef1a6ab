/**
 * The options of the progress functions, checked once per call: strict keys, `asOf` by the day
 * API, the forecast method from its closed list, the run-rate window as a whole number, and the
 * thresholds as decimals that rise from at-risk to ahead.
 *
 * @module
 */
import {
  argumentError,
  checkOneOf,
  checkOptions,
  checkWholeNumber,
  isRecord,
  wrongType,
} from '../../argument-checks.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import type { IssuePath } from '../../errors.js';
import type { Decimal } from '../../money/to-decimal.js';
import { defaultProgressThresholds, type ProgressThresholds } from '../default-thresholds.js';
import type { ForecastMethod } from '../progress-forecast.js';
import { readDay, readDecimal } from './read-values.js';
import type { Thresholds } from './status.js';

/** The options every evaluation reads, checked and resolved. */
export interface ProgressSettings {
  readonly asOf: IsoDate;
  readonly asOfDay: number;
  readonly forecast: ForecastMethod;
  readonly runRatePeriods: number;
  readonly thresholds: Thresholds;
}

/** The keys of `EvaluateProgressOptions`. */
export const progressOptionKeys: ReadonlyArray<string> = Object.freeze([
  'asOf',
  'forecast',
  'runRatePeriods',
  'thresholds',
]);

export const forecastMethods: ReadonlyArray<ForecastMethod> = Object.freeze([
  'plan-shape',
  'run-rate',
  'trend',
] as const);

const thresholdNames = Object.keys(defaultProgressThresholds) as Array<keyof ProgressThresholds>;

/** The most periods a run-rate may average: twenty years of weeks. */
export const MAX_RUN_RATE_PERIODS = 1060;

/** The thresholds option, given (an absent one takes the precomputed defaults below). */
function readThresholds(value: unknown, summary: string, path: IssuePath): Thresholds {
  const given = checkOptions(value, thresholdNames, summary, path);
  const read = {} as Record<keyof ProgressThresholds, Decimal>;
  for (const name of thresholdNames) {
    // Only an absent threshold takes its default: `null` is refused, as any other non-decimal.
    const raw = given[name] === undefined ? defaultProgressThresholds[name] : given[name];
    read[name] = readDecimal(raw, summary, [...path, name]);
    if (read[name].isNegative()) {
      throw argumentError(
        summary,
        'too-small',
        [...path, name],
        'A threshold is never negative',
        JSON.stringify(read[name].toFixed()),
        'a decimal of 0 or more, such as "0.95"',
        { minimum: 0 },
      );
    }
  }
  if (read.atRisk.gt(read.onTrack) || read.onTrack.gt(read.ahead)) {
    throw argumentError(
      summary,
      'invalid-argument',
      path,
      'The pace thresholds must rise from atRisk to onTrack to ahead',
      `atRisk ${read.atRisk.toFixed()}, onTrack ${read.onTrack.toFixed()}, ahead ${read.ahead.toFixed()}`,
      'atRisk ≤ onTrack ≤ ahead, such as 0.8, 0.95 and 1.05',
    );
  }
  return read;
}

const defaultThresholds: Thresholds = Object.freeze({
  ahead: readDecimal(defaultProgressThresholds.ahead, '', []),
  onTrack: readDecimal(defaultProgressThresholds.onTrack, '', []),
  atRisk: readDecimal(defaultProgressThresholds.atRisk, '', []),
  achieved: readDecimal(defaultProgressThresholds.achieved, '', []),
  maintainTolerance: readDecimal(defaultProgressThresholds.maintainTolerance, '', []),
});

/**
 * Checks an options object of the progress functions (`asOf` required) and resolves it.
 *
 * @param keys - every key the function accepts (at least {@link progressOptionKeys})
 * @throws {ValidationError} naming `['options', ...]`
 */
export function readProgressOptions(
  options: unknown,
  summary: string,
  keys: ReadonlyArray<string> = progressOptionKeys,
): { readonly settings: ProgressSettings; readonly given: Readonly<Record<string, unknown>> } {
  if (!isRecord(options)) {
    throw wrongType(
      summary,
      ['options'],
      options,
      'an options object with asOf, such as { asOf: "2027-08-15" }',
    );
  }
  const given = checkOptions(options, keys, summary);
  const asOfDay = readDay(given['asOf'], summary, ['options', 'asOf']);
  const forecast =
    given['forecast'] === undefined
      ? 'plan-shape'
      : checkOneOf(given['forecast'], forecastMethods, summary, ['options', 'forecast']);
  const runRatePeriods =
    given['runRatePeriods'] === undefined
      ? 3
      : checkWholeNumber(given['runRatePeriods'], 1, MAX_RUN_RATE_PERIODS, summary, [
          'options',
          'runRatePeriods',
        ]);
  const thresholds =
    given['thresholds'] === undefined
      ? defaultThresholds
      : readThresholds(given['thresholds'], summary, ['options', 'thresholds']);
  return {
    settings: { asOf: given['asOf'] as IsoDate, asOfDay, forecast, runRatePeriods, thresholds },
    given,
  };
}
