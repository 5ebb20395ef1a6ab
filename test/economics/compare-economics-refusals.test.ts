import { describe, expect, it } from 'vitest';
import { compareEconomics, computeEconomics, isValidationError } from '../../src/index.js';
import { northwind } from './fixtures.js';

/** The issues `compareEconomics` raises for a second scenario, or the result it returns. */
const issuesFor = (b: unknown) => {
  const economics = computeEconomics(northwind());
  try {
    return compareEconomics(economics, b as never);
  } catch (error) {
    if (isValidationError(error)) return error.issues;
    throw error;
  }
};

/** Northwind's economics in JSON, with its total changed. */
const withTotal = (change: Record<string, unknown>) => {
  const json = JSON.parse(JSON.stringify(computeEconomics(northwind())));
  return { ...json, total: { ...json.total, ...change } };
};

describe('compareEconomics', () => {
  it('says what it expects of a scenario that is not an object or has no total', () => {
    expect(issuesFor(42)).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "economics from computeEconomics",
          "label": "B",
          "message": "Expected economics from computeEconomics, received a number",
          "params": {},
          "path": [
            "b",
          ],
          "received": "42",
        },
      ]
    `);
    expect(issuesFor({ total: 'all' })).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "an object",
          "label": "B › Total",
          "message": "Expected an object, received a string",
          "params": {},
          "path": [
            "b",
            "total",
          ],
          "received": ""all"",
        },
      ]
    `);
  });

  it('names the total’s revenue when it is not money', () => {
    expect(issuesFor(withTotal({ revenue: 5 }))).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "money { amount, currency }",
          "label": "B › Total › Revenue",
          "message": "Expected money { amount, currency }, received a number",
          "params": {},
          "path": [
            "b",
            "total",
            "revenue",
          ],
          "received": "5",
        },
      ]
    `);
  });

  it('says what a margin share may be, and names its value when that is not a decimal', () => {
    expect(issuesFor(withTotal({ marginShare: null }))).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "{ kind: 'share', value } or { kind: 'undefined', value: null, reason }",
          "label": "B › Total › Margin share",
          "message": "Expected { kind: 'share', value } or { kind: 'undefined', value: null, reason }, received null",
          "params": {},
          "path": [
            "b",
            "total",
            "marginShare",
          ],
          "received": "null",
        },
      ]
    `);
    expect(
      issuesFor(withTotal({ marginShare: { kind: 'share', value: 'x' } })),
    ).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-decimal",
          "expected": "a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal",
          "label": "B › Total › Margin share › Value",
          "message": "Not a decimal number",
          "params": {},
          "path": [
            "b",
            "total",
            "marginShare",
            "value",
          ],
          "received": ""x"",
        },
      ]
    `);
  });

  it('refuses a margin share without a value unless it says why, and one of another kind', () => {
    expect(
      issuesFor(withTotal({ marginShare: { kind: 'undefined', value: null } })),
    ).toMatchInlineSnapshot(`
      [
        {
          "code": "required",
          "expected": "a string: why there is no share",
          "label": "B › Total › Margin share › Reason",
          "message": "Missing; expected a string: why there is no share",
          "params": {},
          "path": [
            "b",
            "total",
            "marginShare",
            "reason",
          ],
          "received": "undefined",
        },
      ]
    `);
    expect(
      issuesFor(withTotal({ marginShare: { kind: 'undefined', value: null, reason: 7 } })),
    ).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "a string: why there is no share",
          "label": "B › Total › Margin share › Reason",
          "message": "Expected a string: why there is no share, received a number",
          "params": {},
          "path": [
            "b",
            "total",
            "marginShare",
            "reason",
          ],
          "received": "7",
        },
      ]
    `);
    expect(
      issuesFor(withTotal({ marginShare: { kind: 'none', value: null, reason: 'no profit' } })),
    ).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "{ kind: 'share', value } or { kind: 'undefined', value: null, reason }",
          "label": "B › Total › Margin share",
          "message": "Expected { kind: 'share', value } or { kind: 'undefined', value: null, reason }, received an object",
          "params": {},
          "path": [
            "b",
            "total",
            "marginShare",
          ],
          "received": "an object",
        },
      ]
    `);
  });

  it('says what the total’s source lines must be, naming a line by its index', () => {
    const { total } = withTotal({});
    const [first, ...rest] = total.sources;
    expect(issuesFor(withTotal({ sources: 'all' }))).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "a list of source lines",
          "label": "B › Total › Sources",
          "message": "Expected a list of source lines, received a string",
          "params": {},
          "path": [
            "b",
            "total",
            "sources",
          ],
          "received": ""all"",
        },
      ]
    `);
    expect(issuesFor(withTotal({ sources: [null, ...rest] }))).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "a source line",
          "label": "B › Total › Source 1",
          "message": "Expected a source line, received null",
          "params": {},
          "path": [
            "b",
            "total",
            "sources",
            0,
          ],
          "received": "null",
        },
      ]
    `);
    expect(
      issuesFor(withTotal({ sources: [{ ...first, revenue: '12' }, ...rest] })),
    ).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "money { amount, currency }",
          "label": "B › Total › Source 1 › Revenue",
          "message": "Expected money { amount, currency }, received a string",
          "params": {},
          "path": [
            "b",
            "total",
            "sources",
            0,
            "revenue",
          ],
          "received": ""12"",
        },
      ]
    `);
    expect(issuesFor(withTotal({ sources: rest }))).toMatchInlineSnapshot(`
      [
        {
          "code": "required",
          "expected": "a line for every source, "resale-margin" included",
          "label": "B › Total › Sources",
          "message": "Missing; expected a line for every source, "resale-margin" included",
          "params": {},
          "path": [
            "b",
            "total",
            "sources",
          ],
          "received": "undefined",
        },
      ]
    `);
  });
});
