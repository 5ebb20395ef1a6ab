/**
 * The budget of {@link toSvg}: how much a chart spec may ask Vega to draw. Vega runs each part of
 * a spec as one synchronous step that no timer can stop, so a spec past a bound is refused before
 * Vega sees it, with a `too-big` issue naming the place and the bound. The charts of this module
 * stay far inside: the largest, `portfolioChart` of its maximum 10,000 analyses with labels, has
 * 20,003 rows and as many marks, at most 6 views, 4 ticks and lists of a few hundred periods.
 *
 * | bound | what it bounds |
 * | --- | --- |
 * | `rows` | rows in all inline datasets together (a scatter of 100,000 points) |
 * | `marks` | marks drawn: the rows of each view's data, summed over the views that draw them (a line or area with points on it counts twice) |
 * | `text` | characters the marks can write, estimated: each mark describes its fields for screen readers, with their titles and values |
 * | `views` | views: the spec and each layer in it, nested layers included |
 * | `predicates` | field predicates in all filters and conditions together |
 * | `size` | pixels of a `width`, `height` or view size anywhere in the spec |
 * | `step` | pixels per value of a discrete axis (`{ step }`) |
 * | `ticks` | an axis's or legend's `tickCount`, and a scale's `nice` count |
 * | `items` | items of any list outside the data: domains, ranges, axis values, sort orders, `oneOf`, tooltips, layers |
 * | `chars` | characters of any text outside the data: titles, descriptions, labels, formats |
 *
 * @example
 * ```ts
 * import { svgLimits } from 'partner-alignment/report';
 * svgLimits.rows //=> 100000
 * svgLimits.size //=> 10000
 * ```
 * @category Report
 */
export const svgLimits: {
  readonly rows: number;
  readonly marks: number;
  readonly text: number;
  readonly views: number;
  readonly predicates: number;
  readonly size: number;
  readonly step: number;
  readonly ticks: number;
  readonly items: number;
  readonly chars: number;
} = Object.freeze({
  rows: 100_000,
  marks: 100_000,
  text: 100_000_000,
  views: 20,
  predicates: 20,
  size: 10_000,
  step: 1_000,
  ticks: 250,
  items: 2_000,
  chars: 1_000,
});
