/**
 * The malformed documents of the suite, each with the path its first issue is at: read by the
 * parse tests (which pin every issue), the JSON Schema test (which runs ajv on them) and the fuzz
 * suite (which mutates them).
 */
import { samples } from '../../src/index.js';

export type Json = Record<string, unknown>;
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
/** A copy of the Lumen sample changed by `change`. */
const lumen = (change: (document: Json) => void): Json => {
  const document = structuredClone(samples.lumenField) as unknown as Json;
  change(document);
  return document;
};
/** A 4-4-5 calendar whose years end on the last Saturday of `month`. */
const weekBased = (month: number): Json => ({
  kind: 'week-based',
  id: 'fy-445',
  yearEnd: { month, weekday: 'saturday', rule: 'last' },
  pattern: '4-4-5',
});
/** `count` monthly objectives over the Northwind horizon, each with 2 custom weights (36 needed). */
const wrongWeights = (count: number): Json[] =>
  Array.from({ length: count }, (_, index) => ({
    ...(structuredClone(samples.northwindAdvisory.charter.objectives[3]) as unknown as Json),
    id: `deals-${index}`,
    cascade: { granularity: 'month', shape: { kind: 'custom', weights: ['1', '2'] } },
  }));
/** A list nested `depth` lists deep, built without recursion. */
const nested = (depth: number): unknown => {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

/**
 * Malformed documents: a name, the document, and the path the first test suite pinned for it
 * (kept as the first of the issues pinned in parse-partnership.test.ts).
 */
export const malformed: ReadonlyArray<readonly [string, unknown, string]> = [
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
  // The defects of issue 12 (documents for screens and for JSON Schema).
  [
    'a period key FY2027-Q5',
    northwind((d) => (at(d, 'goals', 0)['period'] = 'FY2027-Q5')),
    'goals.0.period',
  ],
  [
    'an opportunity in another currency',
    northwind((d) => (at(d, 'charter', 'opportunities', 0, 'yearlySize')['currency'] = 'EUR')),
    'charter.opportunities.0.yearlySize.currency',
  ],
  [
    'a charter ending on 2028-02-30',
    northwind((d) => (at(d, 'charter', 'horizon')['end'] = '2028-02-30')),
    'charter.horizon.end',
  ],
  [
    'a missing purpose and a goal for an unknown objective',
    northwind((d) => {
      delete at(d, 'charter')['purpose'];
      at(d, 'goals', 0)['objective'] = 'nope';
    }),
    'charter.purpose',
  ],
  ['a goal that is a number', northwind((d) => ((d['goals'] as unknown[])[0] = 7)), 'goals.0'],
  [
    'an unknown motive "billrate"',
    northwind((d) => (at(d, 'charter', 'objectives', 0, 'metric')['motives'] = ['billrate'])),
    'charter.objectives.0.metric.motives.0',
  ],
  [
    'a resale margin of "1.5"',
    northwind((d) => (at(d, 'terms')['resaleMargin'] = '1.5')),
    'terms.resaleMargin',
  ],
  [
    'a decimal of "1e40"',
    northwind((d) => (objective(d, 1)['target'] = '1e40')),
    'charter.objectives.1.target',
  ],
  [
    'a USD target of "2000000.005"',
    northwind((d) => (objective(d, 0)['target'] = '2000000.005')),
    'charter.objectives.0.target',
  ],
  [
    'a goal of 4.5 deals',
    northwind((d) => (at(d, 'goals', 3)['target'] = '4.5')),
    'goals.3.target',
  ],
  [
    'an amount finer than cents',
    northwind((d) => (at(d, 'commitments', 1, 'amount')['amount'] = '60000.001')),
    'commitments.1.amount.amount',
  ],
  [
    'a target too large to count in cents',
    northwind((d) => (objective(d, 4)['target'] = '1e20')),
    'charter.objectives.4.target',
  ],
  // The defects of issue 11 (untrusted documents).
  [
    'an archetype share of "1e99999999"',
    northwind((d) => (at(d, 'partner', 'archetypes', 0)['share'] = '1e99999999')),
    'partner.archetypes.0.share',
  ],
  [
    'a motive weight of "1e99999999"',
    lumen((d) => (at(d, 'partner', 'motiveProfile', 'weights')['retention'] = '1e99999999')),
    'partner.motiveProfile.weights.retention',
  ],
  [
    'a calendar start month of 1e8',
    northwind((d) => (at(d, 'calendar')['startMonth'] = 1e8)),
    'calendar.startMonth',
  ],
  [
    'a calendar start month of 1e20',
    northwind((d) => (at(d, 'calendar')['startMonth'] = 1e20)),
    'calendar.startMonth',
  ],
  [
    'a week-based year ending in month 1e9',
    northwind((d) => (d['calendar'] = weekBased(1e9))),
    'calendar.yearEnd.month',
  ],
  [
    'a week-based year ending in month -1e9',
    northwind((d) => (d['calendar'] = weekBased(-1e9))),
    'calendar.yearEnd.month',
  ],
  [
    '1,000 objectives with custom weights of the wrong length',
    northwind((d) => (at(d, 'charter')['objectives'] = wrongWeights(1000))),
    'charter.objectives',
  ],
  [
    '200 objectives with custom weights of the wrong length',
    northwind((d) => (at(d, 'charter')['objectives'] = wrongWeights(200))),
    'charter.objectives.0.cascade.shape.weights',
  ],
  [
    '100,000 empty goals',
    northwind((d) => (d['goals'] = Array.from({ length: 100_000 }, () => ({})))),
    'goals',
  ],
  ['an unknown field of 1 MB', northwind((d) => (d['k'.repeat(1_000_000)] = 'x')), ''],
  [
    'a goal nested 10,000 lists deep',
    northwind((d) => ((d['goals'] as unknown[])[0] = nested(10_000))),
    'goals.0',
  ],
  [
    'a custom motive of 10,000 characters',
    northwind(
      (d) =>
        (at(d, 'charter', 'objectives', 0, 'contributions', 0)['motive'] =
          `custom:${'a'.repeat(10_000)}`),
    ),
    'charter.objectives.0.contributions.0.motive',
  ],
  [
    'a charter horizon of 25 years',
    northwind((d) => (at(d, 'charter', 'horizon')['end'] = '2051-06-30')),
    'charter.horizon.end',
  ],
  [
    'a review held in 1800',
    northwind((d) => (at(d, 'charter', 'reviewsHeld', 0)['date'] = '1800-01-14')),
    'charter.reviewsHeld.0.date',
  ],
  [
    'a goal in fiscal year 0001',
    northwind((d) => (at(d, 'goals', 0)['period'] = 'FY0001-Q1')),
    'goals.0.period',
  ],
  [
    'a 53rd week in a 52-week year',
    northwind((d) => {
      d['calendar'] = weekBased(6);
      at(d, 'goals', 0)['period'] = 'FY2027-W53';
    }),
    'goals.0.period',
  ],
];
