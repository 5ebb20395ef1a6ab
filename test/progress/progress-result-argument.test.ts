// How rollUpProgress reads progress results given back as JSON (or copies): each field it reads,
// what it refuses and what each refusal says, with its path.
import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  evaluateProgress,
  isValidationError,
  rollUpProgress,
} from '../../src/index.js';
import { actualsOf, json, planOf, quarter } from './fixtures.js';

/** A result with one completed quarter, on a plan without findings. */
function result() {
  const plan = planOf({
    id: 'deals',
    target: 40,
    steps: [1, 2, 3, 4].map((i) => [quarter(i), 10] as const),
  });
  return evaluateProgress(plan, actualsOf([[quarter(1), 9]]), calendarYear, {
    asOf: '2027-03-31',
  });
}

/** The same result as JSON. */
const resultJson = () => json(result()) as Record<string, unknown>;

/** The first issue rollUpProgress gives for this list, or 'accepted'. */
function rollUpIssue(list: unknown): unknown {
  try {
    rollUpProgress(list as never);
  } catch (error) {
    if (isValidationError(error)) return json(error.issues[0]);
    return `not a ValidationError: ${String(error)}`;
  }
  return 'accepted';
}

/** The issue for a result with these fields changed, as "code at path: message (expected)". */
function changed(fields: Record<string, unknown>): string {
  const issue = rollUpIssue([{ ...resultJson(), ...fields }]);
  if (typeof issue === 'string') return issue;
  const { code, path, message, received, expected } = issue as Record<string, unknown>;
  return `${code} at ${(path as unknown[]).join('.')}: ${message} (received ${received}; expected ${expected})`;
}

