/**
 * The budget of a chart spec, from the parts the vocabulary walk found: rows in all datasets
 * together, marks drawn (each view draws one mark per row of its data, twice for a line or area
 * with points), and the text those marks write. Vega gives every mark a description for screen
 * readers that names each field it shows with its title and value, so a spec's text grows with
 * rows × fields: a tooltip of 2,000 fields on 100,000 rows would write gigabytes. The text is
 * estimated from above, per view: its rows times what each mark writes besides the data (an
 * element, the titles, formats and values of its encoding), plus the characters of the data in
 * the fields it shows. Each bound is refused at the dataset or view that passes it.
 *
 * @module
 */
import { argumentError, isRecord } from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';
import { svgLimits } from '../svg-limits.js';
import type { DrawingView, SpecParts } from './spec-walk.js';

/** What one mark writes besides its fields: its element, position, path and role (about 200 measured). */
const MARK_CHARS = 250;
/** What one field adds to a mark's description besides its title and value: separators, quotes. */
const FIELD_CHARS = 16;
/** A number below 10^21 as a label: its shortest form has at most 24 characters. */
const NUMBER_CHARS = 24;
/** A number of 10^21 or more, which formats such as `d` and `r` write digit by digit, grouped. */
const HUGE_NUMBER_CHARS = 1_200;
/** What an item of a list adds: a text mark writes each on a line of its own. */
const ITEM_CHARS = 24;
/** What a channel's definition makes each mark write: its title (or field), value, datum, format. */
const PER_MARK = ['title', 'value', 'datum', 'format'];

/** Characters that a value writes where it is shown, at most; shared objects counted once. */
function charsOf(value: unknown, memo: WeakMap<object, number>): number {
  if (value === undefined) return 0;
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return Math.abs(value) < 1e21 ? NUMBER_CHARS : HUGE_NUMBER_CHARS;
  if (typeof value !== 'object' || value === null) return 5;
  const known = memo.get(value);
  if (known !== undefined) return known;
  let total = 0;
  if (Array.isArray(value)) for (const item of value) total += ITEM_CHARS + charsOf(item, memo);
  else {
    for (const [key, item] of Object.entries(value)) total += key.length + 2 + charsOf(item, memo);
  }
  memo.set(value, total);
  return total;
}

/** How many times a view draws its rows: once, and again for points on a line or area. */
function drawsOf(mark: unknown): number {
  if (!isRecord(mark)) return 1;
  const type = mark['type'];
  const on = (key: string) => mark[key] !== undefined && mark[key] !== false && mark[key] !== null;
  const points = on('point') && (type === 'line' || type === 'area') ? 1 : 0;
  const line = on('line') && type === 'area' ? 1 : 0;
  return 1 + points + line;
}

/** A channel's definition, and how often each mark writes it: twice for a text (as the text and in its description). */
interface Written {
  readonly def: Readonly<Record<string, unknown>>;
  readonly times: number;
}

/** The channel definitions of a view's encodings, conditions included. */
function definitionsOf(view: DrawingView): Written[] {
  const found: Written[] = [];
  const add = (def: unknown, times: number) => {
    if (!isRecord(def)) return;
    found.push({ def, times });
    const condition = def['condition'];
    for (const item of Array.isArray(condition) ? condition : [condition]) {
      if (isRecord(item)) found.push({ def: item, times });
    }
  };
  for (const encoding of view.encodings) {
    for (const [channel, def] of Object.entries(encoding)) {
      const times = channel === 'text' ? 2 : 1;
      for (const item of Array.isArray(def) ? def : [def]) add(item, times);
    }
  }
  return found;
}

/** Checks the rows, marks and text of a spec against `svgLimits`. */
export function checkSpecBudget(parts: SpecParts, summary: string): void {
  const over = (
    path: IssuePath,
    message: string,
    received: string,
    expected: string,
    maximum: number,
  ) => argumentError(summary, 'too-big', path, message, received, expected, { maximum });
  let rows = 0;
  for (const dataset of parts.datasets) {
    rows += dataset.rows.length;
    if (rows > svgLimits.rows) {
      throw over(
        [...dataset.path, 'values'],
        `More than ${svgLimits.rows} rows in the data`,
        `${dataset.rows.length} rows, ${rows} in all`,
        `at most ${svgLimits.rows} rows in all datasets together`,
        svgLimits.rows,
      );
    }
  }
  const memo = new WeakMap<object, number>();
  const fieldChars = new Map<ReadonlyArray<unknown>, Map<string, number>>();
  const charsOfField = (data: ReadonlyArray<unknown>, field: string): number => {
    const byField = fieldChars.get(data) ?? new Map<string, number>();
    fieldChars.set(data, byField);
    const known = byField.get(field);
    if (known !== undefined) return known;
    // A nested field ("a.b", "a[0]") is counted as its whole row, an upper bound.
    const nested = /[.[\\]/.test(field);
    let total = 0;
    for (const row of data) {
      total += charsOf(isRecord(row) && !nested ? row[field] : row, memo);
    }
    byField.set(field, total);
    return total;
  };
  let marks = 0;
  let text = 0;
  for (const view of parts.drawing) {
    const draws = drawsOf(view.mark);
    const count = draws * (view.rows === undefined ? 1 : view.rows.length);
    marks += count;
    if (marks > svgLimits.marks) {
      throw over(
        [...view.path, 'mark'],
        `More than ${svgLimits.marks} marks`,
        `${count} marks, ${marks} in all`,
        `at most ${svgLimits.marks} marks: the rows each view draws, summed over the views`,
        svgLimits.marks,
      );
    }
    const definitions = definitionsOf(view);
    const perMark = definitions.reduce((sum, { def, times }) => {
      const shown = PER_MARK.reduce((chars, key) => chars + charsOf(def[key], memo), 0);
      const named = def['title'] === undefined ? charsOf(def['field'], memo) : 0;
      return sum + times * (FIELD_CHARS + shown + named);
    }, MARK_CHARS + charsOf(view.mark, memo));
    text += count * perMark;
    if (text <= svgLimits.text && view.rows !== undefined) {
      for (const { def, times } of definitions) {
        const field = def['field'];
        if (typeof field === 'string') text += draws * times * charsOfField(view.rows, field);
      }
    }
    if (text > svgLimits.text) {
      throw over(
        [...view.path, 'encoding'],
        `The marks would write more than ${svgLimits.text} characters`,
        `about ${Math.ceil(text / 1e6)} million characters`,
        `at most ${svgLimits.text} characters: fewer rows, fields or shorter titles`,
        svgLimits.text,
      );
    }
  }
}
