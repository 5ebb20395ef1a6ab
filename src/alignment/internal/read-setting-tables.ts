import { describeReceived } from '../../argument-checks.js';
import { MotiveId } from '../../model/motive.js';
import type { Decimal } from '../../money/to-decimal.js';
import { defaultAlignmentSettings } from '../default-alignment-settings.js';
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

/** The profile rows: defaults, with overridden rows replaced whole, each summing to 1. */
export function readProfiles(
  issues: Issues,
  o: Readonly<Record<string, unknown>>,
): ResolvedSettings['profiles'] {
  const defaults = defaultAlignmentSettings.profiles;
  const archetypes = Object.keys(defaults);
  const given = sectionOf(issues, o['profiles'], ['profiles'], archetypes, 'an object of rows');
  const profiles: Record<string, ReadonlyArray<readonly [MotiveId, Decimal]>> = {};
  for (const archetype of archetypes) {
    const path = ['profiles', archetype];
    const row = Object.hasOwn(given, archetype)
      ? sectionOf(issues, given[archetype], path, undefined, 'an object of motive weights')
      : (defaults[archetype as keyof typeof defaults] as Readonly<Record<string, unknown>>);
    const before = issues.list.length;
    const entries = Object.entries(row).map(([motive, weight]) => {
      if (!MotiveId.safeParse(motive).success) {
        report(issues, [...path, motive], {
          code: 'invalid-value',
          message: 'Not a known motive',
          received: describeReceived(motive),
          expected: 'a built-in motive such as "retention", or "custom:<kebab-case-name>"',
        });
      }
      return [motive as MotiveId, decimalAt(issues, weight, [...path, motive])] as const;
    });
    if (issues.list.length === before) {
      sumsToOne(
        issues,
        entries.map(([, weight]) => weight),
        path,
      );
    }
    profiles[archetype] = entries;
  }
  return profiles as ResolvedSettings['profiles'];
}

/** The grade bands, best first, ending at 0. */
export function readGrades(issues: Issues, value: unknown): ResolvedSettings['grades'] {
  if (!Array.isArray(value) || value.length === 0 || value.length > 26) {
    report(issues, ['grades'], {
      code: 'invalid-type',
      message: 'Expected a list of grade bands',
      received: describeReceived(value),
      expected: 'from 1 to 26 bands { grade, min }, best first',
    });
    return [];
  }
  const grades = value.map((band: unknown, index) => {
    const b = sectionOf(
      issues,
      band,
      ['grades', index],
      ['grade', 'min'],
      'an object { grade, min }',
    );
    return {
      grade: oneOf(issues, b['grade'], ['grades', index, 'grade'], ['A', 'B', 'C', 'D', 'E'], 'E'),
      min: decimalAt(issues, b['min'], ['grades', index, 'min'], SCORE, HUNDRED),
    };
  });
  const last = grades[grades.length - 1];
  const descending = grades.every(
    (band, index) => index === 0 || band.min.lt(grades[index - 1]?.min ?? band.min),
  );
  if (last === undefined || !last.min.isZero() || !descending) {
    report(issues, ['grades'], {
      code: 'invalid-argument',
      message: 'Grade bands must go from the best down, the last one starting at 0',
      received: JSON.stringify(grades.map((band) => band.min.toFixed())),
      expected: 'strictly decreasing minimums ending with "0"',
    });
  }
  return grades;
}
