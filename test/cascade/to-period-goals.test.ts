import { describe, expect, it } from 'vitest';
import { cascade, toDecimal, toPeriodGoals } from '../../src/index.js';
import { julyFy, metric, objective } from './fixtures.js';

const plan = cascade(
  {
    ...objective('last', '64.0', '75.0', '2026-08-15', '2027-06-30'),
    metric: metric('last', { kind: 'percent' }),
  },
  julyFy,
  { granularity: 'quarter' },
);

describe('toPeriodGoals', () => {
  it('proposes every step as a JSON-ready period goal, with or without a date', () => {
    expect(toPeriodGoals(plan, { proposedBy: 'vendor' })[3]).toEqual({
      objective: 'objective',
      period: 'FY2027-Q4',
      target: '75.0',
      provenance: { status: 'proposed', proposedBy: 'vendor' },
    });
    const dated = toPeriodGoals(plan, { proposedBy: 'partner', proposedOn: '2026-07-20' });
    expect(JSON.parse(JSON.stringify(dated)).map((g: { target: string }) => g.target)).toEqual([
      '65.6',
      '68.7',
      '71.9',
      '75.0',
    ]);
    expect(dated[0]?.provenance).toEqual({
      status: 'proposed',
      proposedBy: 'partner',
      proposedOn: '2026-07-20',
    });
    expect(toDecimal(dated[0]?.target ?? '').toString()).toBe('65.6');
  });

  it('refuses a side or a date that a document would refuse', () => {
    expect(() =>
      toPeriodGoals(plan, { proposedBy: 'reseller' as never }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot propose goals from the cascade: 1 issue
        - options.proposedBy: Not one of the accepted values (received "reseller"; expected "vendor" or "partner")]
    `);
    expect(() =>
      toPeriodGoals(plan, { proposedBy: 'vendor', proposedOn: '27.11.2026' }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot propose goals from the cascade: 1 issue
        - options.proposedOn: Not a real date written YYYY-MM-DD (received "27.11.2026"; expected a real date written YYYY-MM-DD, such as "2027-03-31")]
    `);
    expect(() => toPeriodGoals(plan, undefined as never)).toThrow(/proposedBy/);
  });

  it('gives each goal a provenance no caller can change', () => {
    const goals = toPeriodGoals(plan, { proposedBy: 'vendor' });
    expect(Object.isFrozen(goals[0]?.provenance)).toBe(true);
  });
});
