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

type Json = Record<string, unknown>;
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

const malformed: ReadonlyArray<readonly [string, unknown, string]> = [
  ['a null document', null, ''],
  ['an array for the document', [], ''],
  ['a string for the document', 'partnership', ''],
  ['a missing charter', northwind((d) => delete d['charter']), 'charter'],
  ['a number id', northwind((d) => (d['id'] = 42)), 'id'],
  ['an id with spaces', northwind((d) => (d['id'] = 'has space')), 'id'],
  ['an array for the vendor', northwind((d) => (d['vendor'] = [])), 'vendor'],
  ['an object for the goals', northwind((d) => (d['goals'] = {})), 'goals'],
  [
    'a decimal with a comma',
    northwind((d) => (objective(d, 0)['target'] = '1,5')),
    'charter.objectives.0.target',
  ],
  [
    'a decimal of 1e999',
    northwind((d) => (objective(d, 0)['baseline'] = '1e999')),
    'charter.objectives.0.baseline',
  ],
  ['NaN as a decimal', northwind((d) => (at(d, 'actuals', 0)['value'] = 'NaN')), 'actuals.0.value'],
  [
    'a JSON number as a decimal',
    northwind((d) => (at(d, 'terms')['resaleMargin'] = 0.15)),
    'terms.resaleMargin',
  ],
  [
    'a ratio above 1',
    northwind((d) => (at(d, 'terms')['benchmarkMargin'] = '1.5')),
    'terms.benchmarkMargin',
  ],
  ['an unknown currency', northwind((d) => (d['currency'] = 'XYZ')), 'currency'],
  [
    'a lowercase currency',
    northwind((d) => (at(d, 'terms', 'funds', 0, 'amount')['currency'] = 'usd')),
    'terms.funds.0.amount.currency',
  ],
  [
    'an unknown archetype',
    northwind((d) => (at(d, 'partner', 'archetypes', 0)['archetype'] = 'agency')),
    'partner.archetypes.0.archetype',
  ],
  [
    'an unknown owner',
    northwind((d) => (objective(d, 0)['owner'] = 'both')),
    'charter.objectives.0.owner',
  ],
  [
    'an unknown motive',
    northwind(
      (d) => (at(d, 'charter', 'objectives', 0, 'contributions', 0)['motive'] = 'happiness'),
    ),
    'charter.objectives.0.contributions.0.motive',
  ],
  [
    'an unknown provenance status',
    northwind((d) => (at(d, 'goals', 0)['provenance'] = { status: 'imposed' })),
    'goals.0.provenance.status',
  ],
  ['an unknown field', northwind((d) => (d['owner'] = 'me')), ''],
  [
    'a __proto__ key',
    JSON.parse(
      JSON.stringify(samples.lumenField).replace(
        '"currency":"EUR"',
        '"currency":"EUR","__proto__":{"polluted":true}',
      ),
    ),
    '',
  ],
  ['a constructor key', northwind((d) => (at(d, 'vendor')['constructor'] = 'x')), 'vendor'],
  ['a 10 MB name', northwind((d) => (d['name'] = 'x'.repeat(10_000_000))), 'name'],
  [
    'a 10 MB decimal',
    northwind((d) => (objective(d, 0)['target'] = '9'.repeat(10_000_000))),
    'charter.objectives.0.target',
  ],
  [
    'an impossible date',
    northwind((d) => (at(d, 'charter', 'horizon')['end'] = '2029-02-30')),
    'charter.horizon.end',
  ],
  [
    'a malformed period key',
    northwind((d) => (at(d, 'goals', 0)['period'] = '2027-Q1')),
    'goals.0.period',
  ],
  [
    'a week on a month-based calendar',
    northwind((d) => (at(d, 'goals', 0)['period'] = 'FY2027-W05')),
    'goals.0.period',
  ],
  [
    'a goal outside its objective horizon',
    northwind((d) => (at(d, 'goals', 0)['period'] = 'FY2031-Q1')),
    'goals.0.period',
  ],
  [
    'an actual outside its objective horizon',
    northwind((d) => (at(d, 'actuals', 0)['period'] = 'FY2026-Q4')),
    'actuals.0.period',
  ],
  [
    'a commitment outside every horizon',
    northwind((d) => (at(d, 'commitments', 0)['period'] = 'FY2035')),
    'commitments.0.period',
  ],
  [
    'a goal for an unknown objective',
    northwind((d) => (at(d, 'goals', 0)['objective'] = 'nope')),
    'goals.0.objective',
  ],
  [
    'an actual for an unknown objective',
    northwind((d) => (at(d, 'actuals', 0)['objective'] = 'nope')),
    'actuals.0.objective',
  ],
  [
    'a commitment to an unknown objective',
    northwind((d) => (at(d, 'commitments', 0)['objectives'] = ['nope'])),
    'commitments.0.objectives.0',
  ],
  [
    'a review of an unknown cadence',
    northwind((d) => (at(d, 'charter', 'reviewsHeld', 0)['cadence'] = 'monthly')),
    'charter.reviewsHeld.0.cadence',
  ],
  [
    'an unknown attendee',
    northwind((d) => (at(d, 'charter', 'reviewsHeld', 0)['attendees'] = ['ghost'])),
    'charter.reviewsHeld.0.attendees.0',
  ],
  [
    'an unknown stakeholder in agreedBy',
    northwind((d) => (at(d, 'goals', 0, 'provenance')['agreedBy'] = ['ghost'])),
    'goals.0.provenance.agreedBy.0',
  ],
  [
    'an empty agreedBy',
    northwind((d) => (at(d, 'goals', 0, 'provenance')['agreedBy'] = [])),
    'goals.0.provenance.agreedBy',
  ],
  [
    'an unknown opportunity',
    northwind((d) => (objective(d, 0)['opportunity'] = 'mars')),
    'charter.objectives.0.opportunity',
  ],
  [
    'a duplicate objective id',
    northwind((d) => (objective(d, 1)['id'] = 'services-revenue')),
    'charter.objectives.1.id',
  ],
  [
    'a duplicate stakeholder id',
    northwind((d) => (at(d, 'charter', 'stakeholders', 1)['id'] = 's-vp-alliances')),
    'charter.stakeholders.1.id',
  ],
  [
    'a duplicate commitment id',
    northwind((d) => (at(d, 'commitments', 1)['id'] = 'c-enablement')),
    'commitments.1.id',
  ],
  [
    'a duplicate cadence id',
    northwind((d) => (at(d, 'charter', 'reviewCadences', 1)['id'] = 'qbr')),
    'charter.reviewCadences.1.id',
  ],
  [
    'a duplicate opportunity id',
    northwind((d) => {
      const opportunities = at(d, 'charter')['opportunities'] as unknown[];
      opportunities.push(opportunities[0]);
    }),
    'charter.opportunities.1.id',
  ],
  [
    'a second goal for the same period',
    northwind((d) => (at(d, 'goals', 1)['period'] = 'FY2027-Q1')),
    'goals.1.period',
  ],
  [
    'a second actual for the same period',
    northwind((d) => (at(d, 'actuals', 1)['objective'] = 'services-revenue')),
    'actuals.1.period',
  ],
  [
    'archetype shares summing to 0.9',
    northwind((d) => (at(d, 'partner', 'archetypes', 1)['share'] = '0.1')),
    'partner.archetypes',
  ],
  [
    'a repeated archetype',
    northwind((d) => (at(d, 'partner', 'archetypes', 1)['archetype'] = 'consulting')),
    'partner.archetypes.1.archetype',
  ],
  [
    'motive weights summing to 1.1',
    {
      ...structuredClone(samples.lumenField),
      partner: {
        ...samples.lumenField.partner,
        motiveProfile: { source: 'declared', weights: { retention: '0.6', 'bill-rate': '0.5' } },
      },
    },
    'partner.motiveProfile.weights',
  ],
  [
    'a horizon ending before it starts',
    northwind((d) => (objective(d, 2)['horizon'] = { start: '2027-01-01', end: '2026-12-31' })),
    'charter.objectives.2.horizon.end',
  ],
  [
    'an objective horizon beyond the charter',
    northwind((d) => (objective(d, 2)['horizon'] = { start: '2026-07-01', end: '2030-06-30' })),
    'charter.objectives.2.horizon',
  ],
  [
    'a metric currency unlike its opportunity',
    northwind(
      (d) =>
        (at(d, 'charter', 'objectives', 0, 'metric')['unit'] = { kind: 'money', currency: 'EUR' }),
    ),
    'charter.objectives.0.metric.unit.currency',
  ],
  [
    'a commitment amount in another currency',
    northwind((d) => (at(d, 'commitments', 1, 'amount')['currency'] = 'EUR')),
    'commitments.1.amount.currency',
  ],
  [
    'custom weights of the wrong count',
    northwind(
      (d) =>
        (at(d, 'charter', 'objectives', 2)['cascade'] = {
          granularity: 'year',
          shape: { kind: 'custom', weights: ['1', '2'] },
        }),
    ),
    'charter.objectives.2.cascade.shape.weights',
  ],
  [
    'weekly cascade on a month-based calendar',
    northwind((d) => (at(d, 'charter', 'objectives', 2)['cascade'] = { granularity: 'week' })),
    'charter.objectives.2.cascade.granularity',
  ],
  [
    'seasonality with 3 quarters',
    northwind(
      (d) =>
        (at(d, 'charter', 'objectives', 0, 'cascade', 'seasonality')['weights'] = ['1', '1', '1']),
    ),
    'charter.objectives.0.cascade.seasonality.weights',
  ],
  ['schemaVersion 2', northwind((d) => (d['schemaVersion'] = 2)), 'schemaVersion'],
  ['a missing schemaVersion', northwind((d) => delete d['schemaVersion']), 'schemaVersion'],
];

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
        - goals: Wrong type: an object where an array belongs (received {}; expected an array)"
    `);
    expect(
      errorOf(northwind((d) => (objective(d, 0)['target'] = '1,5'))).message,
    ).toMatchInlineSnapshot(`
      "Invalid partnership document: 1 issue
        - charter.objectives[0].target: Invalid value (received "1,5"; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity))"
    `);
  });

  it('pins the messages of the cross-checks', () => {
    const document = northwind((d) => {
      at(d, 'partner', 'archetypes', 1)['share'] = '0.1';
      at(d, 'goals', 0)['period'] = 'FY2031-Q1';
      objective(d, 1)['id'] = 'services-revenue';
    });
    expect(errorOf(document).message).toMatchInlineSnapshot(`
      "Invalid partnership document: 7 issues
        - partner.archetypes: Archetype shares must sum to 1 (they sum to 0.9) (received "0.9"; expected archetype shares summing to exactly 1)
        - charter.objectives[1].id: The id "services-revenue" is used twice (received "services-revenue"; expected an id not used before in this list)
        - goals[0].period: The period lies outside the horizon of objective "services-revenue" (received "FY2031-Q1"; expected a period overlapping 2026-07-01 to 2029-06-30)
        - goals[5].objective: Unknown objective "certified-consultants" (received "certified-consultants"; expected one of "services-revenue", "practice-utilization", "new-deals", "resale-arr")
        - commitments[0].objectives[0]: Unknown objective "certified-consultants" (received "certified-consultants"; expected one of "services-revenue", "practice-utilization", "new-deals", "resale-arr")
        - commitments[3].objectives[0]: Unknown objective "certified-consultants" (received "certified-consultants"; expected one of "services-revenue", "practice-utilization", "new-deals", "resale-arr")
        - actuals[2].objective: Unknown objective "certified-consultants" (received "certified-consultants"; expected one of "services-revenue", "practice-utilization", "new-deals", "resale-arr")"
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
