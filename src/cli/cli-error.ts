/**
 * The errors the command reports itself, each with its exit code: 1 for input that cannot be
 * used (a file missing or malformed, a document or a CSV row that fails validation, a diagnosis
 * that reaches --fail-on, a portfolio document not analysed), 2 for a usage error (an unknown
 * option or command, an option value that is not accepted). Their message is printed as is,
 * without a stack trace.
 *
 * @module
 */

/** Exit codes: 0 success, 1 invalid input, 2 usage error. */
export type ExitCode = 0 | 1 | 2;

/** A mistake of the user's, told in words, with the exit code it ends the command with. */
export class CliError extends Error {
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** An input the command cannot use: exit code 1. */
export function inputError(message: string): CliError {
  return new CliError(message, 1);
}

/** A command line the command does not accept: exit code 2. */
export function usageError(message: string): CliError {
  return new CliError(message, 2);
}

/** Whether something caught is one of the command's own errors. */
export function isCliError(value: unknown): value is CliError {
  return value instanceof CliError;
}

/** Exit code 1 for a failure the command has already reported on stdout (validate's invalid files). */
export function reportedFailure(): CliError {
  return new CliError('', 1);
}
