/**
 * The calendar argument of the progress functions, checked by the calendar's own rules (strict:
 * a misspelt `yearNaming` is refused, not ignored), without zod. A calendar the library parsed
 * passes at once.
 *
 * @module
 */
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import { parsePeriodKey } from '../../calendar/parse-period-key.js';
import { isValidationError, ValidationError } from '../../errors.js';
import { isTrusted } from '../../model/trusted.js';

/** A fiscal calendar argument (its issues under `['calendar', ...]`). */
export function readCalendar(value: unknown, summary: string): FiscalCalendar {
  if (isTrusted(value)) return value as FiscalCalendar;
  try {
    // Reading a key checks the calendar first, field by field, as every calendar function does.
    parsePeriodKey(value as FiscalCalendar, 'FY2000');
  } catch (error) {
    if (!isValidationError(error)) throw error;
    throw new ValidationError(
      summary,
      error.issues.map(({ label: _label, ...issue }) => issue),
      { omitted: error.omittedIssues },
    );
  }
  return value as FiscalCalendar;
}
