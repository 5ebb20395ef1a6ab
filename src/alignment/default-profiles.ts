import type { BuiltInMotive } from '../model/motive.js';
import type { Archetype } from '../model/partner.js';

/**
 * A table of default motive weights per archetype: for each business model, decimal strings over
 * built-in motives that sum to exactly 1. Motives a row leaves out weigh 0 for that archetype.
 *
 * @example
 * ```ts
 * import type { MotiveProfileTable } from 'partner-alignment';
 * const referralOnly: Pick<MotiveProfileTable, 'referral'> = {
 *   referral: { 'referral-fees': '0.6', 'deal-volume': '0.4' },
 * };
 * referralOnly.referral['referral-fees'] //=> '0.6'
 * ```
 * @category Alignment
 */
export type MotiveProfileTable = Readonly<
  Record<Archetype, Readonly<Partial<Record<BuiltInMotive, string>>>>
>;

/**
 * The default motive profile of each archetype: what a partner running that business model cares
 * about when it has not declared its own profile. Each row sums to exactly 1.
 *
 * Sources and reasoning, row by row (weights are judgement calls anchored on these, meant to be
 * overridden with what a partner actually says):
 *
 * - **consulting** (SI, consulting house): in the article, such a partner decides by what grows its
 *   consulting revenue and profit: winning more projects, keeping its consultants billable, and
 *   charging more per hour. Services revenue leads (0.30); utilization (0.25) comes next because professional
 *   services benchmarks (SPI Research's yearly *Professional Services Maturity Benchmark*) show
 *   billable utilization as the first driver of services profit; bill rate (0.20) and deal volume
 *   (0.15) follow the article's order; retention of clients (0.10) keeps the pipeline of follow-on
 *   projects.
 * - **solution-provider** (ISV on the platform): in the article, such a partner decides by what
 *   grows its own subscription or licence revenue: a larger user base, more of its product per
 *   customer, and less discounting. Subscription revenue
 *   (0.35), user growth (0.25), then retention (0.15, net revenue retention is the SaaS metric
 *   investors weigh most after growth), product breadth (0.15) and discount discipline (0.10).
 * - **reseller** (VAR): resale margin is what a reseller lives on (0.35), on deal volume (0.30);
 *   renewals (retention 0.15), a broader line card (product breadth 0.10) and holding price
 *   (discount discipline 0.10) protect that margin.
 * - **msp**: recurring managed-services revenue (0.40) and retention of those contracts (0.25)
 *   define the model; more services per customer (product breadth 0.15), the project work that
 *   feeds it (services revenue 0.10) and the utilization of its engineers (0.10) follow.
 * - **distributor**: volume through the channel (deal volume 0.35) at a thin resale margin (0.30),
 *   a broad line card (product breadth 0.20), and price discipline (discount discipline 0.15).
 * - **referral** (agency, affiliate): paid per introduction: referral fees (0.60) and the number
 *   of deals referred (deal volume 0.40).
 *
 * @example
 * ```ts
 * import { defaultMotiveProfiles } from 'partner-alignment';
 * defaultMotiveProfiles.consulting['consultant-utilization'] //=> '0.25'
 * defaultMotiveProfiles['solution-provider']['subscription-revenue'] //=> '0.35'
 * ```
 * @category Alignment
 */
export const defaultMotiveProfiles: MotiveProfileTable = Object.freeze({
  consulting: Object.freeze({
    'services-revenue': '0.30',
    'consultant-utilization': '0.25',
    'bill-rate': '0.20',
    'deal-volume': '0.15',
    retention: '0.10',
  }),
  'solution-provider': Object.freeze({
    'subscription-revenue': '0.35',
    'user-growth': '0.25',
    retention: '0.15',
    'product-breadth': '0.15',
    'discount-discipline': '0.10',
  }),
  reseller: Object.freeze({
    'resale-margin': '0.35',
    'deal-volume': '0.30',
    retention: '0.15',
    'product-breadth': '0.10',
    'discount-discipline': '0.10',
  }),
  msp: Object.freeze({
    'managed-services-revenue': '0.40',
    retention: '0.25',
    'product-breadth': '0.15',
    'services-revenue': '0.10',
    'consultant-utilization': '0.10',
  }),
  distributor: Object.freeze({
    'deal-volume': '0.35',
    'resale-margin': '0.30',
    'product-breadth': '0.20',
    'discount-discipline': '0.15',
  }),
  referral: Object.freeze({
    'referral-fees': '0.60',
    'deal-volume': '0.40',
  }),
});
