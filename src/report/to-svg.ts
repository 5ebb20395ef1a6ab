import { argumentError, checkOptions, isRecord, wrongType } from '../argument-checks.js';
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

const refuse = (): Promise<never> =>
  Promise.reject(new Error('partner-alignment draws charts from inline data only'));
const refusingLoader = { load: refuse, sanitize: refuse, http: refuse, file: refuse };

/** The first `url` (of data, an image mark...) anywhere in a spec, if any. */
function findUrl(value: unknown, depth: number): string | undefined {
  if (depth > 64 || typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'url' && typeof item === 'string') return item;
    const found = findUrl(item, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
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
 * @throws {@link index!ValidationError} (the promise rejects) for a spec that is not an object, or an invalid option
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
  const url = findUrl(spec, 0);
  if (url !== undefined) {
    throw argumentError(
      SUMMARY,
      'invalid-value',
      ['spec'],
      'A chart here takes its data inline: nothing is loaded from a URL or a file',
      JSON.stringify(url.slice(0, 40)),
      'a spec with inline data (data.values)',
    );
  }
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
