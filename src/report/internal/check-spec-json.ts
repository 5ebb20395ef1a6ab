/**
 * The first check of a chart spec given to `toSvg`: it is JSON (finite numbers, no symbols,
 * functions, bigints, `Date`s or cycles) at most 64 levels deep, walked once per object (a spec
 * that shares an object many times is not walked once per path), and names no `url`.
 *
 * @module
 */
import { argumentError, describeReceived, kindOf } from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';

const MAX_DEPTH = 64;
const JSON_VALUE = 'a JSON value: text, a finite number, true, false, null, an array or an object';

/** Whether an object is an array or a plain object (of any realm), as JSON makes them. */
function isJsonContainer(value: object): boolean {
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

/** Checks that a spec is JSON, a tree at most 64 levels deep, with its data inline. */
export function checkJson(spec: object, summary: string): void {
  const checked = new Set<object>();
  const ancestors = new Set<object>();
  const walk = (value: unknown, path: IssuePath): void => {
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) return;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return;
      throw argumentError(
        summary,
        'invalid-value',
        path,
        'Not a finite number',
        describeReceived(value),
        'a finite number',
      );
    }
    if (typeof value !== 'object' || !isJsonContainer(value)) {
      throw argumentError(
        summary,
        'invalid-type',
        path,
        `A chart spec is JSON, which has no ${value === undefined ? 'undefined' : kindOf(value).replace(/^an? /, '')}`,
        describeReceived(value),
        JSON_VALUE,
      );
    }
    if (ancestors.has(value)) {
      throw argumentError(
        summary,
        'invalid-value',
        path,
        'Refers to itself: a chart spec is JSON, a tree',
        kindOf(value),
        'a spec without cycles',
      );
    }
    if (checked.has(value)) return;
    if (path.length > MAX_DEPTH) {
      throw argumentError(
        summary,
        'too-big',
        path,
        `Nested deeper than ${MAX_DEPTH} levels`,
        kindOf(value),
        `a spec at most ${MAX_DEPTH} levels deep`,
        { maximum: MAX_DEPTH },
      );
    }
    ancestors.add(value);
    const entries: Array<[string | number, unknown]> = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, item] of entries) {
      if (key === 'url' && typeof item === 'string') {
        throw argumentError(
          summary,
          'invalid-value',
          ['spec'],
          'A chart here takes its data inline: nothing is loaded from a URL or a file',
          JSON.stringify(item.slice(0, 40)),
          'a spec with inline data (data.values)',
        );
      }
      walk(item, [...path, key]);
    }
    ancestors.delete(value);
    checked.add(value);
  };
  walk(spec, ['spec']);
}
