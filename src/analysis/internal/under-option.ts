/**
 * Engine calls inside an analysis: an engine names the options it refuses at `['options', ...]`;
 * the analysis passes them in a group (`options.progress`, `options.alignment.settings`...), so
 * its issues move under that group's path and the error takes the analysis's summary.
 *
 * @module
 */
import { type IssuePath, ValidationError } from '../../errors.js';

/** Runs an engine call, moving the issues of its options under `group` (`['options', 'progress']`). */
export function underOption<T>(summary: string, group: IssuePath, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      summary,
      error.issues.map(({ label: _label, ...issue }) => ({
        ...issue,
        path: issue.path[0] === 'options' ? [...group, ...issue.path.slice(1)] : issue.path,
      })),
      { omitted: error.omittedIssues },
    );
  }
}

/** Whether an engine refused one of the options it was given (rather than what it computed on). */
export function refusesOptions(error: unknown): boolean {
  return (
    error instanceof ValidationError && error.issues.some((issue) => issue.path[0] === 'options')
  );
}
