import { describe, expect, it } from 'vitest';
import { type PartnershipJson, safeParsePartnership, samples } from '../../src/index.js';

const issuesOf = (json: PartnershipJson) => {
  const result = safeParsePartnership(json);
  return result.success
    ? []
    : result.error.issues.map((issue) => [issue.path.join('.'), issue.message, issue.expected]);
};
const northwind = samples.northwindAdvisory;
const economics = northwind.economics as NonNullable<PartnershipJson['economics']>;

describe('parsePartnership on the economics profile', () => {
  it('accepts both samples with their economics sections', () => {
    expect(issuesOf(samples.northwindAdvisory)).toEqual([]);
    expect(issuesOf(samples.lumenField)).toEqual([]);
  });

  it('accepts a document without an economics section', () => {
    const { economics: _, ...rest } = northwind;
    expect(issuesOf(rest)).toEqual([]);
  });

  it('reports a vendor-revenue objective that does not exist', () => {
    expect(
      issuesOf({ ...northwind, economics: { ...economics, vendorRevenue: { objective: 'arr' } } }),
    ).toEqual([
      [
        'economics.vendorRevenue.objective',
        'No objective has the id "arr"',
        'the id of an objective measured in USD',
      ],
    ]);
  });

  it('reports a vendor-revenue objective that is not money of the document currency', () => {
    const issues = issuesOf({
      ...northwind,
      economics: { ...economics, vendorRevenue: { objective: 'new-deals' } },
    });
    expect(issues).toEqual([
      [
        'economics.vendorRevenue.objective',
        'The vendor-revenue objective "new-deals" is not measured in money of the document currency',
        'the id of an objective measured in USD',
      ],
    ]);
  });

  it('reports profile amounts in another currency', () => {
    const services = economics.services as NonNullable<typeof economics.services>;
    const issues = issuesOf({
      ...northwind,
      economics: {
        ...economics,
        services: { ...services, billRate: { amount: '185', currency: 'EUR' } },
        managedServices: {
          customers: '3',
          monthlyRevenuePerCustomer: { amount: '900', currency: 'GBP' },
          grossMargin: '0.4',
        },
      },
    });
    expect(issues.map((issue) => issue[0])).toEqual([
      'economics.services.billRate.currency',
      'economics.managedServices.monthlyRevenuePerCustomer.currency',
    ]);
  });

  it('reports the economics profile’s own shape issues with their paths', () => {
    const services = economics.services as NonNullable<typeof economics.services>;
    const issues = issuesOf({
      ...northwind,
      economics: { ...economics, services: { ...services, utilization: '164' } },
    });
    expect(issues.map((issue) => issue[0])).toEqual(['economics.services.utilization']);
  });
});
