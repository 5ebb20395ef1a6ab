import type { CommandOutput, Table } from './command-output.js';
import type { CellFormatter } from './localize.js';

/** A cell's text inside a Markdown table: pipes, backslashes and line breaks escaped. */
function markdownText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function renderTable(table: Table, format: CellFormatter): string {
  const lines = [`## ${markdownText(table.title)}`, ''];
  if (table.rows.length === 0) return [...lines, '(none)'].join('\n');
  lines.push(`| ${table.columns.map((column) => markdownText(column.title)).join(' | ')} |`);
  lines.push(
    `| ${table.columns.map((column) => (column.kind === 'decimal' || column.kind === 'integer' ? '---:' : '---')).join(' | ')} |`,
  );
  for (const row of table.rows) {
    const cells = table.columns.map((column) =>
      markdownText(format(row[column.key] ?? null, column)),
    );
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The output as Markdown: a heading, one section and GFM table per table, then the notes. */
export function renderMarkdown(output: CommandOutput, format: CellFormatter): string {
  const blocks = [
    `# ${markdownText(output.heading)}`,
    ...output.tables.map((t) => renderTable(t, format)),
  ];
  if (output.notes !== undefined && output.notes.length > 0) {
    blocks.push(output.notes.map((note) => `- ${markdownText(note)}`).join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
