import { IsoDate } from '../../calendar/iso-date.js';
import { documentLimits } from '../document-limits.js';
import { addIssue } from './document-issue.js';

const firstYear = documentLimits.firstYear;
const lastYear = documentLimits.lastYear;
const WRITTEN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date in a partnership document: an {@link IsoDate} of the years 1901 to 2199, so that every
 * date lies in a fiscal year that any calendar can lay out (fiscal 1900 to 2200). (Its refinement
 * guards itself instead of using zod's `when`, which would keep `z.compile` from compiling it.)
 */
export const DocumentDate: typeof IsoDate = IsoDate.superRefine((date, context) => {
  // A date that is not written YYYY-MM-DD is reported by IsoDate alone.
  if (!WRITTEN.test(date)) return;
  const year = Number(date.slice(0, 4));
  if (year >= firstYear && year <= lastYear) return;
  addIssue(context, [], {
    code: year < firstYear ? 'too-small' : 'too-big',
    message: `The year ${year} is outside ${firstYear} to ${lastYear}`,
    received: JSON.stringify(date),
    expected: `a date from ${firstYear}-01-01 to ${lastYear}-12-31`,
    params: { minimum: `${firstYear}-01-01`, maximum: `${lastYear}-12-31` },
  });
}).meta({ pattern: '^(?:190[1-9]|19[1-9]\\d|2[01]\\d\\d)-' });
