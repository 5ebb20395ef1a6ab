/**
 * The findings of the economics engine, in the library's one `Finding` format: a stable code, a
 * severity, subjects, the evidence (exact decimal strings, with document paths where the numbers
 * come from the document), the message's values as `params`, and the English message.
 *
 * @module
 */
import type { Finding, FindingEvidence } from '../../model/finding.js';
import type { EconomicsFigures, EconomicsPeriod } from '../economics-figures.js';
import type { EconomicsFindingCode } from '../partner-economics.js';
import type { ResolvedEconomics } from './resolve-economics.js';
import type { VendorRevenueStep } from './vendor-revenue.js';

type ServicesEconomics = NonNullable<ResolvedEconomics['parameters']['profile']['services']>;

type EconomicsFinding = Finding<EconomicsFindingCode>;

const HEADCOUNT_PATH = ['economics', 'services', 'billableHeadcount'];

/** A capacity shortfall for each period that needs hires. */
export function capacityFindings(
  resolved: ResolvedEconomics,
  periods: ReadonlyArray<EconomicsPeriod>,
): EconomicsFinding[] {
  const ceiling = resolved.ceiling.toFixed();
  const findings: EconomicsFinding[] = [];
  periods.forEach((period, index) => {
    const load = period.services;
    if (load === null || load.hiresNeeded.isZero()) return;
    // The periods are the steps', one each in the same order; a period has a services load only
    // when the profile has services.
    const step = resolved.steps[index] as VendorRevenueStep;
    const services = resolved.parameters.profile.services as ServicesEconomics;
    const headcount = services.billableHeadcount.toFixed();
    const hires = load.hiresNeeded.toFixed();
    const needed = load.hoursNeeded.toFixed();
    const available = load.hoursAvailable.toFixed();
    const revenue: FindingEvidence = { label: 'Vendor revenue', value: step.value.toFixed() };
    findings.push({
      code: 'capacity-shortfall',
      severity: 'warning',
      subjects: [{ kind: 'economics' }, { kind: 'period', id: step.key }],
      evidence: [
        step.path === undefined ? revenue : { ...revenue, path: step.path },
        { label: 'Billed hours needed', value: needed },
        { label: 'Billable hours available', value: available },
        { label: 'Billable headcount', value: headcount, path: HEADCOUNT_PATH },
        { label: 'Utilization ceiling', value: ceiling },
        { label: 'Hires needed', value: hires },
      ],
      params: {
        period: step.key,
        hoursNeeded: needed,
        hoursAvailable: available,
        headcount,
        ceiling,
        hires,
      },
      message: `${step.key} needs ${needed} billed hours; ${headcount} consultants bill ${available} at the utilization ceiling of ${ceiling} points: ${hires} more consultant${hires === '1' ? '' : 's'} would close the gap`,
    });
  });
  return findings;
}

const whereFrom = {
  goals: 'The partnership has no goals',
  actuals: 'The partnership has no actuals',
  plan: 'The plan has no steps',
} as const;

/** The finding that the chosen source has no vendor revenue at all. */
export function noVendorRevenueFinding(resolved: ResolvedEconomics): EconomicsFinding {
  const { source, objective } = resolved;
  return {
    code: 'no-vendor-revenue',
    severity: 'warning',
    subjects: [{ kind: 'objective', id: objective }],
    evidence: [
      { label: 'Source of the vendor revenue', value: source },
      {
        label: 'Vendor-revenue objective',
        value: objective,
        path: ['economics', 'vendorRevenue', 'objective'],
      },
    ],
    params: { source, objective },
    message: `${whereFrom[source]} for the vendor-revenue objective "${objective}", so every figure is zero`,
  };
}

/** A finding for each source on which the partner loses money over the periods. */
export function lossFindings(
  resolved: ResolvedEconomics,
  total: EconomicsFigures,
): EconomicsFinding[] {
  return total.sources.flatMap((line): EconomicsFinding[] => {
    if (!line.applies || !line.grossProfit.amount.isNegative()) return [];
    const loss = line.grossProfit.amount.negated().toFixed(resolved.digits);
    const revenue = line.revenue.amount.toFixed(resolved.digits);
    const grossProfit = line.grossProfit.amount.toFixed(resolved.digits);
    return [
      {
        code: 'source-at-a-loss',
        severity: 'warning',
        subjects: [{ kind: 'source', id: line.source }],
        evidence: [
          { label: 'Revenue', value: revenue },
          { label: 'Gross profit', value: grossProfit },
        ],
        params: { source: line.source, revenue, grossProfit, currency: resolved.currency },
        message: `The partner loses ${loss} ${resolved.currency} on ${line.source.replace('-', ' ')} over these periods (revenue ${revenue}, gross profit ${grossProfit})`,
      },
    ];
  });
}
