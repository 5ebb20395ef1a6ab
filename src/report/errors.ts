/**
 * The error of the report layer's optional parts, with a stable `code` and a guard that works
 * across duplicated copies of the package.
 *
 * @module
 */
import { isPartnerAlignmentError, PartnerAlignmentError } from '../errors.js';

/**
 * A function needs an optional dependency that is not installed: `vega` and `vega-lite` draw the
 * charts as SVG. npm installs them with the package unless optional dependencies were omitted
 * (`--omit=optional`); install them to draw charts. Everything else works without them.
 *
 * @example
 * ```ts
 * import { MissingDependencyError } from 'partner-alignment/report';
 * const error = new MissingDependencyError('vega-lite', 'draw charts as SVG');
 * error.code //=> 'MISSING_DEPENDENCY'
 * error.message //=> 'To draw charts as SVG, partner-alignment needs the optional dependency vega-lite, which is not installed: run `npm install vega vega-lite` (npm installs them unless optional dependencies are omitted)'
 * ```
 * @category Errors
 */
export class MissingDependencyError extends PartnerAlignmentError {
  /** The package that is missing. */
  readonly dependency: string;

  /**
   * @param dependency - the package that could not be loaded
   * @param purpose - what it is needed for, as a verb phrase ("draw charts as SVG")
   * @param options - the standard `cause`: the error of the failed import
   */
  constructor(dependency: string, purpose: string, options?: { readonly cause?: unknown }) {
    super(
      'MISSING_DEPENDENCY',
      `To ${purpose}, partner-alignment needs the optional dependency ${dependency}, which is not installed: run \`npm install vega vega-lite\` (npm installs them unless optional dependencies are omitted)`,
      options,
    );
    this.name = 'MissingDependencyError';
    this.dependency = dependency;
  }
}

/**
 * Tells whether a value is a {@link MissingDependencyError} (any copy of the library).
 *
 * @param value - anything caught
 * @returns `true` when an optional dependency was missing
 * @example
 * ```ts
 * import { isMissingDependencyError, MissingDependencyError } from 'partner-alignment/report';
 * isMissingDependencyError(new MissingDependencyError('vega', 'draw charts as SVG')) //=> true
 * isMissingDependencyError(new Error('other')) //=> false
 * ```
 * @category Errors
 */
export function isMissingDependencyError(value: unknown): value is MissingDependencyError {
  return isPartnerAlignmentError(value) && value.code === 'MISSING_DEPENDENCY';
}
