import { access } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import type { Archetype, FiscalCalendar } from '../../index.js';
import { inputError, usageError } from '../cli-error.js';
import { type StarterSpec, starterDocument } from '../init/starter-document.js';
import { toDocumentJson } from '../input/exact-numbers.js';
import { parseYaml } from '../input/parse-yaml.js';
import { type Library, loadLibrary, loadReport } from '../library.js';
import { writeText } from '../output/write-output.js';

// Written out rather than read from `Archetype.options`, so that building the command does not
// load the library (test/cli/lazy-loading.test.ts); the type below fails to compile when the
// list and the schema differ.
const archetypes = [
  'consulting',
  'solution-provider',
  'reseller',
  'msp',
  'distributor',
  'referral',
] as const satisfies ReadonlyArray<Archetype>;
const _everyArchetype: Exclude<Archetype, (typeof archetypes)[number]> extends never
  ? true
  : never = true;
const calendars = ['month', '4-4-5', '4-5-4', '5-4-4'] as const;

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw usageError(`${flag} ${text}: expected a whole number from ${min} to ${max}`);
  }
  return value;
}

/** The fiscal calendar of `--calendar` and `--start-month`. */
function calendarOf(kind: (typeof calendars)[number], startMonth: number): FiscalCalendar {
  if (kind === 'month') {
    return { kind: 'month-based', id: 'fiscal', startMonth, yearNaming: 'end-year' };
  }
  // A 52/53-week year ends on the Saturday nearest the end of the month before it starts.
  const month = startMonth === 1 ? 12 : startMonth - 1;
  return {
    kind: 'week-based',
    id: 'fiscal',
    yearEnd: { month, weekday: 'saturday', rule: 'nearest' },
    pattern: kind,
    leapWeek: 'last-period',
    yearNaming: 'end-year',
  };
}

function readSpec(options: Record<string, unknown>, library: Library): StarterSpec {
  const startMonth = wholeNumber('--start-month', String(options['startMonth']), 1, 12);
  const years = wholeNumber('--years', String(options['years']), 1, 20);
  const calendar = calendarOf(options['calendar'] as (typeof calendars)[number], startMonth);
  const currency = String(options['currency']);
  if (!library.isCurrencyCode(currency)) {
    throw usageError(
      `--currency ${currency}: not an ISO 4217 currency code; expected one such as USD or EUR`,
    );
  }
  let start = options['start'] as string | undefined;
  if (start === undefined) {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    start = library.periodStart(
      calendar,
      library.periodOf(calendar, library.today({ timeZone: zone }), 'year'),
    );
  } else if (!library.isIsoDate(start) || Number(start.slice(0, 4)) + years > 2199) {
    throw usageError(
      `--start ${start}: expected a date written YYYY-MM-DD, such as 2026-07-01, with the horizon ending before 2199`,
    );
  }
  return {
    archetype: options['archetype'] as Archetype,
    calendar,
    currency,
    start,
    years,
    vendor: String(options['vendor']),
    partner: String(options['partner']),
  };
}

/** `init`: a commented YAML starter document that validates as written. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .summary('write a commented YAML starter document that validates as written')
    .description(
      "Write a commented YAML partnership document to start from: the two companies, a fiscal calendar, a charter with a market opportunity and two objectives suited to the partner's business model, sponsors and reviews, the first quarterly goals, and program terms. It validates as written; replace its placeholders with the partner's own numbers.",
    )
    .addOption(
      new Option('--archetype <archetype>', "the partner's business model")
        .choices(archetypes)
        .default('consulting'),
    )
    .addOption(
      new Option(
        '--calendar <kind>',
        'month: fiscal months are calendar months; 4-4-5, 4-5-4, 5-4-4: 52/53-week years',
      )
        .choices(calendars)
        .default('month'),
    )
    .option('--start-month <month>', 'the month (1-12) the fiscal year starts in', '1')
    .option('--currency <code>', 'the currency of every amount, ISO 4217', 'USD')
    .option(
      '--start <date>',
      'the first day of the horizon (default: the start of the current fiscal year)',
    )
    .option('--years <n>', 'fiscal years the horizon spans', '3')
    .option('--vendor <name>', 'the vendor company', 'Vendor')
    .option('--partner <name>', 'the partner company', 'Partner')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--force', 'overwrite the --out file if it exists')
    .addHelpText(
      'after',
      '\nExamples:\n  $ partner-alignment init --archetype consulting --start-month 7 --out northwind.yaml\n  $ partner-alignment init --archetype reseller --calendar 4-5-4 --start-month 2 --currency EUR > plan.yaml\n',
    )
    .action(async (options: Record<string, unknown>) => {
      const out = options['out'] as string | undefined;
      if (out !== undefined && options['force'] !== true) {
        const exists = await access(out).then(
          () => true,
          () => false,
        );
        if (exists) throw inputError(`${out} exists already; pass --force to overwrite it`);
      }
      const library = await loadLibrary();
      const spec = readSpec(options, library);
      const text = starterDocument(library, await loadReport(), spec);
      // The starter must validate as written: a failure here is a bug, not the user's mistake.
      const { value } = await parseYaml({ name: 'starter', extension: '.yaml', text });
      const check = library.safeParsePartnership(toDocumentJson(value, library.toJSONSchema()));
      if (!check.success) {
        throw new Error(`the starter document does not validate:\n${check.error.message}`);
      }
      await writeText(text, out);
    });
}
