/**
 * What every chart of the report shares: the Vega-Lite schema, a quiet look that prints well
 * (system fonts, no frame, small type), the locale's decimal and group separators for the axes,
 * and the checked options common to every chart.
 *
 * @module
 */
import type { Locale } from 'date-fns';
import type { JsonValue } from '../../alignment/improvement.js';
import { checkOptions, checkWholeNumber } from '../../argument-checks.js';
import type { ChartSpec } from '../chart-spec.js';
import { readLocale } from './locale.js';

/** The Vega-Lite schema every spec names. */
export const vegaLiteSchema = 'https://vega.github.io/schema/vega-lite/v6.json';

/** The report's colours: plan, actual, forecast, and a muted tone for backgrounds. */
export const colors = {
  plan: '#8c96a8',
  actual: '#1f4e89',
  forecast: '#d9822b',
  muted: '#dfe3ea',
  good: '#2e7d4f',
} as const;

/** The options every chart takes. */
export interface ChartOptionsBase {
  /** A date-fns v4 locale for the numbers on the axes. Default: `enGB`. */
  readonly locale?: Locale;
  /** The width of the plotting area in pixels, from 60 to 2000. Default: the chart's own. */
  readonly width?: number;
  /** The height of the plotting area in pixels, from 40 to 2000. Default: the chart's own. */
  readonly height?: number;
}

/** The checked common options, and the other options given. */
export function readChartOptions(
  options: unknown,
  extra: ReadonlyArray<string>,
  summary: string,
  size: { readonly width: number; readonly height: number },
): {
  readonly locale: Locale;
  readonly width: number;
  readonly height: number;
  readonly given: Readonly<Record<string, unknown>>;
} {
  const given = checkOptions(options, ['locale', 'width', 'height', ...extra], summary);
  return {
    locale: readLocale(given['locale'], summary, ['options', 'locale']),
    width:
      given['width'] === undefined
        ? size.width
        : checkWholeNumber(given['width'], 60, 2000, summary, ['options', 'width']),
    height:
      given['height'] === undefined
        ? size.height
        : checkWholeNumber(given['height'], 40, 2000, summary, ['options', 'height']),
    given,
  };
}

/** The locale's separators for d3-format, read from `Intl`. */
export function numberLocale(locale: Locale): JsonValue {
  const parts = new Intl.NumberFormat(locale.code, { useGrouping: true }).formatToParts(1234567.5);
  const part = (type: string, fallback: string) =>
    parts.find((p) => p.type === type)?.value ?? fallback;
  return {
    decimal: part('decimal', '.'),
    thousands: part('group', ','),
    grouping: [3],
    currency: ['', ''],
  };
}

/** A complete spec: the schema, the size, the look and the locale around a chart's own parts. */
export function spec(
  parts: Readonly<Record<string, JsonValue>>,
  options: { readonly locale: Locale; readonly width: number; readonly height: number },
): ChartSpec {
  return {
    $schema: vegaLiteSchema,
    width: options.width,
    height: options.height,
    ...parts,
    config: {
      locale: { number: numberLocale(options.locale) },
      font: 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
      view: { stroke: null },
      axis: {
        labelFontSize: 9,
        titleFontSize: 9,
        titleFontWeight: 'normal',
        titleColor: '#555',
        labelColor: '#333',
        gridColor: '#eceff3',
        domainColor: '#999',
        tickColor: '#999',
      },
      legend: {
        labelFontSize: 9,
        titleFontSize: 9,
        symbolSize: 60,
        orient: 'top',
        direction: 'horizontal',
      },
      title: { fontSize: 11, fontWeight: 'bold', anchor: 'start', color: '#222' },
    },
  };
}

/** The same chart with the numbers of its axes in another locale. */
export function withLocale(chart: ChartSpec, locale: Locale): ChartSpec {
  const config = chart['config'];
  const base =
    typeof config === 'object' && config !== null && !Array.isArray(config) ? config : {};
  return { ...chart, config: { ...base, locale: { number: numberLocale(locale) } } };
}
