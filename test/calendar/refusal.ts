/**
 * What a calendar call that refuses its arguments throws, as plain data for a snapshot: the
 * error's name, its first message line (the summary and the issue count) and, for a
 * `ValidationError`, every issue whole. Fails the test when the call returns.
 */
import { isValidationError, type ValidationIssue } from '../../src/index.js';

export interface Refusal {
  readonly name: string;
  readonly headline: string | undefined;
  readonly issues?: ReadonlyArray<ValidationIssue>;
}

export function refusal(call: () => unknown): Refusal {
  try {
    call();
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const headline = error.message.split('\n')[0];
    return isValidationError(error)
      ? { name: error.name, headline, issues: error.issues }
      : { name: error.name, headline };
  }
  throw new Error('expected the call to throw');
}
