import { describe, expect, it } from 'vitest';
import { rankLevers, samples } from '../../src/index.js';
import { northwindProfile } from './fixtures.js';

describe('rankLevers', () => {
  it('ranks a step that lifts a revenue past 10^30, since it compares gross profit alone', () => {
    // 10^15 users at 1.01 × 10^15 USD less 1 %: a revenue of 0.9999 × 10^30, a cost of 10^30, a
    // gross profit of −10^26. One point less discount (none) lifts the revenue to 1.01 × 10^30,
    // too large to compute exactly, but its gross profit, 10^28, is not: the step gains 1.01 × 10^28.
    const partnership = {
      ...samples.northwindAdvisory,
      economics: {
        ...northwindProfile,
        subscriptions: {
          users: '1e15',
          pricePerUser: { amount: '1.01e15', currency: 'USD' },
          averageDiscount: '0.01',
          platformCostPerUser: { amount: '1e15', currency: 'USD' },
        },
      },
    };
    const { levers } = rankLevers(partnership);
    const discount = levers.find((lever) => lever.lever === 'discount');
    expect(discount?.kind === 'applicable' && discount.delta.amount.toFixed()).toBe(
      '10100000000000000000000000000',
    );
  });
});
