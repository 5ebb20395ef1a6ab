import { ValidationError, type ValidationIssueInput } from '../../errors.js';
import type { MotiveId } from '../../model/motive.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';
import {
  type AlignmentComponentId,
  type AlignmentGrade,
  type AlignmentSettings,
  type AlignmentSettingsOverrides,
  type ContributionStrength,
  defaultAlignmentSettings,
} from '../alignment-settings.js';
import type { Archetype } from './partnership.js';

type Decimals<T> = { readonly [K in keyof T]: T[K] extends string ? Decimal : T[K] };

/** The settings with every decimal string read as a Decimal, checked once. */
export interface ResolvedSettings {
  readonly profiles: Readonly<Record<Archetype, ReadonlyArray<readonly [MotiveId, Decimal]>>>;
  readonly strengthCoverage: Readonly<Record<ContributionStrength, Decimal>>;
  readonly derivedStrength: ContributionStrength;
  readonly commitmentFactor: Decimal;
  readonly componentWeights: Readonly<Record<AlignmentComponentId, Decimal>>;
  readonly economics: Decimals<AlignmentSettings['economics']>;
  readonly mutuality: Decimals<AlignmentSettings['mutuality']>;
  readonly governance: Decimals<AlignmentSettings['governance']>;
  readonly clarity: Decimals<AlignmentSettings['clarity']>;
  readonly grades: ReadonlyArray<{ readonly grade: AlignmentGrade; readonly min: Decimal }>;
  readonly unservedMotiveWeight: Decimal;
}

const RATIO = 'a decimal string from 0 to 1 such as "0.25"';

