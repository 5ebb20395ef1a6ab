/**
 * The progress bar of `portfolio`, on stderr and only on a terminal: how much of the source is
 * read (when that is known), how many partnerships are analysed, the errors, and the rate. Written
 * by hand rather than with a progress-bar package: the total of a stream is unknown (standard
 * input) or known only in bytes (an NDJSON file), which the common packages, built around a count
 * of items known in advance, do not show without workarounds; and it is a few lines.
 *
 * @module
 */

/** Counts as the analysis reports them. */
export interface ProgressCounts {
  readonly analysed: number;
  readonly errors: number;
}

/** A progress bar: `update` as the counts change (drawn at most ten times a second), `finish` once. */
export interface ProgressBar {
  readonly update: (counts: ProgressCounts) => void;
  readonly finish: (counts: ProgressCounts) => void;
}

/** A bar that draws nothing: for output that is not a terminal, or `--no-progress`. */
export const silentBar: ProgressBar = { update: () => {}, finish: () => {} };

const WIDTH = 20;
const grouped = new Intl.NumberFormat('en-US');

/** A progress bar on a terminal stream, for a source named `name` whose read fraction `fraction` tells. */
export function terminalBar(
  stream: NodeJS.WriteStream,
  name: string,
  fraction: () => number | null,
): ProgressBar {
  const started = Date.now();
  let drawn = 0;
  const line = (counts: ProgressCounts, done: boolean): string => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const rate = Math.round(counts.analysed / seconds);
    const read = done ? 1 : fraction();
    const bar =
      read === null
        ? ''
        : `[${'#'.repeat(Math.round(read * WIDTH)).padEnd(WIDTH, '-')}] ${Math.floor(read * 100)
            .toString()
            .padStart(3)}% `;
    // The name last: on a narrow terminal, the line is cut at its end rather than wrapped.
    const text = `${bar}${grouped.format(counts.analysed)} analysed, ${grouped.format(counts.errors)} ${counts.errors === 1 ? 'error' : 'errors'}, ${grouped.format(rate)}/s${done ? `, ${seconds.toFixed(1)} s` : ''}: ${name}`;
    const columns = stream.columns ?? 80;
    return text.length >= columns ? text.slice(0, columns - 1) : text;
  };
  return {
    update: (counts) => {
      const now = Date.now();
      if (now - drawn < 100) return;
      drawn = now;
      stream.write(`\r${line(counts, false)}\u001b[K`);
    },
    finish: (counts) => {
      stream.write(`\r${line(counts, true)}\u001b[K\n`);
    },
  };
}
