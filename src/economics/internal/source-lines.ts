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
  /** Per source, in registry order, its rounded line of each period. */
  readonly columns: ReadonlyArray<ReadonlyArray<SourceLine>>;
}

/** Lines computed before, for parameters that differ from `parameters` in a few sources only. */
export interface KnownLines {
  readonly parameters: EconomicsParameters;
  readonly lines: SourceLines;
}

const ZERO_LINE: SourceLine = Object.freeze({ revenue: ZERO, grossProfit: ZERO });

/**
 * Amounts of 10^30 units of a currency or more are refused: with the currency's decimals they
 * stay within the 40 significant digits that keep every sum exact. No business comes near it;
 * only a profile with absurd numbers does.
 */
const LIMIT_EXPONENT = 30;

/** An amount rounded half-even to whole minor units, refused at 10^30 and beyond. */
export function toMinorUnits(value: Decimal, digits: number, summary: string): Decimal {
  // A Decimal's exponent `e` is that of its leading digit: 30 or more means 10^30 or more.
  if (!value.isZero() && value.e >= LIMIT_EXPONENT) {
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

/**
 * Which figures of the lines to compute: both, or the gross profit alone (what the lever ranking
 * needs; the revenue is then left at zero).
 */
export type LineFigures = 'all' | 'gross-profit';

function rounded(
  line: SourceLine,
  digits: number,
  figures: LineFigures,
  summary: string,
): SourceLine {
  const grossProfit = toMinorUnits(line.grossProfit, digits, summary);
  if (figures !== 'all') return { revenue: ZERO, grossProfit };
  const same = line.revenue === line.grossProfit;
  return { revenue: same ? grossProfit : toMinorUnits(line.revenue, digits, summary), grossProfit };
}

/** A yearly line's part for each period of a year group. */
function splitLine(
  line: SourceLine,
  digits: number,
  group: YearGroup,
  figures: LineFigures,
): SourceLine[] {
  const grossProfit = splitMoney(line.grossProfit, digits, group);
  const revenue = figures === 'all' ? splitMoney(line.revenue, digits, group) : undefined;
  return grossProfit.map((part, place) => ({
    revenue: revenue?.[place] ?? ZERO,
    grossProfit: part,
  }));
}

/**
 * The rounded lines of every source in every period of the resolved input. With `known` (lines
 * of the same input and figures for other parameters), a source that reads the same value in
 * both takes its column from there.
 */
export function sourceLines(
  resolved: ResolvedEconomics,
  parameters: EconomicsParameters,
  figures: LineFigures,
  summary: string,
  known: KnownLines | undefined = undefined,
): SourceLines {
  const { steps, digits } = resolved;
  const applies = profitSources.map((source) => source.absentReason(parameters) === undefined);
  const columns = profitSources.map((source, index): ReadonlyArray<SourceLine> => {
    const same = known !== undefined && source.reads(parameters) === source.reads(known.parameters);
    const column = same ? known.lines.columns[index] : undefined;
    if (column !== undefined) return column;
    if (!applies[index]) return steps.map(() => ZERO_LINE);
    const line = source.lineOf(parameters);
    if (source.basis === 'vendor-revenue') {
      return steps.map((step) => rounded(line(step.vendorRevenue), digits, figures, summary));
    }
    const yearly = rounded(line(ZERO), digits, figures, summary);
    const parts = new Map<YearGroup, SourceLine[]>();
    return steps.map(({ slot }) => {
      let split = parts.get(slot.group);
      if (split === undefined) {
        split = splitLine(yearly, digits, slot.group, figures);
        parts.set(slot.group, split);
      }
      return split[slot.place] ?? ZERO_LINE;
    });
  });
  return {
    applies,
    // Every column holds a line for each step.
    periods: steps.map((_, period) => columns.map((column) => column[period] as SourceLine)),
    columns,
  };
}
