/** fast-check arbitraries of valid partnership documents (JSON), for round-trip properties. */
import { fc } from '@fast-check/vitest';
import {
  builtInMotives,
  type FiscalCalendar,
  formatPeriodKey,
  type Granularity,
  type MetricJson,
  metricPrecision,
  minorUnits,
  type PartnershipJson,
  periodsBetween,
  toDecimal,
} from '../../src/index.js';
import { monthBased, weekBased } from '../calendar/arbitraries.js';

/** The metric with its money in the document currency, as the document writes it. */
const moneyIn = (metric: MetricJson, currency: string): MetricJson =>
  metric.unit.kind === 'money' ? { ...metric, unit: { kind: 'money', currency } } : metric;
/** A decimal string cut (toward zero) to `places` decimals: a value the metric can hold. */
const cut = (text: string, places: number): string =>
  toDecimal(text).toDecimalPlaces(places, 1).toFixed();
/** The decimals of a metric as written in JSON (its precision, or its unit's default). */
const placesOf = (metric: MetricJson): number =>
  metricPrecision(metric as Parameters<typeof metricPrecision>[0]);

/** A decimal string with up to `places` decimals, such as "1234.5" or "-0.25". */
export const decimal = (places = 2, min = -1_000_000_000, max = 1_000_000_000) =>
  fc.tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: places })).map(([units, scale]) => {
    const negative = units < 0;
    const digits = String(Math.abs(units)).padStart(scale + 1, '0');
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return negative && units !== 0 ? `-${text}` : text;
  });
const ratio = fc.integer({ min: 0, max: 1000 }).map((n) => (n / 1000).toString());
const positive = fc.integer({ min: 1, max: 500 }).map((n) => (n / 100).toString());
const currency = fc.constantFrom('USD', 'EUR', 'JPY', 'GBP');
const motive = fc.constantFrom(...builtInMotives, 'custom:net-new-logos');
const name = fc.string({ minLength: 1, maxLength: 20 });

/** Shares of a whole: `count` decimal strings in thousandths that add up to exactly 1. */
const shares = (count: number) =>
  fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: count, maxLength: count }).map((raw) => {
    const total = raw.reduce((a, b) => a + b, 0);
    const parts = raw.map((value) => Math.floor((value * 1000) / total));
    parts[0] = (parts[0] ?? 0) + 1000 - parts.reduce((a, b) => a + b, 0);
    return parts.map((part) => (part / 1000).toString());
  });

const unit = fc.oneof(
  currency.map((code) => ({ kind: 'money' as const, currency: code })),
  fc.constant({ kind: 'count' as const }),
  fc.constant({ kind: 'percent' as const }),
  fc.constant({ kind: 'hours' as const }),
);

const shape = (periods: number) =>
  fc.oneof(
    fc.constant({ kind: 'even' as const }),
    fc.record({ kind: fc.constant('linear' as const), from: positive, to: positive }),
    fc.record(
      {
        kind: fc.constant('geometric' as const),
        rate: fc.option(
          fc.integer({ min: -99, max: 500 }).map((n) => (n / 100).toString()),
          { nil: undefined },
        ),
      },
      { requiredKeys: ['kind'] },
    ),
    fc.record({
      kind: fc.constant('s-curve' as const),
      midpoint: fc.integer({ min: 1, max: 99 }).map((n) => (n / 100).toString()),
      steepness: positive,
    }),
    fc.record({
      kind: fc.constant('custom' as const),
      weights: fc.array(decimal(2, 0, 1000), { minLength: periods, maxLength: periods }),
    }),
  );

const provenance = fc.oneof(
  fc.record({
    status: fc.constant('assigned' as const),
    assignedBy: fc.constantFrom('vendor' as const, 'partner' as const),
  }),
  fc.record(
    {
      status: fc.constant('proposed' as const),
      proposedBy: fc.constantFrom('vendor' as const, 'partner' as const),
      proposedOn: fc.constant('2027-01-15'),
    },
    { requiredKeys: ['status', 'proposedBy'] },
  ),
  fc.record({
    status: fc.constant('agreed' as const),
    agreedBy: fc.constant(['s-1', 's-2']),
    agreedOn: fc.constant('2027-01-15'),
  }),
);

