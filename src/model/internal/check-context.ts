import type { z } from 'zod';
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import type { IssueCode, IssueParams } from '../../errors.js';
import type { Actual } from '../actual.js';
import type { Charter } from '../charter.js';
import type { Commitment } from '../commitment.js';
import type { EconomicsProfile } from '../economics-profile.js';
import type { PeriodGoal } from '../period-goal.js';
import type { ProgramTerms } from '../program-terms.js';
import { addIssue, type Path, type Taint, taintOf } from './document-issue.js';

/** The parts of a partnership document the cross-checks read (as parsed, where they passed). */
export interface CheckedDocument {
  readonly currency: string;
  readonly calendar: FiscalCalendar;
  readonly charter: Charter;
  readonly goals: ReadonlyArray<PeriodGoal>;
  readonly commitments: ReadonlyArray<Commitment>;
  readonly terms: ProgramTerms;
  readonly actuals: ReadonlyArray<Actual>;
  readonly economics?: EconomicsProfile | undefined;
}

/** One issue found by a cross-check. */
export interface Finding {
  readonly code: IssueCode;
  readonly path: Path;
  readonly message: string;
  readonly received: string;
  readonly expected: string;
  readonly params?: IssueParams;
}

/**
 * What every cross-check works with: the document as parsed so far (a field may hold its raw
 * input when it failed, so checks read only clean fields), which fields are clean, the calendar
 * and currency when they passed, and where to report.
 */
export interface CheckContext {
  readonly document: CheckedDocument;
  /** Whether no part of the document failed: then every path is clean. */
  readonly none: boolean;
  /** Whether nothing failed at the path, inside it or above it. */
  readonly clean: (path: Path) => boolean;
  /** Whether nothing failed at the path or above it (its parts may have failed). */
  readonly intact: (path: Path) => boolean;
  /** The document calendar, when it passed validation (never used otherwise). */
  readonly calendar: FiscalCalendar | undefined;
  /** The document currency, when it passed validation. */
  readonly currency: string | undefined;
  readonly report: (finding: Finding) => void;
}

/** The context of the cross-checks of one document, from the issues zod found in its parts. */
export function checkContext(
  document: CheckedDocument,
  context: z.core.$RefinementCtx<unknown>,
): CheckContext {
  const taint: Taint = taintOf(context.issues);
  const clean = taint.none ? () => true : (path: Path) => taint.clean(path);
  return {
    document,
    none: taint.none,
    clean,
    intact: taint.none ? () => true : (path: Path) => taint.intact(path),
    calendar: clean(['calendar']) ? document.calendar : undefined,
    currency: clean(['currency']) ? document.currency : undefined,
    report: ({ path, ...detail }) => addIssue(context, path, detail),
  };
}

/**
 * The items of a list with their index: none when the list itself failed, and only the items
 * that are what their schema makes of them (an item may still have failed fields).
 */
export function itemsAt<T>(
  check: CheckContext,
  path: Path,
  list: ReadonlyArray<T> | undefined,
): ReadonlyArray<readonly [number, T]> {
  if (!Array.isArray(list) || !check.intact(path)) return [];
  if (check.none) return list.map((item, index) => [index, item] as const);
  const items: Array<readonly [number, T]> = [];
  for (let index = 0; index < list.length; index++) {
    if (check.intact([...path, index])) items.push([index, list[index] as T]);
  }
  return items;
}