describe('rollUpProgress', () => {
  it('takes a result back as JSON', () => {
    expect(changed({})).toBe('accepted');
  });

  it('refuses an item, a status, a period or a finding that is not an object', () => {
    const result = resultJson();
    const periods = result['periods'] as unknown[];
    expect([
      rollUpIssue(['deals']),
      changed({ status: 'on-track' }),
      changed({ periods: [...periods, 7] }),
      changed({ findings: [null] }),
    ]).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "a progress result of evaluateProgress",
          "label": "List 1",
          "message": "Expected a progress result of evaluateProgress, received a string",
          "params": {},
          "path": [
            "list",
            0,
          ],
          "received": ""deals"",
        },
        "invalid-type at list.0.status: Expected a status explanation, received a string (received "on-track"; expected a status explanation)",
        "invalid-type at list.0.periods.4: Expected a period of the progress, received a number (received 7; expected a period of the progress)",
        "invalid-type at list.0.findings.0: Expected a finding, received null (received null; expected a finding)",
      ]
    `);
  });

  it('refuses periods and findings that are not lists', () => {
    expect([changed({ periods: {} }), changed({ findings: 'none' })]).toMatchInlineSnapshot(`
      [
        "invalid-type at list.0.periods: Expected an array of periods, received an object (received an object; expected an array of periods)",
        "invalid-type at list.0.findings: Expected an array of findings, received a string (received "none"; expected an array of findings)",
      ]
    `);
  });

  it('reads the objective id as a text of 1 to 100 characters', () => {
    expect([
      changed({ objective: '' }),
      changed({ objective: 'x'.repeat(100) }),
      changed({ objective: 'x'.repeat(101) }),
      changed({ objective: 3 }),
    ]).toMatchInlineSnapshot(`
      [
        "too-small at list.0.objective: Empty (received ""; expected a string of 1 to 100 characters)",
        "accepted",
        "too-big at list.0.objective: Longer than 100 characters (received "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..."; expected a string of 1 to 100 characters)",
        "invalid-type at list.0.objective: Expected a string, received a number (received 3; expected a string)",
      ]
    `);
  });

  it('reads the as-of date as a real ISO date', () => {
    expect([
      changed({ asOf: '2027-02-30' }),
      changed({ asOf: 20270331 }),
      changed({ asOf: undefined }),
    ]).toMatchInlineSnapshot(`
      [
        "invalid-date at list.0.asOf: Not a real calendar date in the form YYYY-MM-DD (received "2027-02-30"; expected an ISO date such as "2027-03-31")",
        "invalid-type at list.0.asOf: Expected an ISO date, received a number (received 20270331; expected an ISO date such as "2027-03-31")",
        "required at list.0.asOf: Expected an ISO date, received nothing (received undefined; expected an ISO date such as "2027-03-31")",
      ]
    `);
  });

  it('reads the numbers as decimals, null where a number may be missing', () => {
    expect([
      changed({ weight: null, actualToDate: null, pace: null, attainment: null }),
      changed({ weight: 'heavy' }),
      changed({ expectedToDate: null }),
      changed({ actualToDate: 'x' }),
      changed({ pace: 'x' }),
    ]).toMatchInlineSnapshot(`
      [
        "accepted",
        "invalid-decimal at list.0.weight: Not a decimal number (received "heavy"; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal)",
        "invalid-type at list.0.expectedToDate: Expected a decimal, received null (received null; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal)",
        "invalid-decimal at list.0.actualToDate: Not a decimal number (received "x"; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal)",
        "invalid-decimal at list.0.pace: Not a decimal number (received "x"; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal)",
      ]
    `);
  });

  it('reads the status and its rule', () => {
    const status = resultJson()['status'] as Record<string, unknown>;
    expect([
      changed({ status: { ...status, status: 'fine' } }),
      changed({ status: { ...status, rule: '' } }),
      changed({ status: { ...status, rule: 'r'.repeat(10_000) } }),
      changed({ status: { ...status, rule: 'r'.repeat(10_001) } }),
    ]).toMatchInlineSnapshot(`
      [
        "invalid-value at list.0.status.status: Not one of the accepted values (received "fine"; expected "off-track", "at-risk", "unknown", "not-started", "on-track", "ahead" or "achieved")",
        "too-small at list.0.status.rule: Empty (received ""; expected a string of 1 to 10000 characters)",
        "accepted",
        "too-big at list.0.status.rule: Longer than 10000 characters (received "rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr..."; expected a string of 1 to 10000 characters)",
      ]
    `);
  });

  it('reads each period’s key, state and numbers', () => {
    const [first, ...rest] = resultJson()['periods'] as Array<Record<string, unknown>>;
    const withFirst = (fields: Record<string, unknown>) =>
      changed({ periods: [{ ...first, ...fields }, ...rest] });
    expect([
      withFirst({ key: 'FY2027-Q01x' }),
      withFirst({ key: 'FY2027-M10' }),
      withFirst({ state: 'past' }),
      withFirst({ target: null }),
      withFirst({ actual: 'x' }),
      withFirst({ attainment: 'x' }),
    ]).toMatchInlineSnapshot(`
      [
        "too-big at list.0.periods.0.key: Longer than 10 characters (received "FY2027-Q01x"; expected a string of 1 to 10 characters)",
        "accepted",
        "invalid-value at list.0.periods.0.state: Not one of the accepted values (received "past"; expected "completed", "current" or "future")",
        "invalid-type at list.0.periods.0.target: Expected a decimal, received null (received null; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal)",
        "invalid-decimal at list.0.periods.0.actual: Not a decimal number (received "x"; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal)",
        "invalid-decimal at list.0.periods.0.attainment: Not a decimal number (received "x"; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal)",
      ]
    `);
  });

  it('reads each finding’s code and message', () => {
    const finding = { code: 'note', message: 'A note.' };
    expect([
      changed({ findings: [finding] }),
      changed({ findings: [{ ...finding, code: '' }] }),
      changed({ findings: [{ ...finding, message: 'm'.repeat(10_000) }] }),
      changed({ findings: [{ ...finding, message: 'm'.repeat(10_001) }] }),
    ]).toMatchInlineSnapshot(`
      [
        "accepted",
        "too-small at list.0.findings.0.code: Empty (received ""; expected a string of 1 to 100 characters)",
        "accepted",
        "too-big at list.0.findings.0.message: Longer than 10000 characters (received "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm..."; expected a string of 1 to 10000 characters)",
      ]
    `);
  });

  it('reads at most 10,000 results in one call', () => {
    const one = result();
    const issue = (count: number) =>
      rollUpIssue(Array.from({ length: count }, () => one)) as Record<string, unknown>;
    expect(issue(10_000)).toBe('accepted');
    expect(issue(10_001)).toMatchInlineSnapshot(`
      {
        "code": "too-big",
        "expected": "at most 10000 progress results",
        "label": "List",
        "message": "More than 10000 items",
        "params": {
          "maximum": 10000,
        },
        "path": [
          "list",
        ],
        "received": "an array of 10001 items",
      }
    `);
  });
});
