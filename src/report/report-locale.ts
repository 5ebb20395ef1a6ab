/**
 * A date-fns v4 locale, such as `de` from `date-fns/locale/de`, as the report's `locale` options
 * take it: typed by the one field every locale has, so that the declarations of this package do
 * not load date-fns's own (which some TypeScript settings cannot read). Each function checks at
 * run time that it is a real date-fns locale whose `code` `Intl` knows.
 *
 * @example
 * ```ts
 * import type { ReportLocale } from 'partner-alignment/report';
 * import { de } from 'date-fns/locale/de';
 * const locale: ReportLocale = de;
 * locale.code //=> 'de'
 * ```
 * @category Report
 */
export interface ReportLocale {
  /** The locale's BCP 47 code, such as `de` or `en-GB`. */
  readonly code: string;
}
