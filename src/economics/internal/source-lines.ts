/**
 * The revenue and gross profit of every source in every period, rounded to the currency's minor
 * units: a source that follows the vendor revenue is computed on the period's vendor revenue and
 * rounded half-even; a yearly source is rounded once for the year and split over the periods of
 * the year by days (largest remainder), so a full year's periods add up to it exactly.
 *
 * @module
 */
import { ValidationError } from '../../errors.js';
import { quantize, ZERO } from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { EconomicsParameters } from './economics-parameters.js';
import type { ResolvedEconomics } from './resolve-economics.js';
import { profitSources } from './sources/registry.js';
import type { SourceLine } from './sources/source-module.js';
import { splitMoney, type YearGroup } from './year-split.js';

/** Every source's lines for one set of parameters. */
export interface SourceLines {
  /** Whether the partner has each source, in registry order. */
  readonly applies: ReadonlyArray<boolean>;
  /** Per period, each source's rounded line, in registry order. */
  readonly periods: ReadonlyArray<ReadonlyArray<SourceLine>>;
}

const ZERO_LINE: SourceLine = Object.freeze({ revenue: ZERO, grossProfit: ZERO });

/**
 * Amounts at or beyond 10^30 units of a currency are refused: with the currency's decimals they
 * stay within the 40 significant digits that keep every sum exact. No business comes near it;
 * only a profile with absurd numbers does.
 */
const LIMIT = 1e30;

/** An amount rounded half-even to whole minor units, refused beyond {@link LIMIT}. */
export function toMinorUnits(value: Decimal, digits: number, summary: string): Decimal {
  if (value.abs().gte(LIMIT)) {
    throw new ValidationError(summary, [
      {
        code: 'too-big',
        path: ['partnership', 'economics'],
        message:
          'The economics profile makes amounts of 10^30 or more, too large to compute exactly',
        received: value.toExponential(3),
        expected: 'profile numbers whose products stay below 10^30',
        params: { maximum: '1e30' },
      },
    ]);
  }
  return quantize(value, digits);
}

function rounded(line: SourceLine, digits: number, summary: string): SourceLine {
  return {
    revenue: toMinorUnits(line.revenue, digits, summary),
    grossProfit: toMinorUnits(line.grossProfit, digits, summary),
  };
}

/** A yearly line's part for each period of a year group. */
function splitLine(line: SourceLine, currency: string, group: YearGroup): SourceLine[] {
  const revenue = splitMoney(line.revenue, currency, group);
  const grossProfit = splitMoney(line.grossProfit, currency, group);
  return revenue.map((part, place) => ({ revenue: part, grossProfit: grossProfit[place] ?? ZERO }));
}

/** The rounded lines of every source in every period of the resolved input. */
export function sourceLines(
  resolved: ResolvedEconomics,
  parameters: EconomicsParameters,
  summary: string,
): SourceLines {
  const { steps, digits, currency } = resolved;
  const applies = profitSources.map((source) => source.absentReason(parameters) === undefined);
  const columns = profitSources.map((source, index): ReadonlyArray<SourceLine> => {
    if (!applies[index]) return steps.map(() => ZERO_LINE);
    if (source.basis === 'vendor-revenue') {
      return steps.map((step) =>
        rounded(source.line(parameters, step.vendorRevenue), digits, summary),
      );
    }
    const yearly = rounded(source.line(parameters, ZERO), digits, summary);
    const parts = new Map<YearGroup, SourceLine[]>();
    return steps.map(({ slot }) => {
      let split = parts.get(slot.group);
      if (split === undefined) {
        split = splitLine(yearly, currency, slot.group);
        parts.set(slot.group, split);
      }
      return split[slot.place] ?? ZERO_LINE;
    });
  });
  return {
    applies,
    periods: steps.map((_, period) => columns.map((column) => column[period] ?? ZERO_LINE)),
  };
}
