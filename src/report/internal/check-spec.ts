/**
 * What `toSvg` checks of a chart spec before Vega-Lite sees it, in order: that it is JSON with its
 * data inline (`check-spec-json.ts`); that its size is a number of pixels, `"container"` or a step,
 * and its `encoding`, `data` and `config` are objects (Vega-Lite reads a string there character by
 * character, for seconds); that it keeps to the vocabulary of this module's charts
 * (`spec-vocabulary.ts`); that its parameters stay within `svgLimits` (`spec-parameters.ts`); and
 * that its rows, marks and text stay within the budget (`spec-budget.ts`). Anything else is a
 * `ValidationError` naming the place.
 *
 * @module
 */
import { argumentError, describeReceived, isRecord, kindOf } from '../../argument-checks.js';
import { checkJson } from './check-spec-json.js';
import { checkSpecBudget } from './spec-budget.js';
import { checkSpecParameters } from './spec-parameters.js';
import { readSpecParts } from './spec-vocabulary.js';

/**
 * Checks a chart spec given to `toSvg`.
 *
 * @throws {ValidationError} naming the place under `spec`
 */
export function checkChartSpec(spec: Readonly<Record<string, unknown>>, summary: string): void {
  checkJson(spec, summary);
  checkShape(spec, summary);
  const parts = readSpecParts(spec, summary);
  checkSpecParameters(spec, summary);
  checkSpecBudget(parts, summary);
}

function checkShape(spec: Readonly<Record<string, unknown>>, summary: string): void {
  for (const key of ['width', 'height']) {
    const size = spec[key];
    if (size === undefined || isRecord(size) || size === 'container') continue;
    const expected = 'a number of pixels from 0, "container" or { step }';
    if (typeof size === 'number' && size < 0) {
      throw argumentError(
        summary,
        'too-small',
        ['spec', key],
        'A size is never negative',
        describeReceived(size),
        expected,
        { minimum: 0 },
      );
    }
    if (typeof size !== 'number') {
      throw argumentError(
        summary,
        typeof size === 'string' ? 'invalid-value' : 'invalid-type',
        ['spec', key],
        'Not a size',
        describeReceived(size),
        expected,
      );
    }
  }
  for (const key of ['encoding', 'data', 'config']) {
    const part = spec[key];
    if (part !== undefined && !isRecord(part)) {
      throw argumentError(
        summary,
        'invalid-type',
        ['spec', key],
        `Expected an object, received ${kindOf(part)}`,
        describeReceived(part),
        `an object (the ${key} of a Vega-Lite spec)`,
      );
    }
  }
}
