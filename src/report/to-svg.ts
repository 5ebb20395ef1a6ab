import { argumentError, checkOptions, isRecord, wrongType } from '../argument-checks.js';
import type { ChartSpec } from './chart-spec.js';
import { checkChartSpec } from './internal/check-spec.js';
import { loadOptional } from './internal/load-optional.js';

/**
 * Options of {@link toSvg}.
 *
 * @example
 * ```ts
 * import type { ToSvgOptions } from 'partner-alignment/report';
 * const options: ToSvgOptions = { scale: 2 };
 * options.scale //=> 2
 * ```
 * @category Report
 */
export interface ToSvgOptions {
  /** How much larger than the spec's own size to draw, from 0.1 to 10 (it scales coordinates, not the number of elements). Default 1. */
  readonly scale?: number;
}

const SUMMARY = 'Invalid arguments to toSvg';

const refuse = (): Promise<never> =>
  Promise.reject(new Error('partner-alignment draws charts from inline data only'));
const refusingLoader = { load: refuse, sanitize: refuse, http: refuse, file: refuse };

const PURPOSE = 'draw charts as SVG';

/**
 * Draws a Vega-Lite chart as a standalone SVG document, in Node or a browser, with no network
 * (the data is inline) and text escaped by Vega's SVG writer. Loads the optional dependencies
 * `vega-lite` and `vega` on first use, with a real `import()` from both builds.
 *
 * It draws the charts of this module and a caller's edits of them in the same vocabulary, within
 * a budget; it is not a general Vega-Lite renderer (use `vega` directly for that). Before Vega
 * sees a spec, anything else is refused, because Vega runs each part of a spec as one step that
 * no timer can stop:
 *
 * - data: rows given inline as `data.values` (no URL, no generator such as `sequence`), at most
 *   `svgLimits.rows` rows in all datasets together;
 * - views: one view and its `layer`s, at most `svgLimits.views` (no `facet`, `repeat`, `concat`,
 *   `resolve` or `params`); marks `arc`, `area`, `bar`, `circle`, `line`, `point`, `rect`, `rule`,
 *   `square`, `text`, `tick`, at most `svgLimits.marks` drawn and `svgLimits.text` characters
 *   written;
 * - transforms: `filter` on fields alone (`{ field, oneOf }`, `equal`, `lt`... composed by `and`,
 *   `or`, `not`), at most `svgLimits.predicates`; no expression anywhere (`expr`, `signal`,
 *   `labelExpr`, a condition's `test` as text), no `bin`, `impute`, link (`href`) or `lineBreak`;
 * - parameters: sizes at most `svgLimits.size` pixels and steps `svgLimits.step`; `tickCount` and
 *   `nice` at most `svgLimits.ticks`; lists outside the data at most `svgLimits.items` items;
 *   texts at most `svgLimits.chars` characters; a format's width or precision at most 99;
 * - `config`: styles (marks, axes, legends, titles, the view, scales, ranges, fonts, formats) and a
 *   number locale whose symbols have at most 8 characters; `usermeta` is never read.
 *
 * @param spec - a chart of this module, or an edit of one within the vocabulary above
 * @param options - `scale` (default 1)
 * @returns the SVG markup, starting with `<svg`
 * @throws {@link MissingDependencyError} (the promise rejects) when `vega` or `vega-lite` is not installed
 * @throws {@link index!ValidationError} (the promise rejects) for a spec that is not an object,
 *   that leaves the vocabulary or passes a bound of {@link svgLimits} (naming the place), or an
 *   invalid option
 * @example
 * ```ts
 * import { toSvg } from 'partner-alignment/report';
 * const svg = await toSvg({
 *   $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
 *   data: { values: [{ a: 'A', b: 2 }] },
 *   mark: 'bar',
 *   encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
 * });
 * svg.startsWith('<svg') //=> true
 * ```
 * @category Report
 */
export async function toSvg(spec: ChartSpec, options?: ToSvgOptions): Promise<string> {
  const given = checkOptions(options, ['scale'], SUMMARY);
  const scale = given['scale'] === undefined ? 1 : given['scale'];
  if (typeof scale !== 'number' || !(scale >= 0.1 && scale <= 10)) {
    throw wrongType(SUMMARY, ['options', 'scale'], scale, 'a number from 0.1 to 10');
  }
  if (!isRecord(spec)) throw wrongType(SUMMARY, ['spec'], spec, 'a Vega-Lite spec (an object)');
  checkChartSpec(spec, SUMMARY);
  const vegaLite = await loadOptional('vega-lite', PURPOSE, () => import('vega-lite'));
  const vega = await loadOptional('vega', PURPOSE, () => import('vega'));
  let runtime: ReturnType<typeof vega.parse>;
  try {
    runtime = vega.parse(vegaLite.compile(spec as never).spec);
  } catch (error) {
    throw argumentError(
      SUMMARY,
      'invalid-value',
      ['spec'],
      `Vega-Lite cannot draw the spec: ${error instanceof Error ? error.message : String(error)}`,
      'a spec',
      'a valid Vega-Lite v6 spec',
    );
  }
  // Defence in depth: a loader that loads nothing, should a spec still name a resource.
  const view = new vega.View(runtime, { renderer: 'none', loader: refusingLoader as never });
  try {
    return await view.toSVG(scale);
  } finally {
    view.finalize();
  }
}
