import { describe, expect, it } from 'vitest';
import {
  isValidationError,
  type PartnershipJson,
  parsePartnership,
  safeParsePartnership,
  samples,
  ValidationError,
} from '../../src/index.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { type Json, malformed } from './malformed-documents.js';
import { pinned } from './pinned-issues.js';

const copy = (): Json => structuredClone(samples.northwindAdvisory) as unknown as Json;
/** A copy of the Northwind sample changed by `change`. */
const northwind = (change: (document: Json) => void): Json => {
  const document = copy();
  change(document);
  return document;
};
const at = (value: unknown, ...path: Array<string | number>): Json =>
  path.reduce<unknown>((inner, key) => (inner as Json)[key as string], value) as Json;
const objective = (document: Json, index: number): Json =>
  at(document, 'charter', 'objectives', index);

/** Parses and returns the thrown error, failing when anything else happens. */
function errorOf(document: unknown): ValidationError {
  let caught: unknown;
  try {
    parsePartnership(document);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ValidationError);
  return caught as ValidationError;
}
const paths = (error: ValidationError): string[] =>
  error.issues.map((issue) => issue.path.join('.'));

describe('parsePartnership', () => {
  it('reads both samples', () => {
    const partnership = parsePartnership(samples.lumenField);
    expect(partnership.calendar.id).toBe('stratus-fy-feb');
    expect(partnership.actuals[0]?.period).toEqual({
      calendar: 'stratus-fy-feb',
      granularity: 'quarter',
      year: 2027,
      index: 1,
    });
    expect(partnership.charter.opportunities[0]?.yearlySize.amount.toFixed()).toBe('420000000');
  });

  it.each(malformed)('rejects %s with a ValidationError at its path', (_name, document, path) => {
    const error = errorOf(document);
    expect(isValidationError(error)).toBe(true);
    expect(paths(error)).toContain(path);
  });

  it.each(malformed)('gives %s exactly its pinned issues', (name, document) => {
    const error = errorOf(document);
    const expected = pinned[name];
    expect(expected, `no issues pinned for ${name}`).toBeDefined();
    expect(error.issues.length + error.omittedIssues).toBe(expected?.total);
    expect(
      error.issues.slice(0, 8).map((issue) => [issue.code, issue.path.join('.'), issue.label]),
    ).toEqual(expected?.issues);
  });

  it('pins every malformed document and nothing else', () => {
    expect(Object.keys(pinned).sort()).toEqual(malformed.map(([name]) => name).sort());
  });

  it('has a table of at least 30 malformed documents', () => {
    expect(malformed.length).toBeGreaterThanOrEqual(30);
  });

  it.each(malformed)('gives every issue a non-empty received and expected (%s)', (_n, document) => {
    for (const issue of errorOf(document).issues) {
      expect(issue.message).not.toBe('');
      expect(issue.received).not.toBe('');
      expect(issue.expected).not.toBe('');
      expect(issue.received.length).toBeLessThanOrEqual(60);
    }
  });

  it('reports every cross-check issue of a document together', () => {
    const document = northwind((d) => {
      at(d, 'goals', 0)['objective'] = 'nope';
      at(d, 'actuals', 0)['period'] = 'FY2035-Q1';
      at(d, 'commitments', 1, 'amount')['currency'] = 'EUR';
    });
    expect(paths(errorOf(document))).toEqual([
      'goals.0.objective',
      'commitments.1.amount.currency',
      'actuals.0.period',
    ]);
  });

  it('reports only the version when the schemaVersion is not one it reads', () => {
    const error = errorOf({ ...samples.lumenField, schemaVersion: '2', goals: 'broken' });
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid partnership document: 1 issue
        - schemaVersion: This library reads schemaVersion 1 (received "2"; expected 1)"
    `);
  });

  it('says where a type is wrong, what it received and what it accepts', () => {
    expect(errorOf(northwind((d) => (d['goals'] = {}))).message).toMatchInlineSnapshot(`
      "Invalid partnership document: 1 issue
        - goals: Wrong type: an object (received {}; expected a list of at most 10000 items)"
    `);
    expect(
      errorOf(northwind((d) => (objective(d, 0)['target'] = '1,5'))).message,
    ).toMatchInlineSnapshot(`
      "Invalid partnership document: 1 issue
        - charter.objectives[0].target: Not a decimal number (received "1,5"; expected a decimal number, such as "12.50", "-3" or "0.15")"
    `);
  });

  it('pins the messages of the cross-checks', () => {
    const document = northwind((d) => {
      at(d, 'partner', 'archetypes', 1)['share'] = '0.1';
      at(d, 'goals', 0)['period'] = 'FY2031-Q1';
      objective(d, 1)['id'] = 'services-revenue';
    });
    expect(errorOf(document).message).toMatchInlineSnapshot(`
      "Invalid partnership document: 3 issues
        - partner.archetypes: Archetype shares must sum to 1 (they sum to 0.9) (received a sum of 0.9; expected archetype shares summing to exactly 1)
        - charter.objectives[1].id: The id "services-revenue" is already used by objective 1 (received "services-revenue"; expected an id not used by another objective)
        - goals[0].period: FY2031-Q1 lies outside the horizon of objective "services-revenue" (2026-07-01 to 2029-06-30) (received "FY2031-Q1"; expected a period overlapping 2026-07-01 to 2029-06-30)"
    `);
  });

  it('never mutates its input', () => {
    const document = deepFreeze(structuredClone(samples.northwindAdvisory));
    const before = JSON.stringify(document);
    parsePartnership(document);
    expect(JSON.stringify(document)).toBe(before);
  });

  it('never mutates an invalid input either', () => {
    const document = deepFreeze(northwind((d) => (at(d, 'goals', 0)['objective'] = 'nope')));
    const before = JSON.stringify(document);
    expect(() => parsePartnership(document)).toThrow(ValidationError);
    expect(JSON.stringify(document)).toBe(before);
  });
});

describe('safeParsePartnership', () => {
  it('returns the data on success', () => {
    const result = safeParsePartnership(samples.northwindAdvisory as PartnershipJson);
    expect(result.success && result.data.id).toBe('stratus-northwind');
  });

  it('returns the error instead of throwing it', () => {
    const result = safeParsePartnership(undefined);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.received).toBe('nothing');
  });
});
