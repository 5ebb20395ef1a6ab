/**
 * Running sums of one currency's targets, actuals and forecasts, as a portfolio row and a portfolio
 * summary add them up (exact Money, turned into decimal strings only when finished).
 *
 * @module
 */
import { type Money, money } from '../../money/money.js';
import type { AmountTotals } from '../portfolio-schemas.js';

/** The sums, with the counts of objectives they cover. */
export type AmountSums = { target: Money; actual: Money; forecast: Money } & Omit<
  AmountTotals,
  'target' | 'actual' | 'forecast'
>;

/** Sums at zero in `currency`. */
export function emptyAmountSums(currency: string): AmountSums {
  const zero = money('0', currency);
  return {
    target: zero,
    actual: zero,
    forecast: zero,
    objectives: 0,
    withoutActual: 0,
    withoutForecast: 0,
  };
}

/** The sums as the totals of a row or a summary: amounts as decimal strings to the currency's digits. */
export function amountTotals(sums: AmountSums, digits: number): AmountTotals {
  return {
    target: sums.target.amount.toFixed(digits),
    actual: sums.actual.amount.toFixed(digits),
    forecast: sums.forecast.amount.toFixed(digits),
    objectives: sums.objectives,
    withoutActual: sums.withoutActual,
    withoutForecast: sums.withoutForecast,
  };
}
