// Shared by the hostile-input tests of toSvg: a minimal spec and the issues of a refusal.
import { isValidationError } from '../../src/errors.js';

export const bar = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  data: { values: [{ a: 'A', b: 2 }] },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
} as const;

/** The issues of the ValidationError a promise rejects with, as `code path: received`. */
export async function issuesOf(call: () => Promise<unknown>): Promise<string[]> {
  try {
    await call();
  } catch (error) {
    if (isValidationError(error)) {
      return error.issues.map((i) => `${i.code} ${i.path.join('.')}: ${i.received}`);
    }
    throw error;
  }
  throw new Error('expected a ValidationError');
}
