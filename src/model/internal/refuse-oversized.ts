/**
 * Refuses lists and records far longer than their schema allows before zod reads any of their
 * items: 100,000 empty goals cost one issue and a walk of the document's shape, not 400,000
 * issues. Each oversized list is replaced, in a copy of the document (the input is never
 * changed), by a marker that zod refuses at once; that issue is then replaced by a `too-big`
 * issue with the count. Every other part of the document is validated as usual.
 *
 * @module
 */
import { z } from 'zod';
import type { ValidationIssueInput } from '../../errors.js';
import { boundsOf, chainOf, coreOf } from './schema-at.js';

type Schema = z.core.$ZodType;
type Def = {
  readonly type: string;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly element?: Schema;
  readonly valueType?: Schema;
  readonly options?: ReadonlyArray<Schema>;
  readonly discriminator?: string;
};
const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;

/** An oversized list found, and the marker that stands for it in the copy. */
interface Oversized {
  readonly marker: symbol;
  readonly issue: ValidationIssueInput;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function maxPropertiesOf(schema: Schema): number | undefined {
  for (const link of chainOf(schema)) {
    const max = z.globalRegistry.get(link)?.['maxProperties'];
    if (typeof max === 'number') return max;
  }
  return undefined;
}

function countKeys(value: Record<string, unknown>, stop: number): number {
  let count = 0;
  for (const key in value) {
    if (Object.hasOwn(value, key)) count += 1;
    if (count > stop) break;
  }
  return count;
}

/**
 * What to look at in a value of a schema: only the lists and records with a bound, and the paths
 * that lead to them. `undefined` when nothing inside a schema is bounded.
 */
type Plan =
  | { readonly kind: 'list'; readonly maximum: number | undefined; readonly item: Plan | undefined }
  | { readonly kind: 'record'; readonly maximum: number }
  | { readonly kind: 'object'; readonly fields: ReadonlyArray<readonly [string, Plan]> }
  | { readonly kind: 'union'; readonly tag: string; readonly options: ReadonlyMap<unknown, Plan> };

// A private cache of the plans of schemas (schemas never change), so that a document is walked
// without reading its schema again: it changes no result.
const plans = new WeakMap<Schema, Plan | null>();

function planOf(schema: Schema): Plan | undefined {
  const cached = plans.get(schema);
  if (cached !== undefined) return cached ?? undefined;
  const plan = compile(schema);
  plans.set(schema, plan ?? null);
  return plan;
}

function compile(schema: Schema): Plan | undefined {
  const def = defOf(coreOf(schema));
  switch (def.type) {
    case 'array': {
      const item = planOf(def.element as Schema);
      const { maximum } = boundsOf(schema);
      return maximum === undefined && item === undefined
        ? undefined
        : { kind: 'list', maximum, item };
    }
    case 'record': {
      const maximum = maxPropertiesOf(schema);
      return maximum === undefined ? undefined : { kind: 'record', maximum };
    }
    case 'object': {
      const fields: Array<readonly [string, Plan]> = [];
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const plan = planOf(field);
        if (plan !== undefined) fields.push([key, plan]);
      }
      return fields.length === 0 ? undefined : { kind: 'object', fields };
    }
    case 'union': {
      if (def.discriminator === undefined) return undefined;
      const options = new Map<unknown, Plan>();
      for (const option of def.options ?? []) {
        const plan = planOf(option);
        const tag = defOf(coreOf(option)).shape?.[def.discriminator];
        const values =
          tag === undefined ? [] : ((coreOf(tag)._zod.def as { values?: unknown[] }).values ?? []);
        if (plan !== undefined) for (const value of values) options.set(value, plan);
      }
      return options.size === 0 ? undefined : { kind: 'union', tag: def.discriminator, options };
    }
    default:
      return undefined;
  }
}

function visit(
  plan: Plan,
  value: unknown,
  path: Array<string | number>,
  found: Oversized[],
): unknown {
  switch (plan.kind) {
    case 'list': {
      if (!Array.isArray(value)) return value;
      if (plan.maximum !== undefined && value.length > plan.maximum) {
        return mark(found, path, value.length, plan.maximum, 'item');
      }
      const item = plan.item;
      if (item === undefined) return value;
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        const inner = visit(item, value[i], path, found);
        path.pop();
        if (inner !== value[i]) {
          copy ??= value.slice();
          copy[i] = inner;
        }
      }
      return copy ?? value;
    }
    case 'record': {
      if (!isRecord(value) || countKeys(value, plan.maximum) <= plan.maximum) return value;
      return mark(found, path, Object.keys(value).length, plan.maximum, 'entry');
    }
    case 'union': {
      if (!isRecord(value)) return value;
      const option = plan.options.get(value[plan.tag]);
      return option === undefined ? value : visit(option, value, path, found);
    }
    case 'object': {
      if (!isRecord(value)) return value;
      let copy: Record<string, unknown> | undefined;
      for (const [key, field] of plan.fields) {
        if (!Object.hasOwn(value, key)) continue;
        path.push(key);
        const inner = visit(field, value[key], path, found);
        path.pop();
        if (inner !== value[key]) {
          copy ??= { ...value };
          copy[key] = inner;
        }
      }
      return copy ?? value;
    }
  }
}

function mark(
  found: Oversized[],
  path: ReadonlyArray<string | number>,
  count: number,
  maximum: number,
  noun: 'item' | 'entry',
): symbol {
  const marker = Symbol('oversized');
  const nouns = noun === 'item' ? 'items' : 'entries';
  found.push({
    marker,
    issue: {
      code: 'too-big',
      path: [...path],
      message: `Too many ${nouns}: ${count}`,
      received: `${count} ${nouns}`,
      expected: `at most ${maximum} ${nouns}`,
      params: { maximum, count },
    },
  });
  return marker;
}

/** The document with oversized lists replaced by markers, and the issue of each marker. */
export interface Bounded {
  readonly value: unknown;
  readonly issues: ReadonlyMap<symbol, ValidationIssueInput>;
}

/** Finds the lists and records of a document longer than its schema allows. */
export function refuseOversized(schema: Schema, input: unknown): Bounded {
  const found: Oversized[] = [];
  const plan = planOf(schema);
  const value = plan === undefined ? input : visit(plan, input, [], found);
  return { value, issues: new Map(found.map((entry) => [entry.marker, entry.issue])) };
}