/** Merges overrides into the defaults and reads every number, listing every problem at once. */
export function resolveSettings(overrides: AlignmentSettingsOverrides = {}): ResolvedSettings {
  const d = defaultAlignmentSettings;
  const merged: AlignmentSettings = {
    profiles: { ...d.profiles, ...overrides.profiles },
    strengthCoverage: { ...d.strengthCoverage, ...overrides.strengthCoverage },
    derivedStrength: overrides.derivedStrength ?? d.derivedStrength,
    commitmentFactor: overrides.commitmentFactor ?? d.commitmentFactor,
    componentWeights: { ...d.componentWeights, ...overrides.componentWeights },
    economics: { ...d.economics, ...overrides.economics },
    mutuality: { ...d.mutuality, ...overrides.mutuality },
    governance: { ...d.governance, ...overrides.governance },
    clarity: { ...d.clarity, ...overrides.clarity },
    grades: overrides.grades ?? d.grades,
    unservedMotiveWeight: overrides.unservedMotiveWeight ?? d.unservedMotiveWeight,
  };
  const issues: ValidationIssueInput[] = [];
  const read = (
    value: string,
    path: ReadonlyArray<string | number>,
    expected = RATIO,
    max: Decimal | undefined = ONE,
  ): Decimal => {
    try {
      const decimal = toDecimal(value);
      if (decimal.isNegative() || (max !== undefined && decimal.gt(max))) {
        issues.push({
          code: 'too-big',
          path,
          message: 'Out of range',
          received: JSON.stringify(value),
          expected,
        });
      }
      return decimal;
    } catch {
      issues.push({
        code: 'invalid-decimal',
        path,
        message: 'Not a decimal number',
        received: JSON.stringify(value),
        expected,
      });
      return ZERO;
    }
  };
  const section = <T extends object>(name: string, value: T, summing: ReadonlyArray<keyof T>) => {
    const out: Record<string, unknown> = {};
    const before = issues.length;
    for (const [key, field] of Object.entries(value)) {
      out[key] = typeof field === 'string' ? read(field, [name, key]) : field;
    }
    // A sum over an unreadable weight would only repeat the problem already listed.
    if (issues.length === before) {
      sumsToOne(
        summing.map((key) => out[key as string] as Decimal),
        [name],
        issues,
      );
    }
    return out as Decimals<T>;
  };

  const profiles = {} as Record<Archetype, ReadonlyArray<readonly [MotiveId, Decimal]>>;
  for (const [archetype, row] of Object.entries(merged.profiles) as Array<
    [Archetype, Readonly<Record<string, string>>]
  >) {
    const entries = Object.entries(row).map(
      ([motive, weight]) =>
        [motive as MotiveId, read(weight, ['profiles', archetype, motive])] as const,
    );
    sumsToOne(
      entries.map(([, weight]) => weight),
      ['profiles', archetype],
      issues,
    );
    profiles[archetype] = entries;
  }
  const strengthCoverage = section('strengthCoverage', merged.strengthCoverage, []);
  const componentWeights = section('componentWeights', merged.componentWeights, [
    'motive-fit',
    'economics',
    'mutuality',
    'governance',
    'clarity',
  ]);
  const economics: Decimals<AlignmentSettings['economics']> = {
    atBenchmark: read(merged.economics.atBenchmark, ['economics', 'atBenchmark'], SCORE, HUNDRED),
    gateOpen: read(merged.economics.gateOpen, ['economics', 'gateOpen'], RATIO, undefined),
    gateClosed: read(merged.economics.gateClosed, ['economics', 'gateClosed']),
    bottomCap: read(merged.economics.bottomCap, ['economics', 'bottomCap'], SCORE, HUNDRED),
  };
  if (!economics.gateClosed.lt(economics.gateOpen)) {
    issues.push({
      code: 'invalid-argument',
      path: ['economics', 'gateClosed'],
      message: 'The gate must close below the ratio where it opens',
      received: JSON.stringify(merged.economics.gateClosed),
      expected: `a ratio below gateOpen (${merged.economics.gateOpen})`,
    });
  }
  const mutuality = section('mutuality', merged.mutuality, [
    'agreedGoals',
    'bothSidesCommit',
    'commitmentsTied',
  ]);
  const governance = section('governance', merged.governance, [
    'sponsors',
    'strategicCadence',
    'reviewsOnSchedule',
  ]);
  const clarity = section('clarity', merged.clarity, [
    'purpose',
    'horizon',
    'opportunity',
    'objectivesTied',
  ]);
  if (!Object.hasOwn(strengthCoverage, merged.derivedStrength)) {
    issues.push({
      code: 'invalid-value',
      path: ['derivedStrength'],
      message: 'Not a contribution strength',
      received: JSON.stringify(merged.derivedStrength),
      expected: '"weak", "moderate" or "strong"',
    });
  }
  const days = merged.clarity.minimumHorizonDays;
  if (!Number.isInteger(days) || days < 0) {
    issues.push({
      code: 'not-an-integer',
      path: ['clarity', 'minimumHorizonDays'],
      message: 'Not a whole number of days',
      received: typeof days === 'number' ? String(days) : JSON.stringify(days),
      expected: 'a whole number of days, 0 or more, such as 365',
    });
  }
  const grades = merged.grades.map((band, index) => ({
    grade: band.grade,
    min: read(band.min, ['grades', index, 'min'], SCORE, HUNDRED),
  }));
  const last = grades[grades.length - 1];
  const descending = grades.every(
    (band, index) => index === 0 || band.min.lt(grades[index - 1]?.min ?? band.min),
  );
  if (last === undefined || !last.min.isZero() || !descending) {
    issues.push({
      code: 'invalid-argument',
      path: ['grades'],
      message: 'Grade bands must go from the best down, the last one starting at 0',
      received: JSON.stringify(merged.grades.map((band) => band.min)),
      expected: 'strictly decreasing minimums ending with "0"',
    });
  }
  const settings: ResolvedSettings = {
    profiles,
    strengthCoverage,
    derivedStrength: merged.derivedStrength,
    commitmentFactor: read(merged.commitmentFactor, ['commitmentFactor']),
    componentWeights,
    economics,
    mutuality,
    governance,
    clarity,
    grades,
    unservedMotiveWeight: read(merged.unservedMotiveWeight, ['unservedMotiveWeight']),
  };
  if (issues.length > 0) throw new ValidationError('Invalid alignment settings', issues);
  return settings;
}

const ZERO = toDecimal(0);
const ONE = toDecimal(1);
const HUNDRED = toDecimal(100);
const SCORE = 'a decimal string from 0 to 100 such as "40"';

function sumsToOne(
  weights: ReadonlyArray<Decimal>,
  path: ReadonlyArray<string | number>,
  issues: ValidationIssueInput[],
): void {
  if (weights.length === 0) return;
  const sum = weights.reduce((total, weight) => total.plus(weight), ZERO);
  if (!sum.eq(ONE)) {
    issues.push({
      code: 'sum-not-one',
      path,
      message: `Weights must sum to 1 (they sum to ${sum.toFixed()})`,
      received: sum.toFixed(),
      expected: 'weights summing to exactly 1',
    });
  }
}
