/** What must hold whatever a document holds: the one check of the fuzz suite and `npm run fuzz`. */
import { isValidationError, safeParsePartnership } from '../../../src/index.js';
import { deepFreeze, prototypeFingerprint } from './hostile.js';

/** The longest error message allowed, in characters. */
export const MAX_MESSAGE = 64 * 1024;

/** What one parse did, for the summary of `npm run fuzz`. */
export interface Outcome {
  readonly success: boolean;
  readonly milliseconds: number;
  readonly messageLength: number;
  readonly codes: ReadonlyArray<string>;
}

/**
 * Parses a hostile input (frozen, so that any change to it throws) and throws unless: the result
 * is a partnership or a ValidationError (never another error), the message is under 64 kB, and
 * no prototype was touched.
 */
export function checkInput(input: unknown): Outcome {
  deepFreeze(input);
  const before = prototypeFingerprint();
  const start = performance.now();
  const result = safeParsePartnership(input);
  const milliseconds = performance.now() - start;
  if (prototypeFingerprint() !== before) throw new Error('a prototype was changed');
  if (result.success) return { success: true, milliseconds, messageLength: 0, codes: [] };
  const error: unknown = result.error;
  if (!isValidationError(error)) throw new Error(`not a ValidationError: ${String(error)}`);
  if (error.message.length >= MAX_MESSAGE) {
    throw new Error(`a message of ${error.message.length} characters`);
  }
  return {
    success: false,
    milliseconds,
    messageLength: error.message.length,
    codes: error.issues.map((issue) => issue.code),
  };
}
