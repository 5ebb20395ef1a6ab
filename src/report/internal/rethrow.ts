/**
 * The report functions hand some arguments to an engine's public function, which checks them:
 * its `ValidationError` is given again under the report function's own summary, with the same
 * issues (paths already start at the argument's name).
 *
 * @module
 */
import { ValidationError } from '../../errors.js';

/** Throws the same issues under `summary`. */
export function rethrowUnder(error: ValidationError, summary: string): never {
  throw new ValidationError(
    summary,
    error.issues.map(({ label: _label, ...issue }) => issue),
    { omitted: error.omittedIssues },
  );
}