/** Keys of the periods of a granularity that overlap a horizon. */
function keysOf(calendar: FiscalCalendar, start: string, end: string, granularity: Granularity) {
  return periodsBetween(calendar, start, end, granularity).map((span) =>
    formatPeriodKey(span.period),
  );
}

/** A valid partnership document: a small calendar and horizon, 1 to 4 objectives, goals, actuals. */
export const partnershipJson: fc.Arbitrary<PartnershipJson> = fc
  .record({
    calendar: fc.oneof(monthBased, weekBased).map((calendar) => ({ ...calendar, id: 'fy' })),
    currency,
    startYear: fc.integer({ min: 2024, max: 2028 }),
    startMonth: fc.integer({ min: 1, max: 12 }),
    years: fc.integer({ min: 1, max: 3 }),
    archetypes: fc.integer({ min: 1, max: 3 }).chain(shares),
    weights: fc.option(fc.integer({ min: 1, max: 4 }).chain(shares), { nil: undefined }),
  })
  .chain((base) => {
    const month = String(base.startMonth).padStart(2, '0');
    const start = `${base.startYear}-${month}-01`;
    const end = `${base.startYear + base.years}-${month}-01`;
    const calendar = base.calendar as FiscalCalendar;
    const granularities: Granularity[] =
      calendar.kind === 'week-based'
        ? ['year', 'quarter', 'month', 'week']
        : ['year', 'half', 'quarter', 'month'];
    const objective = (index: number) =>
      fc.constantFrom(...granularities).chain((granularity) => {
        const keys = keysOf(calendar, start, end, granularity);
        return fc.record(
          {
            id: fc.constant(`o-${index}`),
            name,
            description: name,
            metric: fc.record(
              {
                name,
                unit,
                aggregation: fc.constantFrom('sum' as const, 'last' as const, 'average' as const),
                direction: fc.constantFrom(
                  'increase' as const,
                  'decrease' as const,
                  'maintain' as const,
                ),
                precision: fc.integer({ min: 0, max: 6 }),
                motives: fc.array(motive, { maxLength: 3 }),
              },
              { requiredKeys: ['name', 'unit', 'aggregation', 'direction', 'motives'] },
            ),
            baseline: decimal(),
            target: decimal(),
            horizon: fc.constant({ start, end }),
            owner: fc.constantFrom('vendor' as const, 'partner' as const, 'joint' as const),
            contributions: fc.array(
              fc.record({
                motive,
                strength: fc.constantFrom('weak' as const, 'moderate' as const, 'strong' as const),
              }),
              { maxLength: 3 },
            ),
            weight: positive,
            cascade: fc.record(
              {
                granularity: fc.constant(granularity),
                shape: shape(keys.length),
                seasonality: fc.oneof(
                  fc.record({
                    by: fc.constant('quarter' as const),
                    weights: fc.array(positive, { minLength: 4, maxLength: 4 }),
                  }),
                  fc.record({
                    by: fc.constant('month' as const),
                    weights: fc.array(positive, { minLength: 12, maxLength: 12 }),
                  }),
                ),
                tieBreak: fc.constantFrom(
                  'largest-weight' as const,
                  'earliest' as const,
                  'latest' as const,
                ),
              },
              { requiredKeys: ['granularity', 'shape'] },
            ),
            keys: fc.subarray(keys, { maxLength: Math.min(4, keys.length) }),
          },
          {
            requiredKeys: [
              'id',
              'name',
              'metric',
              'baseline',
              'target',
              'horizon',
              'owner',
              'contributions',
              'keys',
            ],
          },
        );
      });
    return fc.record({
      base: fc.constant(base),
      start: fc.constant(start),
      end: fc.constant(end),
      objectives: fc
        .integer({ min: 1, max: 4 })
        .chain((count) =>
          fc.tuple(...Array.from({ length: count }, (_, index) => objective(index))),
        ),
      goalTarget: decimal(),
      provenance,
      actualValue: decimal(4),
      funds: fc.option(decimal(2, 0, 1_000_000), { nil: undefined }),
      margin: ratio,
    });
  })
  .map(
    ({
      base,
      start,
      end,
      objectives,
      goalTarget,
      provenance: origin,
      actualValue,
      funds,
      margin,
    }) => {
      const yearKey = keysOf(base.calendar as FiscalCalendar, start, end, 'year')[0] ?? 'FY2026';
      const document = {
        schemaVersion: 1 as const,
        id: 'generated',
        name: 'Generated partnership',
        vendor: { id: 'vendor', name: 'Vendor' },
        partner: {
          id: 'partner',
          name: 'Partner',
          archetypes: base.archetypes.map((share, index) => ({
            archetype: (['consulting', 'reseller', 'msp'] as const)[index] ?? 'consulting',
            share,
          })),
          ...(base.weights === undefined
            ? {}
            : {
                motiveProfile: {
                  source: 'declared' as const,
                  weights: Object.fromEntries(
                    base.weights.map((w, i) => [builtInMotives[i] ?? 'retention', w]),
                  ),
                },
              }),
        },
        currency: base.currency,
        calendar: base.calendar,
        charter: {
          purpose: 'Grow together',
          horizon: { start, end },
          opportunities: [],
          objectives: objectives.map(({ keys: _keys, ...objective }) => {
            const metric =
              objective.metric.unit.kind === 'money'
                ? {
                    ...objective.metric,
                    unit: { kind: 'money' as const, currency: base.currency },
                  }
                : objective.metric;
            const places = placesOf(metric);
            return {
              ...objective,
              metric,
              baseline: cut(objective.baseline, places),
              target: cut(objective.target, places),
            };
          }),
          stakeholders: [
            { id: 's-1', side: 'vendor' as const, name: 'Ann', role: 'partner-manager' as const },
            {
              id: 's-2',
              side: 'partner' as const,
              name: 'Bo',
              role: 'practice-lead' as const,
              title: 'Lead',
            },
          ],
          reviewCadences: [
            {
              id: 'qbr',
              kind: 'business' as const,
              name: 'QBR',
              frequency: 'quarterly' as const,
              dueWithinDays: 30,
            },
          ],
          reviewsHeld: [{ cadence: 'qbr', date: start, attendees: ['s-1', 's-2'] }],
        },
        goals: objectives.flatMap((objective) =>
          objective.keys.map((period) => ({
            objective: objective.id,
            period,
            target: cut(goalTarget, placesOf(moneyIn(objective.metric, base.currency))),
            provenance: origin,
          })),
        ),
        commitments: objectives.slice(0, 1).map((objective) => ({
          id: 'c-1',
          side: 'vendor' as const,
          kind: 'funding' as const,
          amount: { amount: '1000.00', currency: base.currency },
          quantity: { value: '2', unit: 'people' },
          period: objective.keys[0] ?? yearKey,
          objectives: [objective.id],
          status: 'planned' as const,
        })),
        terms: {
          tier: 'gold',
          resaleMargin: margin,
          benchmarkMargin: '0.12',
          ...(funds === undefined
            ? {}
            : {
                funds: [
                  {
                    kind: 'mdf' as const,
                    amount: {
                      amount: cut(funds, minorUnits(base.currency)),
                      currency: base.currency,
                    },
                    period: yearKey,
                  },
                ],
              }),
        },
        actuals: objectives.flatMap((objective) =>
          objective.keys.slice(0, 2).map((period) => ({
            objective: objective.id,
            period,
            value: cut(actualValue, placesOf(moneyIn(objective.metric, base.currency))),
          })),
        ),
      };
      return document as unknown as PartnershipJson;
    },
  );
