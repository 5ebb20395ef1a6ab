import { z } from 'zod';

/**
 * The built-in motive catalog: the business drivers of a partner that a partnership can move.
 * Custom motives are written `custom:<kebab-case-name>`.
 *
 * @example
 * ```ts
 * import { builtInMotives } from 'partner-alignment';
 * builtInMotives.length //=> 12
 * builtInMotives[0] //=> 'services-revenue'
 * ```
 * @category Model
 */
export const builtInMotives = [
  'services-revenue',
  'consultant-utilization',
  'bill-rate',
  'deal-volume',
  'subscription-revenue',
  'user-growth',
  'product-breadth',
  'discount-discipline',
  'retention',
  'managed-services-revenue',
  'resale-margin',
  'referral-fees',
] as const;

/**
 * A built-in motive id (see {@link builtInMotives}).
 *
 * @example
 * ```ts
 * import { BuiltInMotive } from 'partner-alignment';
 * BuiltInMotive.parse('bill-rate') //=> 'bill-rate'
 * ```
 * @category Model
 */
export const BuiltInMotive = z.enum(builtInMotives).meta({
  id: 'BuiltInMotive',
  title: 'Built-in motive',
  description: 'A business driver from the built-in catalog.',
});
/** A built-in motive id (see the schema of the same name). @category Model */
export type BuiltInMotive = z.infer<typeof BuiltInMotive>;

const CUSTOM_MOTIVE = /^custom:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A motive id: a built-in motive, or a custom one written `custom:<kebab-case-name>`.
 *
 * @example
 * ```ts
 * import { MotiveId } from 'partner-alignment';
 * MotiveId.parse('consultant-utilization') //=> 'consultant-utilization'
 * MotiveId.parse('custom:net-new-logos') //=> 'custom:net-new-logos'
 * MotiveId.safeParse('happiness').success //=> false
 * ```
 * @category Model
 */
export const MotiveId = z
  .string()
  .refine(
    (value) =>
      (builtInMotives as ReadonlyArray<string>).includes(value) || CUSTOM_MOTIVE.test(value),
    {
      error: `Expected a built-in motive (${builtInMotives.join(', ')}) or a custom motive written "custom:<kebab-case-name>"`,
    },
  )
  .meta({
    id: 'MotiveId',
    title: 'Motive id',
    description: `A business driver of the partner: one of ${builtInMotives.join(', ')}, or a custom motive written "custom:<kebab-case-name>".`,
  });
/** A motive id (see the schema of the same name). @category Model */
export type MotiveId = z.infer<typeof MotiveId>;
