// The smaller schemas of a document, each on its own: what they accept, default and refuse.
import { describe, expect, it } from 'vitest';
import {
  Actual,
  Charter,
  Commitment,
  Contribution,
  MarketOpportunity,
  ObjectiveOwner,
  PeriodGoal,
  ProgramTerms,
  Provenance,
  ReviewCadence,
  ReviewHeld,
  Side,
  Stakeholder,
  StrategicObjective,
} from '../../src/index.js';

const objective = (extra: Record<string, unknown> = {}) => ({
  id: 'o',
  name: 'O',
  metric: { name: 'M', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase' },
  baseline: '1',
  target: '2',
  horizon: { start: '2026-01-01', end: '2026-12-31' },
  owner: 'joint',
  ...extra,
});

describe('StrategicObjective', () => {
  it('defaults contributions to none and reads decimals exactly', () => {
    const parsed = StrategicObjective.parse(objective({ target: '12000000.10' }));
    expect(parsed.contributions).toEqual([]);
    expect(parsed.target.toFixed()).toBe('12000000.1');
  });
  it('refuses a weight of 0, an unknown owner and a JSON number target', () => {
    expect(StrategicObjective.safeParse(objective({ weight: '0' })).success).toBe(false);
    expect(StrategicObjective.safeParse(objective({ owner: 'both' })).success).toBe(false);
    expect(StrategicObjective.safeParse(objective({ target: 2 })).success).toBe(false);
    expect(ObjectiveOwner.options).toEqual(['vendor', 'partner', 'joint']);
    expect(Contribution.safeParse({ motive: 'retention', strength: 'huge' }).success).toBe(false);
  });
});

describe('MarketOpportunity', () => {
  const opportunity = (extra: Record<string, unknown> = {}) => ({
    id: 'm',
    name: 'M',
    segment: { industry: 'utilities' },
    yearlySize: { amount: '1000', currency: 'EUR' },
    sizeYear: 2026,
    growthRate: '0.12',
    targetShare: '0.01',
    ...extra,
  });
  it('reads the yearly size as money', () => {
    expect(MarketOpportunity.parse(opportunity()).yearlySize.amount.toFixed()).toBe('1000');
  });
  it('refuses a growth of -100 % or less, a share above 1 and an unknown segment field', () => {
    expect(MarketOpportunity.safeParse(opportunity({ growthRate: '-1' })).success).toBe(false);
    expect(MarketOpportunity.safeParse(opportunity({ currentShare: '2' })).success).toBe(false);
    expect(MarketOpportunity.safeParse(opportunity({ segment: { vertical: 'x' } })).success).toBe(
      false,
    );
    expect(MarketOpportunity.safeParse(opportunity({ sizeYear: 2026.5 })).success).toBe(false);
  });
});

describe('Provenance and PeriodGoal', () => {
  it('reads the three provenances', () => {
    expect(Provenance.parse({ status: 'proposed', proposedBy: 'partner' })).toEqual({
      status: 'proposed',
      proposedBy: 'partner',
    });
    expect(
      Provenance.safeParse({ status: 'agreed', agreedBy: ['a'], agreedOn: '2026-01-01' }).success,
    ).toBe(true);
    expect(Provenance.safeParse({ status: 'assigned', assignedBy: 'both' }).success).toBe(false);
    expect(Side.options).toEqual(['vendor', 'partner']);
  });
  it('reads a period key as a period with no calendar yet', () => {
    const goal = PeriodGoal.parse({
      objective: 'o',
      period: 'FY2027-M07',
      target: '1',
      provenance: { status: 'assigned', assignedBy: 'vendor' },
    });
    expect(goal.period).toEqual({ calendar: '', granularity: 'month', year: 2027, index: 7 });
  });
  it('reads weeks, halves and years', () => {
    const period = (key: string) =>
      Actual.parse({ objective: 'o', period: key, value: '1' }).period;
    expect(period('FY2027-W53')).toEqual({
      calendar: '',
      granularity: 'week',
      year: 2027,
      index: 53,
    });
    expect(period('FY2027-H2')).toEqual({
      calendar: '',
      granularity: 'half',
      year: 2027,
      index: 2,
    });
    expect(period('FY2027')).toEqual({ calendar: '', granularity: 'year', year: 2027, index: 1 });
    expect(Actual.safeParse({ objective: 'o', period: 'FY2027-Q5', value: '1' }).success).toBe(
      false,
    );
  });
});

describe('Commitment', () => {
  it('reads an amount as money and a quantity as a decimal', () => {
    const parsed = Commitment.parse({
      id: 'c',
      side: 'partner',
      kind: 'certification',
      quantity: { value: '16', unit: 'people' },
      period: 'FY2027',
      objectives: ['o'],
      status: 'in-progress',
    });
    expect(parsed.quantity?.value.toFixed()).toBe('16');
  });
  it('refuses an unknown kind or status', () => {
    const base = { id: 'c', side: 'vendor', period: 'FY2027', objectives: [] };
    expect(Commitment.safeParse({ ...base, kind: 'gifts', status: 'planned' }).success).toBe(false);
    expect(Commitment.safeParse({ ...base, kind: 'leads', status: 'late' }).success).toBe(false);
  });
});

describe('Stakeholder and reviews', () => {
  it('reads a stakeholder and refuses an unknown role', () => {
    const person = { id: 's', side: 'vendor', name: 'A', role: 'other' };
    expect(Stakeholder.parse(person)).toEqual(person);
    expect(Stakeholder.safeParse({ ...person, role: 'ceo' }).success).toBe(false);
  });
  it('keeps dueWithinDays between 1 and 366', () => {
    const cadence = { id: 'q', kind: 'operational', name: 'Q', frequency: 'monthly' };
    expect(ReviewCadence.safeParse({ ...cadence, dueWithinDays: 366 }).success).toBe(true);
    expect(ReviewCadence.safeParse({ ...cadence, dueWithinDays: 0 }).success).toBe(false);
    expect(ReviewCadence.safeParse({ ...cadence, dueWithinDays: 367 }).success).toBe(false);
    expect(ReviewHeld.safeParse({ cadence: 'q', date: '2026-13-01', attendees: [] }).success).toBe(
      false,
    );
  });
});

describe('Charter and ProgramTerms', () => {
  it('needs every list of the charter, even empty', () => {
    const charter = {
      purpose: 'P',
      horizon: { start: '2026-01-01', end: '2026-12-31' },
      opportunities: [],
      objectives: [objective()],
      stakeholders: [],
      reviewCadences: [],
    };
    expect(Charter.safeParse(charter).success).toBe(false);
    expect(Charter.safeParse({ ...charter, reviewsHeld: [] }).success).toBe(true);
  });
  it('reads margins as ratios and funds by period', () => {
    const terms = ProgramTerms.parse({
      tier: 'gold',
      resaleMargin: '0.15',
      benchmarkMargin: '0.2',
      funds: [{ kind: 'coop', amount: { amount: '10', currency: 'USD' }, period: 'FY2027-Q1' }],
    });
    expect(terms.funds?.[0]?.period.granularity).toBe('quarter');
    expect(
      ProgramTerms.safeParse({ tier: 'g', resaleMargin: '15', benchmarkMargin: '0.2' }).success,
    ).toBe(false);
  });
});
