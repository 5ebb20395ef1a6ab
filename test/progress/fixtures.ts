import {
  type Decimal,
  type Direction,
  type ObjectiveId,
  type ObjectiveProgress,
  type PartnershipJson,
  type Period,
  type ProgressActual,
  type ProgressPlan,
  toDecimal,
} from '../../src/index.js';

export const d = (value: string | number): Decimal => toDecimal(value);

export const month = (index: number, year = 2027): Period => ({
  calendar: 'calendar',
  granularity: 'month',
  year,
  index,
});
export const quarter = (index: number, year = 2027): Period => ({
  calendar: 'calendar',
  granularity: 'quarter',
  year,
  index,
});

/** A plan on calendar year 2027 with the given steps. */
export function planOf(options: {
  readonly aggregation?: 'sum' | 'last' | 'average';
  readonly direction?: Direction;
  readonly baseline?: number | string;
  readonly target: number | string;
  readonly steps: ReadonlyArray<readonly [Period, number | string]>;
  readonly id?: string;
  readonly weight?: number;
}): ProgressPlan {
  return {
    objective: {
      id: (options.id ?? 'objective') as ObjectiveId,
      metric: {
        aggregation: options.aggregation ?? 'sum',
        direction: options.direction ?? 'increase',
      },
      baseline: d(options.baseline ?? 0),
      target: d(options.target),
      horizon: { start: '2027-01-01', end: '2027-12-31' },
      ...(options.weight === undefined ? {} : { weight: d(options.weight) }),
    },
    steps: options.steps.map(([period, target]) => ({ period, target: d(target) })),
  };
}

export const actualsOf = (
  values: ReadonlyArray<readonly [Period, number | string]>,
): ProgressActual[] => values.map(([period, value]) => ({ period, value: d(value) }));

/** JSON view of a value: Decimals as strings. */
export const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The messages of a progress's findings. */
export const messagesOf = (progress: ObjectiveProgress): string[] =>
  progress.findings.map((finding) => finding.message);

/** The codes of a progress's findings. */
export const codesOf = (progress: ObjectiveProgress): string[] =>
  progress.findings.map((finding) => finding.code);

/** The message of the ValidationError a call throws, or a note that it threw none. */
export function errorMessage(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return 'no error';
}

/** An objective of a partnership document, measured in deals (a count). */
export function objectiveJson(
  id: string,
  options: {
    readonly aggregation?: 'sum' | 'last' | 'average';
    readonly baseline?: string;
    readonly target?: string;
    readonly weight?: string;
  } = {},
) {
  return {
    id,
    name: `Objective ${id}`,
    metric: {
      name: 'Deals',
      unit: { kind: 'count' },
      aggregation: options.aggregation ?? 'sum',
      direction: 'increase',
    },
    baseline: options.baseline ?? '0',
    target: options.target ?? '40',
    horizon: { start: '2027-01-01', end: '2027-12-31' },
    owner: 'joint',
    ...(options.weight === undefined ? {} : { weight: options.weight }),
  } as const;
}

/**
 * A small valid partnership document on the calendar year (calendar id `calendar`, 2027), with the
 * objectives, goals (agreed) and actuals given as `[objective, period key, value]`.
 */
export function partnershipJson(
  objectives: ReadonlyArray<ReturnType<typeof objectiveJson>>,
  goals: ReadonlyArray<readonly [string, string, string]>,
  actuals: ReadonlyArray<readonly [string, string, string]>,
): PartnershipJson {
  return {
    schemaVersion: 1,
    id: 'test-partnership',
    name: 'Vendor and partner',
    vendor: { id: 'vendor', name: 'Vendor' },
    partner: {
      id: 'partner',
      name: 'Partner',
      archetypes: [{ archetype: 'consulting', share: '1' }],
    },
    currency: 'EUR',
    calendar: { kind: 'month-based', id: 'calendar', startMonth: 1 },
    charter: {
      purpose: 'Grow together.',
      horizon: { start: '2027-01-01', end: '2027-12-31' },
      opportunities: [],
      objectives: [...objectives],
      stakeholders: [
        { id: 'v', side: 'vendor', name: 'Vera', role: 'partner-manager' },
        { id: 'p', side: 'partner', name: 'Paul', role: 'practice-lead' },
      ],
      reviewCadences: [],
      reviewsHeld: [],
    },
    goals: goals.map(([objective, period, target]) => ({
      objective,
      period,
      target,
      provenance: { status: 'agreed', agreedBy: ['v', 'p'], agreedOn: '2026-12-01' },
    })),
    commitments: [],
    terms: { tier: 'gold', resaleMargin: '0.15', benchmarkMargin: '0.15' },
    actuals: actuals.map(([objective, period, value]) => ({ objective, period, value })),
  } as PartnershipJson;
}
