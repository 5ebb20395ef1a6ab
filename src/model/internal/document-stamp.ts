/**
 * What a parse does after the schemas: the calendar id stamped on the document's periods, and the
 * sink the cross-checks write their issues to when they run outside zod.
 *
 * @module
 */
import type { z } from 'zod';
import type { Period } from '../../calendar/period.js';
import type { PartnershipValue } from '../partnership.js';

/**
 * Gives every period of a freshly parsed document its calendar id. The periods are new objects
 * made by this parse (one per field), so they are changed in place rather than copied with the
 * items that hold them; `Partnership`'s own decode copies instead.
 */
export function stampInPlace(document: PartnershipValue): PartnershipValue {
  const id = document.calendar.id;
  const stamp = (item: { readonly period: Period }) => {
    (item.period as { calendar: string }).calendar = id;
  };
  document.goals.forEach(stamp);
  document.commitments.forEach(stamp);
  document.terms.funds?.forEach(stamp);
  document.actuals.forEach(stamp);
  return document;
}

/** Where the cross-checks add their issues when they run outside zod. */
export function sinkOf(issues: Array<z.core.$ZodRawIssue>): z.core.$RefinementCtx<unknown> {
  return {
    value: undefined,
    issues,
    addIssue(issue) {
      if (typeof issue === 'string') return;
      issues.push({ ...issue, path: [...(issue.path ?? [])] } as z.core.$ZodRawIssue);
    },
  };
}
