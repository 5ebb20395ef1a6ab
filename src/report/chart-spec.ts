import type { JsonValue } from '../alignment/improvement.js';

/**
 * A chart as a Vega-Lite v6 specification: plain JSON (no functions, no data URLs), with its data
 * inline, so it renders in Jupyter, browsers, Observable and most BI tools as it is, and as SVG
 * through {@link toSvg}. Every text from a document is data or a title, never an expression.
 *
 * @example
 * ```ts
 * import type { ChartSpec } from 'partner-alignment/report';
 * const spec: ChartSpec = {
 *   $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
 *   data: { values: [{ source: 'Services', grossProfit: 1170000 }] },
 *   mark: 'bar',
 *   encoding: { x: { field: 'grossProfit', type: 'quantitative' }, y: { field: 'source', type: 'nominal' } },
 * };
 * spec.mark //=> 'bar'
 * ```
 * @category Report
 */
export type ChartSpec = { readonly $schema: string } & { readonly [key: string]: JsonValue };
