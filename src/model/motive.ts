import { z } from 'zod';
import { documentLimits } from './document-limits.js';
import { addIssue } from './internal/document-issue.js';
import { renderReceived } from './internal/render-received.js';

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
export const builtInMotives = Object.freeze([
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
] as const);

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
const MOTIVE_EXPECTED =
  'a built-in motive such as "bill-rate" or "retention", or a custom motive written "custom:<kebab-case-name>"';

/** Whether a string is a built-in motive or a well-formed custom motive of at most 100 characters. */
function isMotiveId(value: string): boolean {
  return (
    (builtInMotives as ReadonlyArray<string>).includes(value) ||
    (value.length <= documentLimits.text.id && CUSTOM_MOTIVE.test(value))
  );
}

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
  .superRefine((value, context) => {
    if (isMotiveId(value)) return;
    addIssue(context, [], {
      code: 'invalid-value',
      message: value.startsWith('custom:')
        ? 'A custom motive is written "custom:" and a kebab-case name of lower-case letters and digits'
        : 'Not a known motive',
      received: renderReceived(value),
      expected: MOTIVE_EXPECTED,
      params: { values: builtInMotives.join(', ') },
    });
  })
  .meta({
    id: 'MotiveId',
    title: 'Motive id',
    description: `A business driver of the partner: one of ${builtInMotives.join(', ')}, or a custom motive written "custom:<kebab-case-name>" (at most ${documentLimits.text.id} characters).`,
    anyOf: [
      { enum: [...builtInMotives] },
      { pattern: CUSTOM_MOTIVE.source, maxLength: documentLimits.text.id },
    ],
  });
/** A motive id (see the schema of the same name). @category Model */
export type MotiveId = z.infer<typeof MotiveId>;
