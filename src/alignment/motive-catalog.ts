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
 * one-sentence meaning. The ids are the model's {@link builtInMotives}; custom motives
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
  'services-revenue': {
    label: 'services revenue',
    description: 'Revenue from the partner’s own consulting, implementation and project services.',
  },
  'consultant-utilization': {
    label: 'consultant utilization',
    description: 'The share of its consultants’ available hours the partner bills.',
  },
  'bill-rate': {
    label: 'bill rate',
    description: 'The price per hour or day the partner can charge for its people.',
  },
  'deal-volume': {
    label: 'deal volume',
    description: 'How many deals the partner wins: new customers and new projects.',
  },
  'subscription-revenue': {
    label: 'subscription revenue',
    description: 'Recurring subscription or licence revenue from the partner’s own product.',
  },
  'user-growth': {
    label: 'user growth',
    description: 'More paying users of the partner’s product.',
  },
  'product-breadth': {
    label: 'product breadth',
    description: 'More of the partner’s products or modules per customer.',
  },
  'discount-discipline': {
    label: 'discount discipline',
    description: 'Fewer and shallower discounts: selling at or near list price.',
  },
  retention: {
    label: 'retention',
    description: 'Keeping customers and renewing their contracts.',
  },
  'managed-services-revenue': {
    label: 'managed-services revenue',
    description: 'Recurring revenue from running systems for customers.',
  },
  'resale-margin': {
    label: 'resale margin',
    description: 'Profit on reselling the vendor’s products.',
  },
  'referral-fees': {
    label: 'referral fees',
    description: 'Fees earned for introducing customers to the vendor.',
  },
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
