import { z } from 'zod';
import { addIssue, type IssueSink } from './document-issue.js';

/**
 * A list of at most `maximum` items (and at least `minimum`). Its JSON Schema says `maxItems`;
 * `parsePartnership` refuses a list far too long before reading any of its items (see
 * `refuseOversized`), so that 100,000 items cost one issue, not 100,000 parses.
 */
export function boundedList<T extends z.ZodType>(
  item: T,
  maximum: number,
  minimum = 0,
): z.ZodArray<T> {
  return minimum > 0 ? z.array(item).min(minimum).max(maximum) : z.array(item).max(maximum);
}

function tooManyEntries(context: IssueSink, count: number, maximum: number): void {
  addIssue(context, [], {
    code: 'too-big',
    message: `Too many entries: ${count}`,
    received: `${count} entries`,
    expected: `at most ${maximum} entries`,
    params: { maximum, count },
  });
}

/**
 * A record of at most `maximum` keys. Its JSON Schema says `maxProperties`; `parsePartnership`
 * refuses a record with far too many keys before reading them (see `refuseOversized`).
 */
export function boundedRecord<K extends z.ZodType<string, string>, V extends z.ZodType>(
  key: K,
  value: V,
  maximum: number,
): z.ZodType<Record<z.output<K>, z.output<V>>, Record<z.input<K>, z.input<V>>> {
  return z
    .record(key, value)
    .superRefine((record, context) => {
      const count = Object.keys(record).length;
      if (count > maximum) tooManyEntries(context, count, maximum);
    })
    .meta({ maxProperties: maximum }) as unknown as z.ZodType<
    Record<z.output<K>, z.output<V>>,
    Record<z.input<K>, z.input<V>>
  >;
}
