import type { z } from 'zod';
import type { Money } from '../../money/money.js';
import type { EconomicsProfile } from '../economics-profile.js';
import type { Metric } from '../metric.js';

/** The parts of a partnership document the economics check reads. */
export interface EconomicsCheckedDocument {
  readonly currency: string;
  readonly charter: {
    readonly objectives: ReadonlyArray<{ readonly id: string; readonly metric: Metric }>;
  };
  readonly economics?: EconomicsProfile | undefined;
}

/**
 * Checks the economics profile against the rest of the document: its vendor-revenue objective
 * must name an objective measured in money of the document currency, and its amounts must be in
 * the document currency.
 */
export function checkEconomics(
  document: EconomicsCheckedDocument,
  context: z.core.$RefinementCtx,
): void {
  const profile = document.economics;
  if (profile === undefined) return;
  const report = (path: ReadonlyArray<string>, message: string, input: unknown, expected: string) =>
    context.addIssue({
      code: 'custom',
      path: ['economics', ...path],
      message,
      input,
      params: { expected },
    });
  const id = profile.vendorRevenue.objective;
  const objective = document.charter.objectives.find((item) => item.id === id);
  const expected = `the id of an objective measured in ${document.currency}`;
  if (objective === undefined) {
    report(['vendorRevenue', 'objective'], 'Unknown objective', id, expected);
  } else if (
    objective.metric.unit.kind !== 'money' ||
    objective.metric.unit.currency !== document.currency
  ) {
    report(
      ['vendorRevenue', 'objective'],
      `The vendor-revenue objective "${id}" is not measured in money of the document currency`,
      id,
      expected,
    );
  }
  const amounts: Array<[ReadonlyArray<string>, Money | undefined]> = [
    [['services', 'billRate'], profile.services?.billRate],
    [['services', 'deliveryCostRate'], profile.services?.deliveryCostRate],
    [['subscriptions', 'pricePerUser'], profile.subscriptions?.pricePerUser],
    [['subscriptions', 'platformCostPerUser'], profile.subscriptions?.platformCostPerUser],
    [
      ['managedServices', 'monthlyRevenuePerCustomer'],
      profile.managedServices?.monthlyRevenuePerCustomer,
    ],
  ];
  for (const [path, amount] of amounts) {
    if (amount !== undefined && amount.currency !== document.currency) {
      report(
        [...path, 'currency'],
        'The amount is not in the document currency',
        amount.currency,
        JSON.stringify(document.currency),
      );
    }
  }
}
