import type { CheckContext } from './check-context.js';
import { resolve } from './check-ids.js';
import type { DocumentIds } from './check-references.js';

/**
 * The economics profile against the rest of the document: its vendor-revenue objective names an
 * objective measured in money of the document currency. (Its amounts are checked with every other
 * amount of the document.)
 */
export function checkEconomics(check: CheckContext, ids: DocumentIds): void {
  const profile = check.document.economics;
  if (profile === undefined || !check.intact(['economics', 'vendorRevenue'])) return;
  const path = ['economics', 'vendorRevenue', 'objective'];
  const id = profile.vendorRevenue.objective;
  const expected = `the id of an objective measured in ${check.currency ?? 'the document currency'}`;
  const found = resolve(check, ids.objectives, path, id, expected);
  if (found === undefined) return;
  const unitPath = ['charter', 'objectives', found.index, 'metric', 'unit'];
  if (!check.clean(unitPath) || check.currency === undefined) return;
  const unit = found.item.metric.unit;
  if (unit.kind === 'money' && unit.currency === check.currency) return;
  check.report({
    code: unit.kind === 'money' ? 'currency-mismatch' : 'invalid-reference',
    path,
    message: `The vendor-revenue objective "${id}" is not measured in money of the document currency`,
    received: JSON.stringify(id),
    expected,
    params: { objective: id, currency: check.currency },
  });
}
