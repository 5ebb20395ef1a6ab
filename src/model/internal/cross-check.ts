import type { z } from 'zod';
import { checkCascades } from './check-cascades.js';
import { checkCurrencies, checkObjectives } from './check-charter.js';
import { type CheckedDocument, checkContext } from './check-context.js';
import { checkPrecision } from './check-precision.js';
import { checkReferences, indexDocument } from './check-references.js';
import { checkPeriods } from './check-steps.js';
import { checkEconomics } from './economics-check.js';

export type { CheckedDocument } from './check-context.js';

/**
 * The checks a schema of one part cannot make: duplicate ids and references, periods on the
 * calendar and within horizons, currencies, custom cascade weights, precision of metric values
 * and the economics profile. They run on every part that passed its own schema, even when other
 * parts failed, and never on a part that failed (its issue is already reported): a missing
 * purpose does not hide a bad reference, and a calendar that failed is never laid out.
 */
export function crossCheck(
  document: CheckedDocument,
  context: z.core.$RefinementCtx<unknown>,
): void {
  const check = checkContext(document, context);
  if (!check.intact([])) return;
  const ids = indexDocument(check);
  checkObjectives(check, ids);
  checkCascades(check);
  checkReferences(check, ids);
  checkCurrencies(check);
  checkPeriods(check, ids);
  checkPrecision(check, ids);
  checkEconomics(check, ids);
}
