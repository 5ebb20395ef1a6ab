import { type Decimal, toDecimal } from '../money/to-decimal.js';

/**
 * One assumption of the economics engine: its value and where the number comes from.
 *
 * @example
 * ```ts
 * import { defaultEconomicsAssumptions } from 'partner-alignment';
 * defaultEconomicsAssumptions.availableHours.value.toFixed() //=> '2080'
 * ```
 * @category Economics
 */
export interface EconomicsAssumption {
  /** The value used when the profile or the options do not give one. */
  readonly value: Decimal;
  /** What the value means, its unit, and where the number comes from. */
  readonly source: string;
}

/**
 * The assumptions the economics engine makes when the document or the options do not say, as data
 * with their sources, frozen. Every one of them can be overridden: `availableHours` and
 * `retention` in the partnership's economics profile, `utilizationCeiling` in the options of
 * {@link computeEconomics}.
 *
 * - `availableHours`: 2,080 paid hours per consultant per year, 52 weeks × 40 hours, the usual
 *   full-time-equivalent convention.
 * - `utilizationCeiling`: 75 percentage points, the billable-utilization target commonly cited
 *   for professional-services firms (benchmarks such as SPI Research's yearly *Professional
 *   Services Maturity Benchmark* report an average near 69 % against it). A plan that needs more
 *   billed hours than the team's paid hours at this utilization needs hires.
 * - `averageUtilization`: 69 percentage points, the benchmark average quoted above, for callers
 *   that need a utilization when the profile has none (the engine itself always uses the profile's).
 * - `retention`: 1 (no churn) when a subscription profile gives no retention.
 *
 * @example
 * ```ts
 * import { defaultEconomicsAssumptions } from 'partner-alignment';
 * defaultEconomicsAssumptions.utilizationCeiling.value.toFixed() //=> '75'
 * defaultEconomicsAssumptions.averageUtilization.value.toFixed() //=> '69'
 * ```
 * @category Economics
 */
export const defaultEconomicsAssumptions: {
  readonly availableHours: EconomicsAssumption;
  readonly utilizationCeiling: EconomicsAssumption;
  readonly averageUtilization: EconomicsAssumption;
  readonly retention: EconomicsAssumption;
} = Object.freeze({
  availableHours: Object.freeze({
    value: toDecimal('2080'),
    source:
      'Paid hours per person per year: 52 weeks × 40 hours, the usual full-time-equivalent convention.',
  }),
  utilizationCeiling: Object.freeze({
    value: toDecimal('75'),
    source:
      'Billable-utilization target in percentage points, commonly cited for professional-services firms; benchmarks such as SPI Research’s Professional Services Maturity Benchmark report an average near 69 against it.',
  }),
  averageUtilization: Object.freeze({
    value: toDecimal('69'),
    source:
      'Average billable utilization in percentage points reported by professional-services benchmarks (for example SPI Research’s Professional Services Maturity Benchmark).',
  }),
  retention: Object.freeze({
    value: toDecimal('1'),
    source: 'No churn assumed when the subscription profile gives no retention.',
  }),
});
