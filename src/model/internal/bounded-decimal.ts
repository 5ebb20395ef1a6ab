import { DecimalSchema } from '../../money/schemas.js';
import type { Decimal } from '../../money/to-decimal.js';
import { addIssue } from './document-issue.js';

/** The bounds of a decimal: a lower bound of -1 or 0 and an upper bound of 1 or 100 at most. */
export interface DecimalBounds {
  readonly min?: -1 | 0;
  readonly minExclusive?: boolean;
  readonly max?: 1 | 100;
  readonly maxExclusive?: boolean;
}

/** "from 0 to 1", "above 0", "0 or more"... */
export function rangeText(bounds: DecimalBounds): string {
  const { min, max, minExclusive = false, maxExclusive = false } = bounds;
  if (min !== undefined && max !== undefined) {
    if (!minExclusive && !maxExclusive) return `from ${min} to ${max}`;
    if (minExclusive && maxExclusive) return `strictly between ${min} and ${max}`;
    return `${minExclusive ? `above ${min}` : `at least ${min}`} and ${maxExclusive ? `below ${max}` : `at most ${max}`}`;
  }
  if (min !== undefined) return minExclusive ? `above ${min}` : `${min} or more`;
  if (max !== undefined) return maxExclusive ? `below ${max}` : `${max} or less`;
  return 'any number';
}

// JSON Schema patterns for the bounds, as lookaheads on a string that is already a decimal
// string. They are exact for plain notation ("1.5"); a value written with an exponent ("1.5e0")
// passes them, and only parsePartnership checks its bounds (see docs/documents.md).
const EXPONENT = '[^eE]*[eE]';
const lower = {
  '0': '(?!-(?!0(?:\\.0+)?(?:[eE][+-]?\\d+)?$))',
  '0x': '(?!-)(?=[^eE]*[1-9])',
  '-1x': `(?!-(?!0(?:\\.\\d+)?$)(?!${EXPONENT}))`,
} as const;
const upper = {
  '1': `(?=${EXPONENT}|-|(?:0(?:\\.\\d+)?|1(?:\\.0+)?)$)`,
  '1x': `(?=${EXPONENT}|-|0(?:\\.\\d+)?$)`,
  '100': `(?=${EXPONENT}|-|(?:\\d{1,2}(?:\\.\\d+)?|100(?:\\.0+)?)$)`,
  '100x': `(?=${EXPONENT}|-|\\d{1,2}(?:\\.\\d+)?$)`,
} as const;

/** The JSON Schema pattern of the bounds (see above). */
export function boundsPattern(bounds: DecimalBounds): string {
  const { min, max, minExclusive = false, maxExclusive = false } = bounds;
  let pattern = '^';
  if (min !== undefined) pattern += lower[`${min}${minExclusive ? 'x' : ''}` as keyof typeof lower];
  if (max !== undefined) pattern += upper[`${max}${maxExclusive ? 'x' : ''}` as keyof typeof upper];
  return pattern;
}

function below(value: Decimal, bound: number, exclusive: boolean): boolean {
  return exclusive ? value.lte(bound) : value.lt(bound);
}

function beyond(value: Decimal, bound: number, exclusive: boolean): boolean {
  return exclusive ? value.gte(bound) : value.gt(bound);
}

/**
 * A decimal string (read as a Decimal) within bounds: `too-small` or `too-big` otherwise, with the
 * bounds in the issue's params and a pattern in the JSON Schema.
 */
export function boundedDecimal(bounds: DecimalBounds, expected: string): typeof DecimalSchema {
  const { min, max, minExclusive = false, maxExclusive = false } = bounds;
  const range = rangeText(bounds);
  return DecimalSchema.superRefine((value, context) => {
    const low = min !== undefined && below(value, min, minExclusive);
    if (!low && !(max !== undefined && beyond(value, max, maxExclusive))) return;
    addIssue(context, [], {
      code: low ? 'too-small' : 'too-big',
      message: `Must be ${range}`,
      received: JSON.stringify(value.toString()),
      expected,
      params: {
        ...(min === undefined ? {} : { minimum: min, minimumIncluded: !minExclusive }),
        ...(max === undefined ? {} : { maximum: max, maximumIncluded: !maxExclusive }),
      },
    });
  }).meta({ pattern: boundsPattern(bounds) });
}
