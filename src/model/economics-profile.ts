import { z } from 'zod';
import { ObjectiveId } from './ids.js';
import { boundedDecimal } from './internal/bounded-decimal.js';
import { DocumentMoney } from './internal/document-money.js';

const MoneySchema = DocumentMoney;

const fraction = (what: string) =>
  boundedDecimal(
    { min: 0, max: 1 },
    'a decimal fraction from 0 to 1, such as "0.15" (15 %)',
  ).describe(what);

const nonNegative = (what: string) =>
  boundedDecimal({ min: 0 }, 'a decimal number of 0 or more').describe(what);

const positive = (what: string) =>
  boundedDecimal({ min: 0, minExclusive: true }, 'a decimal number above 0').describe(what);

const ServicesEconomics = z
  .strictObject({
    get attachRatio() {
      return nonNegative(
        'Services revenue the partner earns per unit of vendor revenue: "1.5" is 1.50 of services for each 1.00 of vendor revenue.',
      );
    },
    get billRate() {
      return MoneySchema.describe('The blended bill rate: services revenue per billed hour.');
    },
    get deliveryCostRate() {
      return MoneySchema.describe(
        'The fully loaded cost of a consultant per paid hour (salary, benefits, overhead), billed or not.',
      );
    },
    get billableHeadcount() {
      return nonNegative('Consultants who deliver the vendor practice.');
    },
    get availableHours() {
      return positive(
        'Paid hours per consultant per year. Default 2080 (52 weeks × 40 hours).',
      ).optional();
    },
    get utilization() {
      return boundedDecimal(
        { min: 0, minExclusive: true, max: 100 },
        'percentage points above 0 and at most 100, such as "64"',
      ).describe(
        'Billable utilization today, in percentage points: "64" is 64 % of paid hours billed.',
      );
    },
  })
  .describe('The consulting side of the partner: pull-through services.');

const SubscriptionEconomics = z
  .strictObject({
    get users() {
      return nonNegative('Paying users of the partner’s own product today.');
    },
    get pricePerUser() {
      return MoneySchema.describe('List price per user per year.');
    },
    get averageDiscount() {
      return fraction('Average discount off list: "0.2" is 20 %.');
    },
    get platformCostPerUser() {
      return MoneySchema.describe(
        'What serving one user costs the partner per year (platform fees, hosting, support).',
      );
    },
    get retention() {
      return fraction(
        'The share of users who stay through the year: "0.92" is 92 %. Default 1 (no churn).',
      ).optional();
    },
  })
  .describe('The solution-provider side of the partner: its own subscriptions.');

const ManagedServicesEconomics = z
  .strictObject({
    get customers() {
      return nonNegative('Managed-services customers.');
    },
    get monthlyRevenuePerCustomer() {
      return MoneySchema.describe('Monthly recurring revenue per customer.');
    },
    get grossMargin() {
      return fraction('Gross margin of managed services: "0.45" is 45 %.');
    },
  })
  .describe('The managed-services side of the partner: recurring revenue.');

/**
 * The partner's own economics, as data in the partnership document: which objective carries the
 * vendor revenue the partner sells or influences, and, for each business model the partner runs,
 * the few numbers its profit depends on. Each section is optional: a consulting house fills
 * `services`, a solution provider `subscriptions`, a managed-service provider `managedServices`;
 * `totalGrossProfit`, the partner's gross profit per year from its whole business, tells what
 * share of it the partnership brings.
 * Money amounts are in the document currency (checked when the document is parsed).
 *
 * @example
 * ```ts
 * import { EconomicsProfile } from 'partner-alignment';
 * const profile = EconomicsProfile.parse({
 *   vendorRevenue: { objective: 'resale-arr' },
 *   services: {
 *     attachRatio: '0.95',
 *     billRate: { amount: '185', currency: 'USD' },
 *     deliveryCostRate: { amount: '90', currency: 'USD' },
 *     billableHeadcount: '14',
 *     utilization: '64',
 *   },
 * });
 * profile.services?.attachRatio.toFixed() //=> '0.95'
 * EconomicsProfile.safeParse({ vendorRevenue: { objective: 'resale-arr' }, services: { utilization: '120' } }).success //=> false
 * ```
 * @category Model
 */
export const EconomicsProfile = z
  .strictObject({
    get vendorRevenue() {
      return z
        .strictObject({
          get objective() {
            return ObjectiveId.describe(
              'The objective whose goals or actuals are the vendor revenue the partner sells or influences: a money objective in the document currency, a flow (bookings) or a stock (ARR).',
            );
          },
        })
        .describe('Where the vendor revenue comes from.');
    },
    get totalGrossProfit() {
      return MoneySchema.describe(
        'The partner’s gross profit per fiscal year from its whole business (every vendor and line of business, this partnership included): tells what share of it the partnership brings.',
      ).optional();
    },
    get services() {
      return ServicesEconomics.optional();
    },
    get subscriptions() {
      return SubscriptionEconomics.optional();
    },
    get managedServices() {
      return ManagedServicesEconomics.optional();
    },
  })
  .meta({
    id: 'EconomicsProfile',
    title: 'Economics profile',
    description:
      'The partner’s own economics: the vendor-revenue objective and, per business model, the numbers its profit depends on (services, subscriptions, managed services).',
  });
/** The partner's own economics (see the schema of the same name). @category Model */
export type EconomicsProfile = z.output<typeof EconomicsProfile>;
/**
 * The partner's own economics as written in JSON (see {@link EconomicsProfile}).
 *
 * @example
 * ```ts
 * import type { EconomicsProfileJson } from 'partner-alignment';
 * const json: EconomicsProfileJson = { vendorRevenue: { objective: 'platform-arr' } };
 * json.vendorRevenue.objective //=> 'platform-arr'
 * ```
 * @category Model
 */
export type EconomicsProfileJson = z.input<typeof EconomicsProfile>;
