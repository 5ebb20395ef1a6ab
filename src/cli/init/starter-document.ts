import type { Archetype, FiscalCalendar } from '../../index.js';
import type { Library, Report } from '../library.js';
import { archetypeStarters, type StarterObjective } from './archetype-starters.js';

/** What a starter document is made of: the flags of `init`, resolved. */
export interface StarterSpec {
  readonly archetype: Archetype;
  readonly calendar: FiscalCalendar;
  readonly currency: string;
  readonly start: string;
  readonly years: number;
  readonly vendor: string;
  readonly partner: string;
}

/** An id from a name: lower case, runs of other characters as one dash. */
function idOf(name: string, fallback: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return id === '' ? fallback : id;
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (text: string): string => JSON.stringify(text);

function calendarLines(calendar: FiscalCalendar): string[] {
  if (calendar.kind === 'month-based') {
    return [
      'calendar:',
      '  kind: month-based',
      `  id: ${calendar.id}`,
      `  startMonth: ${calendar.startMonth} # the month (1-12) every fiscal year starts in`,
      '  yearNaming: end-year # FY2027 is the fiscal year that ends in 2027',
    ];
  }
  return [
    'calendar:',
    '  kind: week-based # fiscal years of 52 or 53 whole weeks',
    `  id: ${calendar.id}`,
    '  yearEnd:',
    `    month: ${calendar.yearEnd.month}`,
    `    weekday: ${calendar.yearEnd.weekday}`,
    `    rule: ${calendar.yearEnd.rule} # the ${calendar.yearEnd.weekday} nearest the end of that month`,
    `  pattern: ${q(calendar.pattern)} # weeks in the three months of each quarter`,
  ];
}

function objectiveLines(
  library: Library,
  spec: StarterSpec,
  objective: StarterObjective,
  end: string,
  amount: (units: number) => string,
): string[] {
  const value = (units: number) => (objective.unit === 'money' ? amount(units) : String(units));
  const flow = objective.aggregation === 'sum';
  return [
    `    - id: ${objective.id}`,
    `      name: ${q(objective.name)}`,
    '      metric:',
    `        name: ${q(objective.metric)}`,
    objective.unit === 'money'
      ? `        unit: { kind: money, currency: ${spec.currency} }`
      : '        unit: { kind: count }',
    `        aggregation: ${objective.aggregation} # ${flow ? 'a flow: periods add up' : 'a stock: the level at a period end'}`,
    '        direction: increase',
    `        motives: [${objective.motive}]`,
    `      # ${flow ? 'The flow of the year before the horizon, and the total over the horizon.' : 'The level at the start of the horizon, and at its end.'}`,
    `      baseline: ${q(value(objective.baseline))}`,
    `      target: ${q(value(objective.target))}`,
    `      horizon: { start: ${spec.start}, end: ${end} }`,
    '      owner: joint # vendor, partner or joint',
    ...(objective.unit === 'money' ? ['      opportunity: main-opportunity'] : []),
    '      contributions:',
    `        - { motive: ${objective.motive}, strength: strong } # ${library.motiveLabel(objective.motive)}`,
    '      cascade:',
    '        granularity: quarter',
    `        shape: ${objective.shape === 'linear' ? '{ kind: linear, from: "1", to: "1.5" }' : `{ kind: ${objective.shape} }`}`,
  ];
}

/**
 * A commented YAML partnership document to start from, valid as written: the two companies, a
 * fiscal calendar, a charter with one market opportunity, two objectives suited to the partner's
 * archetype (cascaded by quarter), executive sponsors on both sides, a quarterly business review
 * and a yearly strategic one, the first two quarterly steps of each objective as goals proposed
 * by the partner, and program terms. Every number is a placeholder to replace.
 */
export function starterDocument(library: Library, report: Report, spec: StarterSpec): string {
  const { calendar, currency } = spec;
  const firstYear = library.periodOf(calendar, spec.start, 'year');
  const lastYear = library.addPeriods(calendar, firstYear, spec.years - 1);
  const end = library.periodEnd(calendar, lastYear);
  const amount = (units: number) => library.toDecimalString(library.money(String(units), currency));
  const vendorId = idOf(spec.vendor, 'vendor');
  const partnerId = idOf(spec.partner, 'partner');
  const objectives = archetypeStarters[spec.archetype];
  const goals = objectives.flatMap((objective) => {
    const plan = library.cascade(
      {
        id: objective.id,
        metric: {
          name: objective.metric,
          unit: objective.unit === 'money' ? { kind: 'money', currency } : { kind: 'count' },
          aggregation: objective.aggregation,
          direction: 'increase',
        },
        baseline:
          objective.unit === 'money' ? amount(objective.baseline) : String(objective.baseline),
        target: objective.unit === 'money' ? amount(objective.target) : String(objective.target),
        horizon: { start: spec.start, end },
        cascade: {
          granularity: 'quarter',
          shape:
            objective.shape === 'linear'
              ? { kind: 'linear', from: '1', to: '1.5' }
              : { kind: objective.shape },
        },
      },
      calendar,
    );
    return report
      .cascadeRows(plan)
      .slice(0, 2)
      .map((row) => [
        `  - objective: ${objective.id}`,
        `    period: ${row.period}`,
        `    target: ${q(row.targetExact)} # the cascade's step for ${row.period}`,
        `    provenance: { status: proposed, proposedBy: partner, proposedOn: ${spec.start} }`,
      ]);
  });
  const sizeYear = Number(spec.start.slice(0, 4));
  return [
    '# A partnership document: partner-alignment validate, plan, progress and score read it.',
    "# Every number is a placeholder: replace it with the partner's own. Decimals are quoted so",
    '# that every YAML tool reads them as written (partner-alignment also reads unquoted ones',
    '# exactly). The fields and their rules: docs/documents.md; JSON Schema: partner-alignment schema.',
    'schemaVersion: 1',
    `id: ${vendorId}-${partnerId}`,
    `name: ${q(`${spec.vendor} × ${spec.partner}`)}`,
    `vendor: { id: ${vendorId}, name: ${q(spec.vendor)} }`,
    'partner:',
    `  id: ${partnerId}`,
    `  name: ${q(spec.partner)}`,
    '  # Its business models, with the share of its business each is (the shares sum to 1).',
    "  # The partner's motives are derived from them unless you add a motiveProfile.",
    `  archetypes: [{ archetype: ${spec.archetype}, share: "1" }]`,
    `currency: ${currency} # every amount of the document is in this currency`,
    ...calendarLines(calendar),
    'charter:',
    '  # Why: the long-term direction of the partnership.',
    `  purpose: ${q(`Grow a business together that serves what ${spec.partner} cares about most.`)}`,
    `  horizon: { start: ${spec.start}, end: ${end} }`,
    '  # What: the market opportunity pursued together, and how much of it to capture.',
    '  opportunities:',
    '    - id: main-opportunity',
    '      name: "The segment we pursue together"',
    '      segment: { industry: "to fill in", region: "to fill in" }',
    `      yearlySize: { amount: ${q(amount(50_000_000))}, currency: ${currency} }`,
    `      sizeYear: ${sizeYear}`,
    '      growthRate: "0.08" # 8 % a year',
    '      currentShare: "0.01" # the share captured today',
    '      targetShare: "0.03" # the share to capture by the horizon end',
    '  # The long-term objectives, each cascaded into period steps (partner-alignment plan).',
    '  objectives:',
    ...objectives.flatMap((objective) => objectiveLines(library, spec, objective, end, amount)),
    '  # How: the people on both sides, and when progress is reviewed together.',
    '  stakeholders:',
    `    - { id: vendor-sponsor, side: vendor, name: "to fill in", role: executive-sponsor }`,
    `    - { id: partner-sponsor, side: partner, name: "to fill in", role: executive-sponsor }`,
    '  reviewCadences:',
    '    - { id: qbr, kind: business, name: "Quarterly business review", frequency: quarterly, dueWithinDays: 30 }',
    '    - { id: strategic, kind: strategic, name: "Yearly strategic review", frequency: yearly, dueWithinDays: 45 }',
    '  reviewsHeld: [] # add { cadence, date, attendees } as reviews take place',
    '# Short-term period goals toward the objectives: assigned, proposed, or agreed by both sides.',
    'goals:',
    ...goals.flat(),
    '# What each side promises: enablement, funding, leads, co-selling, certification, resourcing.',
    'commitments: []',
    'terms:',
    '  tier: registered',
    '  resaleMargin: "0.15" # the margin the partner earns on resale',
    '  benchmarkMargin: "0.15" # what the market pays for comparable products',
    '# Recorded values by period; or pass a CSV export: partner-alignment progress --actuals.',
    'actuals: []',
    '',
  ].join('\n');
}
