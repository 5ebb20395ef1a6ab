/**
 * The parameters of a chart spec that make Vega create elements or run code, wherever they stand
 * (in a view, an axis, a legend, a scale or `config`): an expression (`expr`, `signal`, `param`,
 * `labelExpr`...) is refused, as a link (`href`) and a line break (`lineBreak`) are; `tickCount`
 * and `nice` are at most `svgLimits.ticks`, a scheme's `count` at most `svgLimits.items`; sizes
 * are at most `svgLimits.size` pixels and steps `svgLimits.step`; lists at most `svgLimits.items`
 * items and texts `svgLimits.chars` characters; a format's width or precision at most 99 (d3-format pads a
 * number to its width, so `"01000000000d"` would write a gigabyte per label). The rows of the
 * data and `usermeta` are not parameters: nothing here reads them.
 *
 * @module
 */
import { argumentError, describeReceived } from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';
import { svgLimits } from '../svg-limits.js';

const SIZES = new Set([
  'width',
  'height',
  'continuousWidth',
  'continuousHeight',
  'discreteWidth',
  'discreteHeight',
]);
const EXPRESSION = {
  message: 'Expressions and parameters are never evaluated here: give a value',
  expected: 'a value (a number, a text, a list or an object of values)',
};
/** Keys refused wherever they stand, with why and what is accepted instead. */
const REFUSED: Readonly<Record<string, { message: string; expected: string }>> = {
  expr: EXPRESSION,
  signal: EXPRESSION,
  param: EXPRESSION,
  lineBreak: {
    message: 'Line breaks multiply the elements of a text (one per line): not drawn here',
    expected: 'no lineBreak',
  },
  href: { message: 'A chart drawn here links nowhere', expected: 'no href' },
};
const WIDE_FORMAT = /\d{3,}/;

/** Checks every parameter of a spec against the bounds of `svgLimits`. */
export function checkSpecParameters(spec: object, summary: string): void {
  const tooBig = (
    path: IssuePath,
    message: string,
    value: unknown,
    expected: string,
    maximum: number,
  ) =>
    argumentError(summary, 'too-big', path, message, describeReceived(value), expected, {
      maximum,
    });
  const number = (value: unknown, path: IssuePath, maximum: number, expected: string): void => {
    if (typeof value === 'number' && value >= 0 && value <= maximum) return;
    if (typeof value === 'number' && value > maximum) {
      throw tooBig(path, `Above the maximum of ${maximum}`, value, expected, maximum);
    }
    throw argumentError(
      summary,
      typeof value === 'number' ? 'too-small' : 'invalid-type',
      path,
      'Not a bounded number',
      describeReceived(value),
      expected,
    );
  };
  const rule = (key: string, value: unknown, path: IssuePath): void => {
    const refused = Object.hasOwn(REFUSED, key)
      ? REFUSED[key]
      : key.endsWith('Expr')
        ? EXPRESSION
        : undefined;
    if (refused !== undefined) {
      throw argumentError(
        summary,
        'unknown-field',
        path,
        refused.message,
        describeReceived(value),
        refused.expected,
        { key },
      );
    }
    const ticks = `a whole number of ticks from 0 to ${svgLimits.ticks}`;
    if (key === 'tickCount') number(value, path, svgLimits.ticks, ticks);
    else if (key === 'nice' && typeof value !== 'boolean')
      number(value, path, svgLimits.ticks, `true, false or ${ticks}`);
    else if (key === 'count')
      number(value, path, svgLimits.items, `a count from 0 to ${svgLimits.items}`);
    else if (key === 'step')
      number(value, path, svgLimits.step, `a step from 0 to ${svgLimits.step} pixels`);
    else if (SIZES.has(key) && typeof value !== 'object' && value !== 'container') {
      number(
        value,
        path,
        svgLimits.size,
        `a size from 0 to ${svgLimits.size} pixels, "container" or { step }`,
      );
    }
  };
  const seen = [new Set<object>(), new Set<object>()];
  const walk = (value: unknown, path: IssuePath, format: boolean): void => {
    if (typeof value === 'string') {
      if (value.length > svgLimits.chars) {
        throw tooBig(
          path,
          `Longer than ${svgLimits.chars} characters`,
          value,
          `a text of at most ${svgLimits.chars} characters`,
          svgLimits.chars,
        );
      }
      if (format && WIDE_FORMAT.test(value)) {
        throw tooBig(
          path,
          'A format whose width or precision is above 99',
          value,
          'a format such as ",.2f" or "~s"',
          99,
        );
      }
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const visited = seen[format ? 1 : 0] as Set<object>;
    if (visited.has(value)) return;
    visited.add(value);
    if (Array.isArray(value)) {
      if (value.length > svgLimits.items) {
        throw tooBig(
          path,
          `More than ${svgLimits.items} items`,
          value,
          `a list of at most ${svgLimits.items} items`,
          svgLimits.items,
        );
      }
      for (const [index, item] of value.entries()) walk(item, [...path, index], format);
      return;
    }
    const isData = path.at(-1) === 'data';
    for (const [key, item] of Object.entries(value)) {
      if ((isData && key === 'values') || (path.length === 1 && key === 'usermeta')) continue;
      const at = [...path, key];
      rule(key, item, at);
      walk(item, at, format || /format$/i.test(key));
    }
  };
  walk(spec, ['spec'], false);
}
