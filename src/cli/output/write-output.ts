import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { inputError, usageError } from '../cli-error.js';
import type { CommandOutput } from './command-output.js';
import { cellFormatter } from './localize.js';
import { renderCsv } from './render-csv.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';

/** The output formats: `table` for a terminal, `json`, `csv` (one table), `md` (Markdown). */
export const formats = ['table', 'json', 'csv', 'md'] as const;
export type Format = (typeof formats)[number];

/** Where and how a command writes its output. */
export interface OutputOptions {
  /** The format; default from the extension of `out` (`.json`, `.csv`, `.md`), else `table`. */
  readonly format?: Format | undefined;
  /** A file to write instead of stdout. */
  readonly out?: string | undefined;
  /** The table `--format csv` writes, by name; default the first. */
  readonly table?: string | undefined;
  /** The locale of numbers and dates in tables and Markdown. */
  readonly locale: string;
}

const byExtension: Readonly<Record<string, Format>> = {
  '.json': 'json',
  '.csv': 'csv',
  '.md': 'md',
};

/** The format asked for, or the one the output file's extension implies, or `table`. */
export function formatOf(options: Pick<OutputOptions, 'format' | 'out'>): Format {
  if (options.format !== undefined) return options.format;
  if (options.out === undefined) return 'table';
  return byExtension[extname(options.out).toLowerCase()] ?? 'table';
}

/** The output in its format, as text. */
export function render(output: CommandOutput, options: OutputOptions): string {
  const format = formatOf(options);
  if (format === 'json') return `${JSON.stringify(output.json, null, 2)}\n`;
  if (format === 'csv') {
    const names = output.tables.map((table) => table.name);
    const table =
      options.table === undefined
        ? output.tables[0]
        : output.tables.find((candidate) => candidate.name === options.table);
    if (table === undefined) {
      throw usageError(
        `--table ${options.table ?? ''}: this command's tables are ${names.join(', ')}`,
      );
    }
    return renderCsv(table);
  }
  if (format === 'table' && output.text !== undefined) return output.text;
  const cells = cellFormatter(options.locale);
  return format === 'md' ? renderMarkdown(output, cells) : renderText(output, cells);
}

/** Writes text to the output file, or to stdout. */
export async function writeText(text: string, out: string | undefined): Promise<void> {
  if (out === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    await writeFile(out, text, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw inputError(`cannot write ${out}: ${typeof code === 'string' ? code : String(error)}`);
  }
}

/** Renders the output and writes it. */
export async function writeOutput(output: CommandOutput, options: OutputOptions): Promise<void> {
  await writeText(render(output, options), options.out);
}
