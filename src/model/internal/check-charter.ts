import { type CheckContext, itemsAt } from './check-context.js';
import type { DocumentIds } from './check-references.js';

/**
 * The objectives against the rest of the charter: each horizon lies within the charter's, and a
 * money objective that serves an opportunity counts in the opportunity's currency (unless the
 * opportunity itself is in the wrong currency, which is reported there, once).
 */
export function checkObjectives(check: CheckContext, ids: DocumentIds): void {
  if (!check.intact(['charter'])) return;
  const { charter } = check.document;
  const charterClean = check.clean(['charter', 'horizon']);
  for (const [i, objective] of itemsAt(check, ['charter', 'objectives'], charter.objectives)) {
    const path = ['charter', 'objectives', i];
    const horizon = objective.horizon;
    if (
      charterClean &&
      check.clean([...path, 'horizon']) &&
      (horizon.start < charter.horizon.start || horizon.end > charter.horizon.end)
    ) {
      check.report({
        code: 'outside-horizon',
        path: [...path, 'horizon'],
        message: `The objective runs from ${horizon.start} to ${horizon.end}, outside the charter (${charter.horizon.start} to ${charter.horizon.end})`,
        received: `${horizon.start} to ${horizon.end}`,
        expected: `a horizon within ${charter.horizon.start} to ${charter.horizon.end}`,
        params: { start: charter.horizon.start, end: charter.horizon.end },
      });
    }
    checkOpportunityCurrency(check, ids, i);
  }
}

function checkOpportunityCurrency(check: CheckContext, ids: DocumentIds, i: number): void {
  const path = ['charter', 'objectives', i];
  const objective = check.document.charter.objectives[i];
  if (objective?.opportunity === undefined) return;
  if (!check.clean([...path, 'opportunity']) || !check.clean([...path, 'metric', 'unit'])) return;
  const unit = objective.metric.unit;
  const opportunity = ids.opportunities.byId.get(objective.opportunity);
  if (unit.kind !== 'money' || opportunity === undefined) return;
  const sizePath = ['charter', 'opportunities', opportunity.index, 'yearlySize', 'currency'];
  if (!check.clean(sizePath) || check.currency === undefined) return;
  const currency = opportunity.item.yearlySize.currency;
  if (currency !== check.currency) return;
  if (unit.currency === currency) return;
  check.report({
    code: 'currency-mismatch',
    path: [...path, 'metric', 'unit', 'currency'],
    message: `The objective counts in ${unit.currency}; its opportunity "${opportunity.item.id}" in ${currency}`,
    received: JSON.stringify(unit.currency),
    expected: JSON.stringify(currency),
    params: { currency: unit.currency, expected: currency, opportunity: opportunity.item.id },
  });
}

/** Every money amount of the document is in the document currency. */
export function checkCurrencies(check: CheckContext): void {
  const expected = check.currency;
  if (expected === undefined) return;
  const { charter, commitments, terms } = check.document;
  const amount = (
    path: ReadonlyArray<string | number>,
    money: { readonly currency: string } | undefined,
  ) => {
    if (money === undefined || !check.clean([...path, 'currency'])) return;
    if (money.currency === expected) return;
    check.report({
      code: 'currency-mismatch',
      path: [...path, 'currency'],
      message: `The amount is in ${money.currency}, not in the document currency ${expected}`,
      received: JSON.stringify(money.currency),
      expected: JSON.stringify(expected),
      params: { currency: money.currency, expected },
    });
  };
  if (check.intact(['charter'])) {
    for (const [i, opportunity] of itemsAt(
      check,
      ['charter', 'opportunities'],
      charter.opportunities,
    )) {
      amount(['charter', 'opportunities', i, 'yearlySize'], opportunity.yearlySize);
    }
  }
  for (const [i, commitment] of itemsAt(check, ['commitments'], commitments)) {
    amount(['commitments', i, 'amount'], commitment.amount);
  }
  if (check.intact(['terms'])) {
    for (const [i, fund] of itemsAt(check, ['terms', 'funds'], terms.funds)) {
      amount(['terms', 'funds', i, 'amount'], fund.amount);
    }
  }
  const economics = check.document.economics;
  if (economics === undefined || !check.intact(['economics'])) return;
  amount(['economics', 'totalGrossProfit'], economics.totalGrossProfit);
  const sections = [
    ['services', ['billRate', 'deliveryCostRate']],
    ['subscriptions', ['pricePerUser', 'platformCostPerUser']],
    ['managedServices', ['monthlyRevenuePerCustomer']],
  ] as const;
  for (const [section, fields] of sections) {
    const values = economics[section] as Readonly<Record<string, { currency: string }>> | undefined;
    if (values === undefined || !check.intact(['economics', section])) continue;
    for (const field of fields) amount(['economics', section, field], values[field]);
  }
}
