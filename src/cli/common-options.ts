import { type Command, Option } from 'commander';
import { usageError } from './cli-error.js';
import type { Library } from './library.js';
import { canonicalLocale } from './output/localize.js';
import { formats, type OutputOptions } from './output/write-output.js';

/** The options every command that prints a result takes. */
export function withOutputOptions(command: Command, tables?: ReadonlyArray<string>): Command {
  command
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format (default: from --out, else table)',
      ).choices(formats),
    )
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option(
      '--locale <tag>',
      'locale of numbers and dates in tables and Markdown (default: the system one)',
    );
  if (tables !== undefined && tables.length > 1) {
    command.addOption(
      new Option('--table <name>', 'the table --format csv writes (default: the first)').choices(
        tables,
      ),
    );
  }
  return command;
}

/** The options of commands that read the date: `--as-of` and `--tz`. */
export function withDateOptions(command: Command): Command {
  return command
    .option('--as-of <date>', 'the date to measure at, YYYY-MM-DD (default: today in --tz)')
    .option('--tz <zone>', 'the time zone of "today", an IANA name (default: the system zone)');
}

/** The system's locale and time zone, as Intl resolves them. */
function system(): Intl.ResolvedDateTimeFormatOptions {
  return new Intl.DateTimeFormat().resolvedOptions();
}

/** Reads the output options, refusing a locale that is not a BCP 47 tag. */
export function readOutputOptions(options: Readonly<Record<string, unknown>>): OutputOptions {
  const given = options['locale'] as string | undefined;
  const locale = given === undefined ? system().locale : canonicalLocale(given);
  if (locale === undefined) {
    throw usageError(`--locale ${given}: not a locale tag; expected one such as en-US or de-DE`);
  }
  return {
    format: options['format'] as OutputOptions['format'],
    out: options['out'] as string | undefined,
    table: options['table'] as string | undefined,
    locale,
  };
}

/**
 * The date to measure at: `--as-of` when given (a real date written YYYY-MM-DD), else today in
 * `--tz` (default the system zone), from the library's `today`.
 */
export function readAsOf(options: Readonly<Record<string, unknown>>, library: Library): string {
  const asOf = options['asOf'];
  const zone = (options['tz'] as string | undefined) ?? system().timeZone;
  let today: string;
  try {
    today = library.today({ timeZone: zone });
  } catch {
    throw usageError(`--tz ${zone}: not a time zone; expected an IANA name such as Europe/Berlin`);
  }
  if (asOf === undefined) return today;
  if (!library.isIsoDate(asOf)) {
    throw usageError(
      `--as-of ${String(asOf)}: not a date; expected a date written YYYY-MM-DD, such as 2026-11-15`,
    );
  }
  return asOf;
}
