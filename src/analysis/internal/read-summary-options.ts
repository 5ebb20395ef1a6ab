import {
  argumentError,
  checkOneOf,
  checkOptions,
  checkWholeNumber,
  describeReceived,
  isRecord,
  wrongType,
} from '../../argument-checks.js';
import { isIsoDate } from '../../calendar/day-number.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import type { SegmentField } from '../partnership-analysis.js';
import { segmentFields } from '../portfolio-schemas.js';

export const DEFAULT_SEGMENTS: ReadonlyArray<SegmentField> = Object.freeze(['tier', 'region']);
export const DEFAULT_AT_RISK_LIMIT = 100;

/** The segment fields to roll up by: distinct fields of `SegmentField`. */
export function readSegments(
  value: unknown,
  summary: string,
  path: ReadonlyArray<string>,
): ReadonlyArray<SegmentField> {
  if (value === undefined) return DEFAULT_SEGMENTS;
  if (!Array.isArray(value) || value.length > segmentFields.length) {
    throw wrongType(summary, path, value, `a list of segment fields: ${segmentFields.join(', ')}`);
  }
  const fields = value.map((field, i) => checkOneOf(field, segmentFields, summary, [...path, i]));
  const seen = new Set<string>();
  fields.forEach((field, i) => {
    if (seen.has(field)) {
      throw argumentError(
        summary,
        'duplicate-entry',
        [...path, i],
        'A segment field listed twice',
        describeReceived(field),
        'each field once',
      );
    }
    seen.add(field);
  });
  return Object.freeze(fields);
}

/** The options every portfolio summary takes: the fields to roll up by and the at-risk list's length. */
export function readRollUpOptions(
  given: Readonly<Record<string, unknown>>,
  summary: string,
): { readonly segments: ReadonlyArray<SegmentField>; readonly atRiskLimit: number } {
  return {
    segments: readSegments(given['segments'], summary, ['options', 'segments']),
    atRiskLimit:
      given['atRiskLimit'] === undefined
        ? DEFAULT_AT_RISK_LIMIT
        : checkWholeNumber(given['atRiskLimit'], 0, 10_000, summary, ['options', 'atRiskLimit']),
  };
}

/** The options of `summarizePortfolio`: `asOf` (required), `segments`, `atRiskLimit`. */
export function readSummaryOptions(options: unknown, summary: string) {
  if (!isRecord(options))
    throw wrongType(
      summary,
      ['options'],
      options,
      'options with asOf, such as { asOf: "2026-11-27" }',
    );
  const given = checkOptions(options, ['asOf', 'segments', 'atRiskLimit'], summary);
  const asOf = given['asOf'];
  if (!isIsoDate(asOf)) {
    throw argumentError(
      summary,
      typeof asOf === 'string' ? 'invalid-date' : asOf === undefined ? 'required' : 'invalid-type',
      ['options', 'asOf'],
      'Not a real calendar date in the form YYYY-MM-DD',
      describeReceived(asOf),
      'the as-of date of the rows, such as "2026-11-27"',
    );
  }
  return { asOf: asOf as IsoDate, ...readRollUpOptions(given, summary) };
}
