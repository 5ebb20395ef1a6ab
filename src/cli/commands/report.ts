import { extname } from 'node:path';
import { type Command, Option } from 'commander';
import type { ReportLocale } from '../../report.js';
import { applyActualsOption, withActualsOption } from '../actuals-option.js';
import { usageError } from '../cli-error.js';
import { readAsOf, withDateOptions } from '../common-options.js';
import { documentReader } from '../input/read-document.js';
import { checkStdinOnce } from '../input/read-source.js';
import { loadLibrary, loadReport } from '../library.js';
import { canonicalLocale } from '../output/localize.js';
import { writeText } from '../output/write-output.js';
import { readPartnership } from '../read-partnership.js';

const formats = ['md', 'html'] as const;
type ReportFormat = (typeof formats)[number];

/** The format asked for, or the one the output file's extension implies, else Markdown. */
function reportFormat(format: ReportFormat | undefined, out: string | undefined): ReportFormat {
  if (format !== undefined) return format;
  const extension = out === undefined ? '' : extname(out).toLowerCase();
  return extension === '.html' || extension === '.htm' ? 'html' : 'md';
}

/**
 * The date-fns locale of a BCP 47 tag: the one for its language and region (`de-AT` → `deAT`),
 * else for its language (`de-DE` → `de`), else `undefined` (the review's default, English).
 */
async function dateFnsLocale(tag: string): Promise<ReportLocale | undefined> {
  const locales = (await import('date-fns/locale')) as unknown as Record<string, ReportLocale>;
  const [language = '', region = ''] = tag.split('-');
  return locales[`${language}${region.toUpperCase()}`] ?? locales[language];
}

/** `report <file> --format md|html --out FILE`: the one-page partnership review. */
export function registerReport(program: Command): void {
  const command = program
    .command('report')
    .argument('<file>', 'a partnership document (JSON or YAML), or - for stdin')
    .summary('the one-page partnership review, as Markdown or HTML')
    .description(
      "The one-page partnership review on a date (partner-alignment/report): the charter (why, what, how), each objective with its status and figures, the alignment score with its components and findings, the best improvements, and the partner's economics. Markdown for a wiki or a pull request; HTML as one self-contained page with its charts as SVG, which prints on one A4 page. Actuals come from the document, or from a CSV export as for progress.",
    )
    .addOption(
      new Option('-f, --format <format>', 'md or html (default: from --out, else md)').choices(
        formats,
      ),
    )
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option(
      '--locale <tag>',
      'locale of dates and numbers, such as de-DE (default: the system one, else English)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ partner-alignment report northwind.yaml --as-of 2026-11-15 --out review.html\n  $ partner-alignment report northwind.yaml --actuals crm-export.csv --format md > review.md\n',
    );
  withActualsOption(command);
  withDateOptions(command);
  command.action(async (file: string, options: Record<string, unknown>) => {
    const out = options['out'] as string | undefined;
    const format = reportFormat(options['format'] as ReportFormat | undefined, out);
    checkStdinOnce([file, options['actuals'] as string | undefined]);
    const given = options['locale'] as string | undefined;
    const tag =
      given === undefined
        ? new Intl.DateTimeFormat().resolvedOptions().locale
        : canonicalLocale(given);
    if (tag === undefined) {
      throw usageError(`--locale ${given}: not a locale tag; expected one such as en-US or de-DE`);
    }
    const locale = await dateFnsLocale(tag);
    const library = await loadLibrary();
    const asOf = readAsOf(options, library);
    const read = await readPartnership(file, documentReader(library), library);
    const { partnership } = await applyActualsOption(options, read.partnership, library);
    const report = await loadReport();
    const review = report.partnershipReview(partnership, { asOf });
    const written = locale === undefined ? {} : { locale };
    const text =
      format === 'html' ? await report.toHtml(review, written) : report.toMarkdown(review, written);
    await writeText(text.endsWith('\n') ? text : `${text}\n`, out);
  });
}
