import { describe, expect, it } from 'vitest';
import { agreeGoals } from '../../src/analysis/agree-goals.js';
import { proposeGoals } from '../../src/analysis/propose-goals.js';
import { isValidationError } from '../../src/errors.js';
import { encodePartnership } from '../../src/model/encode-partnership.js';
import { samples } from '../../src/model/samples.js';
import { assignedAbovePath, copy } from './fixtures.js';

const goalsOf = (partnership: Parameters<typeof encodePartnership>[0], period: string) =>
  encodePartnership(partnership)
    .goals.filter((goal) => goal.period === period)
    .map((goal) => [goal.objective, goal.target, goal.provenance.status]);
const issuesOf = (call: () => unknown): string[] => {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) return error.issues.map((i) => `${i.code} ${i.path.join('.')}`);
    throw error;
  }
  throw new Error('expected a ValidationError');
};

describe('proposeGoals', () => {
  it('proposes the strategic path’s step as the goal of each objective, replacing an assigned one', () => {
    // The path of deals is 10 a quarter; the assigned 13 for Q2 becomes a proposal of 10.
    const next = proposeGoals(assignedAbovePath, 'FY2027-Q2', {
      side: 'partner',
      proposedOn: '2027-03-20',
    });
    expect(goalsOf(next, 'FY2027-Q2')).toEqual([['deals', '10', 'proposed']]);
    expect(encodePartnership(next).goals[1]?.provenance).toEqual({
      status: 'proposed',
      proposedBy: 'partner',
      proposedOn: '2027-03-20',
    });
    // Q3 had no goal: one is added. A half combines the steps inside it: 10 + 10.
    expect(
      goalsOf(proposeGoals(assignedAbovePath, 'FY2027-Q3', { side: 'vendor' }), 'FY2027-Q3'),
    ).toEqual([['deals', '10', 'proposed']]);
    expect(
      goalsOf(proposeGoals(assignedAbovePath, 'FY2027-H2', { side: 'vendor' }), 'FY2027-H2'),
    ).toEqual([['deals', '20', 'proposed']]);
  });

  it('keeps an agreed goal', () => {
    const document = copy(assignedAbovePath);
    document.goals = [
      {
        objective: 'deals',
        period: 'FY2027-Q1',
        target: '13',
        provenance: { status: 'agreed', agreedBy: ['p-sponsor'], agreedOn: '2026-12-15' },
      },
    ];
    expect(goalsOf(proposeGoals(document, 'FY2027-Q1', { side: 'vendor' }), 'FY2027-Q1')).toEqual([
      ['deals', '13', 'agreed'],
    ]);
  });

  it('bounds the vendor-revenue goal by the partner’s capacity', () => {
    // Northwind's path reaches 5,000,000 of resold ARR in FY2029: 0.95 × 5,000,000 / 185 =
    // 25,675.7 billed hours, but 14 consultants bill 14 × 2,080 × 0.75 = 21,840 at the ceiling.
    // 5,000,000 × 21,840 / 25,675.7 = 4,253,048.61 would leave a hair short of the hours (the
    // hours needed are rounded to tenths), so the engine's check lowers it to 4,253,048.60.
    const bounded = proposeGoals(samples.northwindAdvisory, 'FY2029', { side: 'vendor' });
    const free = proposeGoals(samples.northwindAdvisory, 'FY2029', {
      side: 'vendor',
      bound: 'none',
    });
    const arr = (p: typeof bounded) =>
      goalsOf(p, 'FY2029').find(([objective]) => objective === 'resale-arr')?.[1];
    expect([arr(bounded), arr(free)]).toEqual(['4253048.6', '5000000']);
  });

  it('refuses a period of another calendar and options it does not know', () => {
    expect(
      issuesOf(() => proposeGoals(assignedAbovePath, 'FY2027-Q5', { side: 'vendor' })),
    ).toEqual(['invalid-period-key period']);
    expect(
      issuesOf(() =>
        proposeGoals(
          assignedAbovePath,
          { calendar: 'other', granularity: 'quarter', year: 2027, index: 1 },
          { side: 'vendor' },
        ),
      ),
    ).toEqual(['calendar-mismatch period']);
    expect(
      issuesOf(() => proposeGoals(assignedAbovePath, 'FY2027-Q2', { side: 'both' as never })),
    ).toEqual(['invalid-value options.side']);
    expect(
      issuesOf(() =>
        proposeGoals(assignedAbovePath, 'FY2027-Q2', { side: 'vendor', proposedOn: '20.03.2027' }),
      ),
    ).toEqual(['invalid-date options.proposedOn']);
    expect(
      issuesOf(() => proposeGoals(assignedAbovePath, 'FY2027-Q2', undefined as never)),
    ).toEqual(['required options']);
  });
});

describe('agreeGoals', () => {
  it('turns the proposals of a period into goals agreed by both sides’ sponsors', () => {
    const proposed = proposeGoals(assignedAbovePath, 'FY2027-Q2', { side: 'partner' });
    const agreed = agreeGoals(proposed, 'FY2027-Q2', { agreedOn: '2027-04-02' });
    expect(encodePartnership(agreed).goals[1]?.provenance).toEqual({
      status: 'agreed',
      agreedBy: ['v-sponsor', 'p-sponsor'],
      agreedOn: '2027-04-02',
    });
    // An assigned goal stays assigned: it is proposed again before it is agreed.
    expect(
      goalsOf(agreeGoals(assignedAbovePath, 'FY2027-Q1', { agreedOn: '2027-04-02' }), 'FY2027-Q1'),
    ).toEqual([['deals', '13', 'assigned']]);
  });

  it('records who agreed, when named', () => {
    const proposed = proposeGoals(assignedAbovePath, 'FY2027-Q2', { side: 'partner' });
    const agreed = agreeGoals(proposed, 'FY2027-Q2', {
      agreedOn: '2027-04-02',
      agreedBy: ['v-pam', 'p-sponsor'],
    });
    expect(encodePartnership(agreed).goals[1]?.provenance).toMatchObject({
      agreedBy: ['v-pam', 'p-sponsor'],
    });
    expect(
      issuesOf(() =>
        agreeGoals(proposed, 'FY2027-Q2', { agreedOn: '2027-04-02', agreedBy: ['nobody'] }),
      ),
    ).toEqual(['unknown-reference options.agreedBy.0']);
    expect(issuesOf(() => agreeGoals(proposed, 'FY2027-Q2', {} as never))).toEqual([
      'required options.agreedOn',
    ]);
  });
});
