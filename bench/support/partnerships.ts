/**
 * A seeded generator of realistic partnership documents, for benchmarks (parse today, the portfolio
 * benchmark later). Each document has 5 to 8 objectives of varied metrics, shapes and calendars,
 * 20 to 40 goals and as many actuals, commitments, funds, reviews and an economics profile; about a
 * quarter of the partners are at risk (their actuals run well below their goals). Every document
 * passes `parsePartnership`. The same seed gives the same documents on every machine.
 */
import {
  cascade,
  cascadeSteps,
  type FiscalCalendar,
  type Granularity,
  type PartnershipJson,
  periodsBetween,
  type StrategicObjectiveJson,
} from '../../src/index.js';

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = Record<string, unknown>;

interface Draw {
  readonly next: () => number;
  int(min: number, max: number): number;
  pick<T>(items: ReadonlyArray<T>): T;
}

function draw(seed: number): Draw {
  const next = random(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as never,
  };
}

const industries = [
  'healthcare',
  'utilities',
  'manufacturing',
  'retail',
  'public sector',
  'banking',
];
const regions = ['US Northeast', 'US West', 'DACH', 'Nordics', 'UK & Ireland', 'ANZ', 'Benelux'];
const firstNames = ['Dana', 'Marco', 'Priya', 'Tom', 'Ines', 'Kenji', 'Olu', 'Sara', 'Lena', 'Raj'];
const lastNames = ['Whitfield', 'Ruiz', 'Raman', 'Becker', 'Moreau', 'Sato', 'Adeyemi', 'Lind'];

/** Money or count templates of objectives: what they measure, and how big they are. */
const templates = [
  {
    id: 'services-revenue',
    name: 'Services revenue',
    kind: 'money',
    aggregation: 'sum',
    scale: 1e7,
    motive: 'services-revenue',
  },
  {
    id: 'resale-arr',
    name: 'Resold ARR',
    kind: 'money',
    aggregation: 'last',
    scale: 5e6,
    motive: 'resale-margin',
  },
  {
    id: 'subscription-arr',
    name: 'Subscription ARR',
    kind: 'money',
    aggregation: 'last',
    scale: 4e6,
    motive: 'subscription-revenue',
  },
  {
    id: 'new-deals',
    name: 'Deals won',
    kind: 'count',
    aggregation: 'sum',
    scale: 120,
    motive: 'deal-volume',
  },
  {
    id: 'certified-consultants',
    name: 'Certified consultants',
    kind: 'count',
    aggregation: 'last',
    scale: 60,
    motive: 'consultant-utilization',
  },
  {
    id: 'active-users',
    name: 'Active users',
    kind: 'count',
    aggregation: 'last',
    scale: 20000,
    motive: 'user-growth',
  },
  {
    id: 'utilization',
    name: 'Billable utilization',
    kind: 'percent',
    aggregation: 'last',
    scale: 80,
    motive: 'consultant-utilization',
  },
  {
    id: 'managed-revenue',
    name: 'Managed-services revenue',
    kind: 'money',
    aggregation: 'sum',
    scale: 3e6,
    motive: 'managed-services-revenue',
  },
  {
    id: 'referral-fees',
    name: 'Referral fees',
    kind: 'money',
    aggregation: 'sum',
    scale: 4e5,
    motive: 'referral-fees',
  },
] as const;

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A decimal string with `places` decimals for a value of about `amount`. */
function decimal(amount: number, places: number): string {
  return amount.toFixed(places);
}

/** Options of {@link generatePartnership}. */
export interface GenerateOptions {
  /** Goals (and as many actuals): default 20 to 40; up to 36 per objective (monthly beyond quarterly). */
  readonly goals?: number;
  /**
   * A date to generate the data as of, for analyses (the portfolio benchmark): goals are the
   * cascade's steps of each objective's first periods (assigned goals above the step, more often
   * for partners at risk), and every period of every objective completed by that date has an
   * actual (the goal's, or the step's where no goal exists, times the partner's attainment). Without
   * it, each goal has one actual and goals follow a straight line (the parse and progress benches).
   */
  readonly asOf?: string;
}

/**
 * One realistic partnership document.
 *
 * @param seed - the seed; the same seed gives the same document
 * @param options - see {@link GenerateOptions}
 * @returns the document as JSON, ready for `parsePartnership` or `JSON.stringify`
 */
