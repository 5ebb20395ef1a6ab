/**
 * The first issue of the `ValidationError` a call throws, for tests that pin one refusal. Fails
 * the test when the call returns, and re-throws any other error.
 */
import { isValidationError, type ValidationIssue } from '../src/index.js';

export function issueOf(call: () => unknown): ValidationIssue {
  try {
    call();
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return error.issues[0] as ValidationIssue;
  }
  throw new Error('expected a ValidationError');
}
