import type { CommandOutput, Table } from './command-output.js';
import type { CellFormatter } from './localize.js';

const RIGHT = new Set(['decimal', 'integer']);

/** Characters a terminal would act on (escapes, other controls) shown as spaces instead. */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ').replace(/\n/g, ' ');
}

function renderTable(table: Table, format: CellFormatter): string[] {
  const lines = [table.title];
  if (table.rows.length === 0) return [...lines, '  (none)'];
  const cells = table.rows.map((row) =>
    table.columns.map((column) => printable(format(row[column.key] ?? null, column))),
  );
  const widths = table.columns.map((column, i) =>
    Math.max(column.title.length, ...cells.map((row) => (row[i] as string).length)),
  );
  const last = table.columns.length - 1;
  const line = (values: ReadonlyArray<string>) =>
    `  ${values
      .map((value, i) => {
        const column = table.columns[i];
        if (column !== undefined && RIGHT.has(column.kind)) return value.padStart(widths[i] ?? 0);
        return i === last ? value : value.padEnd(widths[i] ?? 0);
      })
      .join('  ')}`.trimEnd();
  lines.push(line(table.columns.map((column) => column.title)));
  lines.push(line(widths.map((width) => '-'.repeat(width))));
  for (const row of cells) lines.push(line(row));
  return lines;
}

/** The output as aligned text tables for a terminal, numbers and dates in the locale. */
export function renderText(output: CommandOutput, format: CellFormatter): string {
  const blocks = [[printable(output.heading)], ...output.tables.map((t) => renderTable(t, format))];
  if (output.notes !== undefined && output.notes.length > 0) {
    blocks.push(output.notes.map(printable));
  }
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}
