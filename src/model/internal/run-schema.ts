/**
 * Runs a zod schema as `safeParse` does, but keeps what `safeParse` drops on failure: the value as
 * parsed so far, so that the cross-checks can read the parts that passed even when others
 * failed, whatever zod's rules for skipping refinements after an aborted check. Uses zod's
 * documented core (`_zod.run`, `util.finalizeIssue`), exactly as `safeParse` itself does.
 *
 * @module
 */
import { z } from 'zod';

const CONTEXT = Object.freeze({ async: false as const, reportInput: true });

/** The value a schema made of an input, and the issues it found (not yet finalized). */
export interface RunResult {
  readonly value: unknown;
  readonly issues: Array<z.core.$ZodRawIssue>;
}

/** Runs a schema over an input, synchronously. */
export function runSchema(schema: z.core.$ZodType, input: unknown): RunResult {
  const payload = schema._zod.run({ value: input, issues: [] }, CONTEXT);
  if (payload instanceof Promise) throw new z.core.$ZodAsyncError();
  return payload as RunResult;
}

/** The issues as `safeParse` would report them (with their input, for the messages). */
export function finalizeIssues(issues: ReadonlyArray<z.core.$ZodRawIssue>): z.core.$ZodIssue[] {
  const config = z.core.config();
  return issues.map((issue) => z.core.util.finalizeIssue(issue, CONTEXT, config));
}
