/**
 * What a profit source is to the engine: a small module that says whether the partner has the
 * source, how its revenue and gross profit follow from the partnership's numbers, and which
 * levers move it (each with the motive it serves). The engine reads only this shape; adding a
 * source is adding a module and a line in `registry.ts`.
 *
 * @module
 */
import type { BuiltInMotive } from '../../../model/motive.js';
import type { Decimal } from '../../../money/to-decimal.js';
import type { EconomicsParameters } from '../economics-parameters.js';

/** The exact (unrounded) revenue and gross profit of a source over one span. */
export interface SourceLine {
  readonly revenue: Decimal;
  readonly grossProfit: Decimal;
}

/**
 * One step of a lever applied to the parameters: the changed parameters, or why the lever cannot
 * take the step for this partner.
 */
export type LeverStep = EconomicsParameters | { readonly reason: string };

/** A lever of the partner's profit: one step of it, and the motive it moves. */
export interface LeverModule<Lever extends string = string> {
  readonly lever: Lever;
  /** The step, as a phrase: "One point more billable utilization". */
  readonly description: string;
  /** The partner motive the lever moves (see `leverMotives`). */
  readonly motive: BuiltInMotive;
  /** Why the lever moves that motive, in a sentence. */
  readonly motiveReason: string;
  /** Takes one step of the lever; called only when the lever's source applies. */
  readonly step: (parameters: EconomicsParameters) => LeverStep;
}

/** A profit source of the partner. */
export interface SourceModule<Source extends string = string, Lever extends string = string> {
  readonly source: Source;
  /**
   * What the source's figures are for a period: `'vendor-revenue'` when they follow from the
   * period's vendor revenue (computed per period), `'year'` when they are yearly figures that
   * the engine splits over the periods of a fiscal year by days (largest remainder).
   */
  readonly basis: 'vendor-revenue' | 'year';
  /** Why the partner does not have the source, or `undefined` when it does. */
  readonly absentReason: (parameters: EconomicsParameters) => string | undefined;
  /**
   * The exact revenue and gross profit for some parameters: of a period from its vendor revenue
   * (basis `'vendor-revenue'`), or of a whole year (basis `'year'`, vendor revenue unused). The
   * outer call reads the parameters once per calculation, the inner one runs per period. Called
   * only when the source applies.
   */
  readonly lineOf: (parameters: EconomicsParameters) => (vendorRevenue: Decimal) => SourceLine;
  /**
   * The one value of the parameters that `absentReason` and `lineOf` read (the profile's
   * section, or the term): when a lever's step leaves it the same object, the source's figures
   * are those of the parameters before the step, and are not computed again.
   */
  readonly reads: (parameters: EconomicsParameters) => unknown;
  /** The levers that move the source, in the order that breaks ties between equal effects. */
  readonly levers: ReadonlyArray<LeverModule<Lever>>;
}