export function generatePartnership(seed: number, options: GenerateOptions = {}): PartnershipJson {
  const d = draw(seed);
  const atRisk = d.next() < 0.25;
  const currency = d.pick(['USD', 'EUR', 'GBP', 'JPY', 'CHF'] as const);
  const places = currency === 'JPY' ? 0 : 2;
  const weekBased = d.next() < 0.25;
  const startMonth = weekBased ? 1 : d.pick([1, 2, 4, 7, 10]);
  const calendar: FiscalCalendar = weekBased
    ? {
        kind: 'week-based',
        id: `fy-445-${seed}`,
        yearEnd: { month: 12, weekday: 'saturday', rule: 'last' },
        pattern: '4-4-5',
      }
    : { kind: 'month-based', id: `fy-${startMonth}-${seed}`, startMonth };
  // The charter runs three fiscal years from the start of fiscal 2027 (month-based, named by end).
  const startYear = startMonth === 1 ? 2027 : 2026;
  const start = isoDate(startYear, startMonth, 1);
  const endMonth = startMonth === 1 ? 12 : startMonth - 1;
  const end = isoDate(2029, endMonth, lastDay(2029, endMonth));
  const horizon = { start, end };

  const opportunityCount = d.int(1, 3);
  const opportunities = Array.from({ length: opportunityCount }, (_, i) => ({
    id: `opp-${i + 1}`,
    name: `${d.pick(industries)} in ${d.pick(regions)}`,
    segment: { industry: d.pick(industries), region: d.pick(regions), companySize: 'mid-market' },
    yearlySize: { amount: decimal(d.int(50, 900) * 1e6, places), currency },
    sizeYear: 2026,
    growthRate: decimal(d.int(2, 18) / 100, 2),
    currentShare: decimal(d.int(5, 20) / 1000, 3),
    targetShare: decimal(d.int(21, 60) / 1000, 3),
  }));

  const objectiveCount = d.int(5, 8);
  const chosen = [...templates].sort(() => d.next() - 0.5).slice(0, objectiveCount);
  const goalCount = options.goals ?? d.int(20, 40);
  const granularity: Granularity = goalCount > objectiveCount * 12 ? 'month' : 'quarter';
  const quarters = periodsBetween(calendar, start, end, granularity);
  const letter = granularity === 'month' ? 'M' : 'Q';
  const digits = granularity === 'month' ? 2 : 1;
  const objectives = chosen.map((template) => {
    const precision = template.kind === 'money' ? places : template.kind === 'percent' ? 1 : 0;
    const baseline = template.scale * (0.2 + d.next() * 0.3);
    const target = template.aggregation === 'sum' ? baseline * 4 : baseline * (1.5 + d.next());
    const shapeKind = d.pick(['even', 'linear', 'geometric', 's-curve', 'custom'] as const);
    const shape: Json =
      shapeKind === 'linear'
        ? { kind: 'linear', from: '1', to: decimal(1.2 + d.next(), 1) }
        : shapeKind === 'geometric'
          ? { kind: 'geometric' }
          : shapeKind === 's-curve'
            ? { kind: 's-curve', midpoint: '0.4', steepness: '8' }
            : shapeKind === 'custom'
              ? { kind: 'custom', weights: quarters.map((_, i) => String(10 + i)) }
              : { kind: 'even' };
    const money = template.kind === 'money';
    return {
      id: template.id,
      name: `${template.name} with the vendor`,
      description: `Grow ${template.name.toLowerCase()} on the vendor platform, together.`,
      metric: {
        name: template.name,
        unit: money ? { kind: 'money', currency } : { kind: template.kind },
        aggregation: template.aggregation,
        direction: 'increase',
        ...(template.kind === 'percent' ? { precision: 1 } : {}),
        motives: [template.motive],
      },
      baseline: decimal(baseline, precision),
      target: decimal(target, precision),
      horizon,
      owner: d.pick(['vendor', 'partner', 'joint'] as const),
      ...(money ? { opportunity: `opp-${d.int(1, opportunityCount)}` } : {}),
      contributions: [
        { motive: template.motive, strength: d.pick(['weak', 'moderate', 'strong'] as const) },
      ],
      cascade: {
        granularity,
        shape,
        ...(d.next() < 0.3
          ? { seasonality: { by: 'quarter', weights: ['0.9', '1', '1', '1.1'] } }
          : {}),
      },
      precision,
      scale: { baseline, target },
    };
  });

  const stakeholderCount = d.int(4, 8);
  const stakeholders = Array.from({ length: stakeholderCount }, (_, i) => ({
    id: `s-${i + 1}`,
    side: i % 2 === 0 ? 'vendor' : 'partner',
    name: `${d.pick(firstNames)} ${d.pick(lastNames)}`,
    role: d.pick([
      'executive-sponsor',
      'partner-manager',
      'practice-lead',
      'sales-lead',
      'technical-lead',
    ] as const),
    title: i % 2 === 0 ? 'Partner manager, vendor' : 'Practice lead, partner',
  }));
  const vendorSide = stakeholders.filter((s) => s.side === 'vendor').map((s) => s.id);
  const partnerSide = stakeholders.filter((s) => s.side === 'partner').map((s) => s.id);

  // Goals and actuals: one per objective and quarter (or month), in order, 20 to 40 of each.
  const provenanceOf = (status: number): Json =>
    status < 0.5
      ? {
          status: 'agreed',
          agreedBy: [d.pick(vendorSide), d.pick(partnerSide)],
          agreedOn: isoDate(startYear, startMonth, 14),
        }
      : status < 0.8
        ? {
            status: 'proposed',
            proposedBy: d.pick(['vendor', 'partner'] as const),
            proposedOn: isoDate(startYear, startMonth, 20),
          }
        : { status: 'assigned', assignedBy: 'vendor' };
  const goals: Json[] = [];
  const actuals: Json[] = [];
  if (options.asOf !== undefined) {
    const asOf = options.asOf;
    objectives.forEach((objective, i) => {
      const { precision: _p, scale: _s, ...json } = objective;
      const steps = cascadeSteps(cascade(json as StrategicObjectiveJson, calendar));
      const count =
        Math.floor(goalCount / objectives.length) + (i < goalCount % objectives.length ? 1 : 0);
      const flow = objective.metric.aggregation === 'sum';
      const baseline = Number(json.baseline);
      steps.forEach((step, q) => {
        const key = `FY${step.period.year}-${letter}${String(step.period.index).padStart(digits, '0')}`;
        const path = step.target.toNumber();
        let planned = path;
        if (q < count) {
          // Partners at risk more often have goals assigned, and above the strategic path.
          const status = atRisk ? (d.next() < 0.5 ? 0.9 : d.next() * 0.8) : d.next();
          const provenance = provenanceOf(status);
          if (provenance['status'] === 'assigned') {
            const above = atRisk ? 1.1 + d.next() * 0.2 : 1 + d.next() * 0.05;
            planned = flow ? path * above : baseline + (path - baseline) * above;
          }
          goals.push({
            objective: objective.id,
            period: key,
            target: decimal(planned, objective.precision),
            provenance,
          });
        }
        if (step.end >= asOf) return;
        const attainment = atRisk ? 0.55 + d.next() * 0.25 : 0.97 + d.next() * 0.15;
        const value = flow ? planned * attainment : baseline + (planned - baseline) * attainment;
        actuals.push({
          objective: objective.id,
          period: key,
          value: decimal(value, objective.precision),
        });
      });
    });
  }
  const perObjective = Math.ceil(goalCount / objectives.length);
  for (const objective of options.asOf === undefined ? objectives : []) {
    const steps = Math.min(perObjective, quarters.length);
    for (let q = 0; q < steps && goals.length < goalCount; q++) {
      const index = String(quarters[q]?.period.index).padStart(digits, '0');
      const period = `FY${quarters[q]?.period.year}-${letter}${index}`;
      const flow = objective.metric.aggregation === 'sum';
      const { baseline, target } = objective.scale;
      const planned = flow
        ? target / quarters.length
        : baseline + ((target - baseline) * (q + 1)) / quarters.length;
      goals.push({
        objective: objective.id,
        period,
        target: decimal(planned, objective.precision),
        provenance: provenanceOf(d.next()),
      });
      // A flow's actual is a share of the period's goal; a level's actual climbs that share of
      // the planned climb from the baseline (progress reads a level's movement, not its size).
      const attainment = atRisk ? 0.55 + d.next() * 0.25 : 0.97 + d.next() * 0.15;
      const value = flow ? planned * attainment : baseline + (planned - baseline) * attainment;
      actuals.push({
        objective: objective.id,
        period,
        value: decimal(value, objective.precision),
      });
    }
  }

  const commitmentCount = d.int(3, 8);
  const commitments = Array.from({ length: commitmentCount }, (_, i) => {
    const withAmount = i % 2 === 1;
    return {
      id: `c-${i + 1}`,
      side: i % 3 === 0 ? 'partner' : 'vendor',
      kind: d.pick([
        'enablement',
        'funding',
        'leads',
        'co-selling',
        'certification',
        'resourcing',
      ] as const),
      description: 'A commitment made at the strategic review',
      ...(withAmount
        ? { amount: { amount: decimal(d.int(10, 200) * 1000, places), currency } }
        : {
            quantity: { value: String(d.int(2, 40)), unit: d.pick(['people', 'leads', 'hours']) },
          }),
      period: `FY${d.int(2027, 2029)}`,
      objectives: [d.pick(objectives).id],
      status: d.pick(['planned', 'in-progress', 'delivered', 'missed'] as const),
    };
  });

  const reviewsHeld = Array.from({ length: d.int(2, 8) }, (_, i) => ({
    cadence: i === 0 ? 'strategic' : 'qbr',
    date: isoDate(
      startYear + Math.floor((startMonth - 1 + i * 3) / 12),
      ((startMonth - 1 + i * 3) % 12) + 1,
      15,
    ),
    attendees: [d.pick(vendorSide), d.pick(partnerSide)],
  }));

  const consulting = d.next() < 0.6;
  const moneyObjective = objectives.find((objective) => objective.metric.unit.kind === 'money');
  const share = d.int(5, 9) / 10;
  return {
    schemaVersion: 1,
    id: `partnership-${seed}`,
    name: `Vendor × Partner ${seed}`,
    vendor: { id: 'stratus', name: 'Stratus Cloud' },
    partner: {
      id: `partner-${seed}`,
      name: `Partner ${seed}`,
      archetypes: consulting
        ? [
            { archetype: 'consulting', share: decimal(share, 1) },
            { archetype: 'reseller', share: decimal(1 - share, 1) },
          ]
        : [
            { archetype: 'solution-provider', share: decimal(share, 1) },
            { archetype: 'msp', share: decimal(1 - share, 1) },
          ],
      region: d.pick(regions),
      tier: d.pick(['select', 'gold', 'platinum']),
    },
    currency,
    calendar,
    charter: {
      purpose:
        'Grow a joint practice that serves the customers of both companies, with goals set together and reviewed every quarter.',
      horizon,
      opportunities,
      objectives: objectives.map(({ precision: _p, scale: _s, ...objective }) => objective),
      stakeholders,
      reviewCadences: [
        {
          id: 'qbr',
          kind: 'business',
          name: 'Quarterly business review',
          frequency: 'quarterly',
          dueWithinDays: 30,
        },
        {
          id: 'strategic',
          kind: 'strategic',
          name: 'Yearly strategic review',
          frequency: 'yearly',
          dueWithinDays: 45,
        },
      ],
      reviewsHeld,
    },
    goals,
    commitments,
    terms: {
      tier: 'gold',
      resaleMargin: decimal(d.int(10, 25) / 100, 2),
      benchmarkMargin: '0.15',
      funds: [
        {
          kind: 'mdf',
          amount: { amount: decimal(d.int(20, 90) * 1000, places), currency },
          period: 'FY2027',
        },
      ],
    },
    actuals,
    ...(moneyObjective === undefined
      ? {}
      : {
          economics: {
            vendorRevenue: { objective: moneyObjective.id },
            ...(consulting
              ? {
                  services: {
                    attachRatio: '0.95',
                    billRate: { amount: decimal(d.int(120, 260), places), currency },
                    deliveryCostRate: { amount: decimal(d.int(60, 110), places), currency },
                    billableHeadcount: String(d.int(5, 40)),
                    utilization: String(d.int(55, 80)),
                  },
                }
              : {
                  subscriptions: {
                    users: String(d.int(500, 9000)),
                    pricePerUser: { amount: decimal(d.int(200, 600), places), currency },
                    averageDiscount: '0.2',
                    platformCostPerUser: { amount: decimal(d.int(30, 90), places), currency },
                  },
                }),
          },
        }),
  } as unknown as PartnershipJson;
}

/**
 * Many partnership documents, one per seed from `seed` on.
 *
 * @param count - how many documents
 * @param seed - the first seed
 * @param options - see {@link GenerateOptions}
 * @returns the documents
 */
export function generatePortfolio(
  count: number,
  seed = 20261127,
  options: GenerateOptions = {},
): PartnershipJson[] {
  return Array.from({ length: count }, (_, i) => generatePartnership(seed + i, options));
}
