/**
 * Runs a zod schema as `safeParse` does, but keeps what `safeParse` drops on failure: the value as
 * parsed so far, so that the cross-checks can read the parts that passed even when others
 * failed, whatever zod's rules for skipping refinements after an aborted check. Uses zod's
 * documented core (`_zod.run`, `util.finalizeIssue`), exactly as `safeParse` itself does.
 *
 * @module
 */
import { z } from 'zod';

/** A context of one run: zod writes to it (so each run has its own). */
const contextOf = () => ({ async: false as const, reportInput: true });

/** The value a schema made of an input, and the issues it found (not yet finalized). */
export interface RunResult {
  readonly value: unknown;
  readonly issues: Array<z.core.$ZodRawIssue>;
}

type Compile = (schema: z.core.$ZodType) => z.core.$ZodType;

// A private cache of the compiled form of each schema run (schemas never change): zod 4.6 and later
// compile a schema into a generated parser that gives the same values and issues faster; older
// versions of zod, or a runtime that forbids generated code, run the schema as it is.
const compiled = new WeakMap<z.core.$ZodType, z.core.$ZodType>();

function compiledOf(schema: z.core.$ZodType): z.core.$ZodType {
  let fast = compiled.get(schema);
  if (fast === undefined) {
    const compile = (z as unknown as { compile?: Compile }).compile;
    try {
      fast = typeof compile === 'function' ? compile(schema) : schema;
    } catch {
      fast = schema;
    }
    compiled.set(schema, fast);
  }
  return fast;
}

/** Runs a schema over an input, synchronously (through its compiled form when zod has one). */
export function runSchema(schema: z.core.$ZodType, input: unknown): RunResult {
  const payload = compiledOf(schema)._zod.run({ value: input, issues: [] }, contextOf());
  if (payload instanceof Promise) throw new z.core.$ZodAsyncError();
  return payload as RunResult;
}

/** The issues as `safeParse` would report them (with their input, for the messages). */
export function finalizeIssues(issues: ReadonlyArray<z.core.$ZodRawIssue>): z.core.$ZodIssue[] {
  const config = z.core.config();
  const context = contextOf();
  return issues.map((issue) => z.core.util.finalizeIssue(issue, context, config));
}
