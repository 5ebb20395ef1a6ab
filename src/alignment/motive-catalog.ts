import { type BuiltInMotive, builtInMotives, type MotiveId } from '../model/motive.js';

/**
 * What one motive of the catalog means: a short label for reports and the business driver it
 * names.
 *
 * @example
 * ```ts
 * import { motiveCatalog, type MotiveInfo } from 'partner-alignment';
 * const info: MotiveInfo = motiveCatalog['bill-rate'];
 * info.label //=> 'bill rate'
 * ```
 * @category Alignment
 */
export interface MotiveInfo {
  /** A short label, lower case, for sentences such as "serves bill rate". */
  readonly label: string;
  /** The business driver, in one sentence. */
  readonly description: string;
}

/**
 * The built-in motive catalog: each business driver a partnership can move, with a label and a
 * one-sentence meaning. Deeply frozen: no caller can change it for the others. The ids are the model's {@link builtInMotives}; custom motives
 * (`custom:<name>`) are allowed everywhere and labelled from their name (see {@link motiveLabel}).
 *
 * @example
 * ```ts
 * import { motiveCatalog } from 'partner-alignment';
 * Object.keys(motiveCatalog).length //=> 12
 * motiveCatalog['consultant-utilization'].label //=> 'consultant utilization'
 * ```
 * @category Alignment
 */
export const motiveCatalog: Readonly<Record<BuiltInMotive, MotiveInfo>> = Object.freeze({
  'services-revenue': Object.freeze({
    label: 'services revenue',
    description: 'Revenue from the partner’s own consulting, implementation and project services.',
  }),
  'consultant-utilization': Object.freeze({
    label: 'consultant utilization',
    description: 'The share of its consultants’ available hours the partner bills.',
  }),
  'bill-rate': Object.freeze({
    label: 'bill rate',
    description: 'The price per hour or day the partner can charge for its people.',
  }),
  'deal-volume': Object.freeze({
    label: 'deal volume',
    description: 'How many deals the partner wins: new customers and new projects.',
  }),
  'subscription-revenue': Object.freeze({
    label: 'subscription revenue',
    description: 'Recurring subscription or licence revenue from the partner’s own product.',
  }),
  'user-growth': Object.freeze({
    label: 'user growth',
    description: 'More paying users of the partner’s product.',
  }),
  'product-breadth': Object.freeze({
    label: 'product breadth',
    description: 'More of the partner’s products or modules per customer.',
  }),
  'discount-discipline': Object.freeze({
    label: 'discount discipline',
    description: 'Fewer and shallower discounts: selling at or near list price.',
  }),
  retention: Object.freeze({
    label: 'retention',
    description: 'Keeping customers and renewing their contracts.',
  }),
  'managed-services-revenue': Object.freeze({
    label: 'managed-services revenue',
    description: 'Recurring revenue from running systems for customers.',
  }),
  'resale-margin': Object.freeze({
    label: 'resale margin',
    description: 'Profit on reselling the vendor’s products.',
  }),
  'referral-fees': Object.freeze({
    label: 'referral fees',
    description: 'Fees earned for introducing customers to the vendor.',
  }),
} satisfies Record<BuiltInMotive, MotiveInfo>);

/**
 * The label of a motive: the catalog's for a built-in motive, the words of its name for a custom
 * one (`custom:net-new-logos` → `net new logos`).
 *
 * @param motive - a motive id
 * @returns a short lower-case label
 * @example
 * ```ts
 * import { motiveLabel } from 'partner-alignment';
 * motiveLabel('user-growth') //=> 'user growth'
 * motiveLabel('custom:net-new-logos') //=> 'net new logos'
 * ```
 * @category Alignment
 */
export function motiveLabel(motive: MotiveId): string {
  if ((builtInMotives as ReadonlyArray<string>).includes(motive)) {
    return motiveCatalog[motive as BuiltInMotive].label;
  }
  return motive.replace(/^custom:/, '').replaceAll('-', ' ');
}
