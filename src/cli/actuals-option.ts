import { type Command, Option } from 'commander';
import type { Actual, Granularity, Partnership } from '../index.js';
import { readActualsCsv } from './input/read-actuals-csv.js';
import type { Library } from './library.js';

const granularities = ['year', 'half', 'quarter', 'month', 'week'] as const;

/** Adds `--actuals <file.csv>` and the `--granularity` of its dated rows to a command. */
export function withActualsOption(command: Command): Command {
  return command
    .option('--actuals <file.csv>', 'actuals from a CSV file, or - for stdin')
    .addOption(
      new Option(
        '--granularity <period>',
        "the period a dated CSV row falls in (default: the objective's cascade granularity)",
      ).choices(granularities),
    );
}

/**
 * The document's actuals with those of the CSV in their place: a CSV actual replaces the
 * document's actual for the same objective and period; the document's others stay.
 */
function mergeActuals(
  library: Library,
  partnership: Partnership,
  csv: ReadonlyArray<Actual>,
): Actual[] {
  const key = (actual: Actual) => `${actual.objective} ${library.formatPeriodKey(actual.period)}`;
  const replaced = new Set(csv.map(key));
  return [...partnership.actuals.filter((actual) => !replaced.has(key(actual))), ...csv];
}

/**
 * The partnership with the actuals of `--actuals` merged in, and a note that says where its
 * actuals come from; the partnership as it is (and no note) without the option.
 */
export async function applyActualsOption(
  options: Readonly<Record<string, unknown>>,
  partnership: Partnership,
  library: Library,
): Promise<{ readonly partnership: Partnership; readonly note: string | null }> {
  const file = options['actuals'] as string | undefined;
  if (file === undefined) return { partnership, note: null };
  const granularity = options['granularity'] as Granularity | undefined;
  const csv = await readActualsCsv(file, partnership, library, granularity);
  const measured = { ...partnership, actuals: mergeActuals(library, partnership, csv.actuals) };
  return {
    partnership: measured,
    note: `Actuals: ${csv.actuals.length} from ${csv.name} (${csv.rows} row${csv.rows === 1 ? '' : 's'}), ${measured.actuals.length - csv.actuals.length} from the document.`,
  };
}
