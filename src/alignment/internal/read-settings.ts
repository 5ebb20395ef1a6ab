import { describeReceived } from '../../argument-checks.js';
import { type IssuePath, ValidationError } from '../../errors.js';
import type { Decimal } from '../../money/to-decimal.js';
import { defaultAlignmentSettings } from '../default-alignment-settings.js';
import { readGrades, readProfiles } from './read-setting-tables.js';
import type { ResolvedSettings } from './resolve-settings.js';
import {
  decimalAt,
  HUNDRED,
  type Issues,
  oneOf,
  report,
  SCORE,
  sectionOf,
  sumsToOne,
} from './setting-issues.js';

/** A section of decimal fields merged over its defaults, optionally summing a subset to 1. */
function decimalSection<T extends Readonly<Record<string, string | number>>>(
  issues: Issues,
  overrides: Readonly<Record<string, unknown>>,
  name: string,
  defaults: T,
  summing: ReadonlyArray<keyof T & string>,
  ranges: Readonly<Record<string, readonly [string, Decimal]>> = {},
): { readonly [K in keyof T]: T[K] extends string ? Decimal : T[K] } {
  const given = sectionOf(issues, overrides[name], [name], Object.keys(defaults), 'an object');
  const before = issues.list.length;
  const out: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = Object.hasOwn(given, key) ? given[key] : fallback;
    if (typeof fallback === 'number') {
      out[key] = value;
      continue;
    }
    // Without a range, decimalAt reads a ratio from 0 to 1.
    const [expected, max] = ranges[key] ?? [];
    out[key] = decimalAt(issues, value, [name, key], expected, max);
  }
  // A sum over an unreadable weight would only repeat the problem already listed.
  if (issues.list.length === before) {
    sumsToOne(
      issues,
      summing.map((key) => out[key] as Decimal),
      [name],
    );
  }
  return out as { readonly [K in keyof T]: T[K] extends string ? Decimal : T[K] };
}

/**
 * Merges overrides into the defaults and reads every value, listing every problem at once:
 * unknown keys, malformed decimals, values out of range, weights not summing to 1.
 *
 * @throws {ValidationError} with the issues, paths under `path`
 */
export function readSettings(
  overrides: unknown,
  summary: string,
  path: IssuePath,
): ResolvedSettings {
  const d = defaultAlignmentSettings;
  const issues: Issues = { base: path, list: [] };
  const o = sectionOf(issues, overrides, [], Object.keys(d), 'an object of setting overrides');
  const profiles = readProfiles(issues, o);
  const strengthCoverage = decimalSection(issues, o, 'strengthCoverage', d.strengthCoverage, []);
  const commitmentStatusCredit = decimalSection(
    issues,
    o,
    'commitmentStatusCredit',
    d.commitmentStatusCredit,
    [],
  );
  const componentWeights = decimalSection(issues, o, 'componentWeights', d.componentWeights, [
    'motive-fit',
    'economics',
    'mutuality',
    'governance',
    'clarity',
  ]);
  const economics = decimalSection(issues, o, 'economics', d.economics, [], {
    atBenchmark: [SCORE, HUNDRED],
    bottomCap: [SCORE, HUNDRED],
  });
  if (!economics.gateClosed.lt(economics.gateOpen)) {
    report(issues, ['economics', 'gateClosed'], {
      code: 'invalid-argument',
      message: 'The gate must close below the ratio where it opens',
      received: economics.gateClosed.toFixed(),
      expected: `a ratio below gateOpen (${economics.gateOpen.toFixed()})`,
    });
  }
  if (economics.fullGateShare.isZero()) {
    report(issues, ['economics', 'fullGateShare'], {
      code: 'too-small',
      message: 'The share at which the gate applies in full must be above 0',
      received: '"0"',
      expected: 'a decimal string above 0 and at most 1 such as "0.5"',
    });
  }
  const mutuality = decimalSection(issues, o, 'mutuality', d.mutuality, [
    'agreedGoals',
    'bothSidesCommit',
    'commitmentsTied',
  ]);
  const governance = decimalSection(issues, o, 'governance', d.governance, [
    'sponsors',
    'strategicCadence',
    'reviewsOnSchedule',
  ]);
  const clarity = decimalSection(issues, o, 'clarity', d.clarity, [
    'purpose',
    'horizon',
    'opportunity',
    'objectivesTied',
  ]);
  const days = clarity.minimumHorizonDays as unknown;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 36_600) {
    report(issues, ['clarity', 'minimumHorizonDays'], {
      code: typeof days === 'number' ? 'not-an-integer' : 'invalid-type',
      message: 'Not a whole number of days',
      received: describeReceived(days),
      expected: 'a whole number of days from 0 to 36600, such as 365',
    });
  }
  const settings: ResolvedSettings = {
    profiles,
    strengthCoverage,
    derivedStrength: oneOf(
      issues,
      o['derivedStrength'] === undefined ? d.derivedStrength : o['derivedStrength'],
      ['derivedStrength'],
      ['weak', 'moderate', 'strong'],
      'moderate',
    ),
    objectiveWeights: oneOf(
      issues,
      o['objectiveWeights'] === undefined ? d.objectiveWeights : o['objectiveWeights'],
      ['objectiveWeights'],
      ['weighted', 'equal'],
      'weighted',
    ),
    commitmentFactor: decimalAt(
      issues,
      o['commitmentFactor'] === undefined ? d.commitmentFactor : o['commitmentFactor'],
      ['commitmentFactor'],
    ),
    commitmentStatusCredit,
    componentWeights,
    economics,
    mutuality,
    governance,
    clarity,
    grades: readGrades(issues, o['grades'] === undefined ? d.grades : o['grades']),
    unservedMotiveWeight: decimalAt(
      issues,
      o['unservedMotiveWeight'] === undefined ? d.unservedMotiveWeight : o['unservedMotiveWeight'],
      ['unservedMotiveWeight'],
    ),
  };
  if (issues.list.length > 0) throw new ValidationError(summary, issues.list);
  return settings;
}
