import { checkOptions, isRecord, wrongType } from '../argument-checks.js';
import type { ChartSpec } from './chart-spec.js';
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
  /** How much larger than the spec's own size to draw, from 0.1 to 10. Default 1. */
  readonly scale?: number;
}

const SUMMARY = 'Invalid arguments to toSvg';
const PURPOSE = 'draw charts as SVG';

/**
 * Draws a Vega-Lite chart as a standalone SVG document, in Node or a browser, with no network
 * (the data is inline) and text escaped by Vega's SVG writer. Loads the optional dependencies
 * `vega-lite` and `vega` on first use, with a real `import()` from both builds.
 *
 * @param spec - a chart of this module (or any Vega-Lite v6 spec with inline data)
 * @param options - `scale` (default 1)
 * @returns the SVG markup, starting with `<svg`
 * @throws {@link MissingDependencyError} (the promise rejects) when `vega` or `vega-lite` is not installed
 * @throws {@link ValidationError} (the promise rejects) for a spec that is not an object, or an invalid option
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
  const scale = given['scale'] ?? 1;
  if (typeof scale !== 'number' || !(scale >= 0.1 && scale <= 10)) {
    throw wrongType(SUMMARY, ['options', 'scale'], scale, 'a number from 0.1 to 10');
  }
  if (!isRecord(spec)) throw wrongType(SUMMARY, ['spec'], spec, 'a Vega-Lite spec (an object)');
  const vegaLite = await loadOptional('vega-lite', PURPOSE, () => import('vega-lite'));
  const vega = await loadOptional('vega', PURPOSE, () => import('vega'));
  const compiled = vegaLite.compile(spec as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG(scale);
  } finally {
    view.finalize();
  }
}
