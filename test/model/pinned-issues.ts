// The issues of every malformed document of test/model/malformed-documents.ts, pinned.
import type { IssueCode } from '../../src/index.js';

/**
 * Every issue of every malformed document, in order: code, path and label, and how many there
 * are in all (the first 8 are pinned; documents with more pin their first 8 and the count). No
 * issue blames a field that is right: one root cause, one issue.
 */
export const pinned: Readonly<
  Record<
    string,
    { readonly total: number; readonly issues: ReadonlyArray<readonly [IssueCode, string, string]> }
  >
> = {
  'a null document': {
    total: 1,
    issues: [['invalid-type', '', 'Whole input']],
  },
  'an array for the document': {
    total: 1,
    issues: [['invalid-type', '', 'Whole input']],
  },
  'a string for the document': {
    total: 1,
    issues: [['invalid-type', '', 'Whole input']],
  },
  'a missing charter': {
    total: 1,
    issues: [['required', 'charter', 'Charter']],
  },
  'a number id': {
    total: 1,
    issues: [['invalid-type', 'id', 'Id']],
  },
  'an id with spaces': {
    total: 1,
    issues: [['invalid-format', 'id', 'Id']],
  },
  'an array for the vendor': {
    total: 1,
    issues: [['invalid-type', 'vendor', 'Vendor']],
  },
  'an object for the goals': {
    total: 1,
    issues: [['invalid-type', 'goals', 'Goals']],
  },
  'a decimal with a comma': {
    total: 1,
    issues: [['invalid-decimal', 'charter.objectives.0.target', 'Charter › Objective 1 › Target']],
  },
  'a decimal of 1e999': {
    total: 1,
    issues: [
      ['decimal-out-of-range', 'charter.objectives.0.baseline', 'Charter › Objective 1 › Baseline'],
    ],
  },
  'NaN as a decimal': {
    total: 1,
    issues: [['invalid-decimal', 'actuals.0.value', 'Actual 1 › Value']],
  },
  'a JSON number as a decimal': {
    total: 1,
    issues: [['invalid-type', 'terms.resaleMargin', 'Terms › Resale margin']],
  },
  'a ratio above 1': {
    total: 1,
    issues: [['too-big', 'terms.benchmarkMargin', 'Terms › Benchmark margin']],
  },
  'an unknown currency': {
    total: 1,
    issues: [['unknown-currency', 'currency', 'Currency']],
  },
  'a lowercase currency': {
    total: 1,
    issues: [
      ['unknown-currency', 'terms.funds.0.amount.currency', 'Terms › Fund 1 › Amount › Currency'],
    ],
  },
  'an unknown archetype': {
    total: 1,
    issues: [
      ['invalid-value', 'partner.archetypes.0.archetype', 'Partner › Archetype 1 › Archetype'],
    ],
  },
  'an unknown owner': {
    total: 1,
    issues: [['invalid-value', 'charter.objectives.0.owner', 'Charter › Objective 1 › Owner']],
  },
  'an unknown motive': {
    total: 1,
    issues: [
      [
        'invalid-value',
        'charter.objectives.0.contributions.0.motive',
        'Charter › Objective 1 › Contribution 1 › Motive',
      ],
    ],
  },
  'an unknown provenance status': {
    total: 1,
    issues: [['invalid-value', 'goals.0.provenance.status', 'Goal 1 › Provenance › Status']],
  },
  'an unknown field': {
    total: 1,
    issues: [['unknown-field', '', 'Whole input']],
  },
  'a __proto__ key': {
    total: 1,
    issues: [['unknown-field', '', 'Whole input']],
  },
  'a constructor key': {
    total: 1,
    issues: [['unknown-field', 'vendor', 'Vendor']],
  },
  'a 10 MB name': {
    total: 1,
    issues: [['too-big', 'name', 'Name']],
  },
  'a 10 MB decimal': {
    total: 1,
    issues: [
      ['decimal-out-of-range', 'charter.objectives.0.target', 'Charter › Objective 1 › Target'],
    ],
  },
  'an impossible date': {
    total: 1,
    issues: [['invalid-date', 'charter.horizon.end', 'Charter › Horizon › End']],
  },
  'a malformed period key': {
    total: 1,
    issues: [['invalid-period-key', 'goals.0.period', 'Goal 1 › Period']],
  },
  'a week on a month-based calendar': {
    total: 1,
    issues: [['unsupported-granularity', 'goals.0.period', 'Goal 1 › Period']],
  },
  'a goal outside its objective horizon': {
    total: 1,
    issues: [['outside-horizon', 'goals.0.period', 'Goal 1 › Period']],
  },
  'an actual outside its objective horizon': {
    total: 1,
    issues: [['outside-horizon', 'actuals.0.period', 'Actual 1 › Period']],
  },
  'a commitment outside every horizon': {
    total: 1,
    issues: [['outside-horizon', 'commitments.0.period', 'Commitment 1 › Period']],
  },
  'a goal for an unknown objective': {
    total: 1,
    issues: [['unknown-reference', 'goals.0.objective', 'Goal 1 › Objective']],
  },
  'an actual for an unknown objective': {
    total: 1,
    issues: [['unknown-reference', 'actuals.0.objective', 'Actual 1 › Objective']],
  },
  'a commitment to an unknown objective': {
    total: 1,
    issues: [['unknown-reference', 'commitments.0.objectives.0', 'Commitment 1 › Objective 1']],
  },
  'a review of an unknown cadence': {
    total: 1,
    issues: [
      ['unknown-reference', 'charter.reviewsHeld.0.cadence', 'Charter › Review held 1 › Cadence'],
    ],
  },
  'an unknown attendee': {
    total: 1,
    issues: [
      [
        'unknown-reference',
        'charter.reviewsHeld.0.attendees.0',
        'Charter › Review held 1 › Attendee 1',
      ],
    ],
  },
  'an unknown stakeholder in agreedBy': {
    total: 1,
    issues: [
      ['unknown-reference', 'goals.0.provenance.agreedBy.0', 'Goal 1 › Provenance › Agreed by 1'],
    ],
  },
  'an empty agreedBy': {
    total: 1,
    issues: [['too-small', 'goals.0.provenance.agreedBy', 'Goal 1 › Provenance › Agreed by']],
  },
  'an unknown opportunity': {
    total: 1,
    issues: [
      [
        'unknown-reference',
        'charter.objectives.0.opportunity',
        'Charter › Objective 1 › Opportunity',
      ],
    ],
  },
  'a duplicate objective id': {
    total: 1,
    issues: [['duplicate-id', 'charter.objectives.1.id', 'Charter › Objective 2 › Id']],
  },
  'a duplicate stakeholder id': {
    total: 1,
    issues: [['duplicate-id', 'charter.stakeholders.1.id', 'Charter › Stakeholder 2 › Id']],
  },
  'a duplicate commitment id': {
    total: 1,
    issues: [['duplicate-id', 'commitments.1.id', 'Commitment 2 › Id']],
  },
  'a duplicate cadence id': {
    total: 1,
    issues: [['duplicate-id', 'charter.reviewCadences.1.id', 'Charter › Review cadence 2 › Id']],
  },
  'a duplicate opportunity id': {
    total: 1,
    issues: [['duplicate-id', 'charter.opportunities.1.id', 'Charter › Opportunity 2 › Id']],
  },
  'a second goal for the same period': {
    total: 1,
    issues: [['duplicate-entry', 'goals.1.period', 'Goal 2 › Period']],
  },
  'a second actual for the same period': {
    total: 1,
    issues: [['duplicate-entry', 'actuals.1.period', 'Actual 2 › Period']],
  },
  'archetype shares summing to 0.9': {
    total: 1,
    issues: [['sum-not-one', 'partner.archetypes', 'Partner › Archetypes']],
  },
  'a repeated archetype': {
    total: 1,
    issues: [
      ['duplicate-entry', 'partner.archetypes.1.archetype', 'Partner › Archetype 2 › Archetype'],
    ],
  },
  'motive weights summing to 1.1': {
    total: 1,
    issues: [
      ['sum-not-one', 'partner.motiveProfile.weights', 'Partner › Motive profile › Weights'],
    ],
  },
  'a horizon ending before it starts': {
    total: 1,
    issues: [
      [
        'horizon-reversed',
        'charter.objectives.2.horizon.end',
        'Charter › Objective 3 › Horizon › End',
      ],
    ],
  },
  'an objective horizon beyond the charter': {
    total: 1,
    issues: [
      ['outside-horizon', 'charter.objectives.2.horizon', 'Charter › Objective 3 › Horizon'],
    ],
  },
  'a metric currency unlike its opportunity': {
    total: 1,
    issues: [
      [
        'currency-mismatch',
        'charter.objectives.0.metric.unit.currency',
        'Charter › Objective 1 › Metric › Unit › Currency',
      ],
    ],
  },
  'a commitment amount in another currency': {
    total: 1,
    issues: [
      ['currency-mismatch', 'commitments.1.amount.currency', 'Commitment 2 › Amount › Currency'],
    ],
  },
  'custom weights of the wrong count': {
    total: 1,
    issues: [
      [
        'wrong-count',
        'charter.objectives.2.cascade.shape.weights',
        'Charter › Objective 3 › Cascade › Shape › Weights',
      ],
    ],
  },
  'weekly cascade on a month-based calendar': {
    total: 1,
    issues: [
      [
        'unsupported-granularity',
        'charter.objectives.2.cascade.granularity',
        'Charter › Objective 3 › Cascade › Granularity',
      ],
    ],
  },
  'seasonality with 3 quarters': {
    total: 1,
    issues: [
      [
        'wrong-count',
        'charter.objectives.0.cascade.seasonality.weights',
        'Charter › Objective 1 › Cascade › Seasonality › Weights',
      ],
    ],
  },
  'schemaVersion 2': {
    total: 1,
    issues: [['unsupported-version', 'schemaVersion', 'Schema version']],
  },
  'a missing schemaVersion': {
    total: 1,
    issues: [['unsupported-version', 'schemaVersion', 'Schema version']],
  },
  'a period key FY2027-Q5': {
    total: 1,
    issues: [['invalid-period-key', 'goals.0.period', 'Goal 1 › Period']],
  },
  'an opportunity in another currency': {
    total: 1,
    issues: [
      [
        'currency-mismatch',
        'charter.opportunities.0.yearlySize.currency',
        'Charter › Opportunity 1 › Yearly size › Currency',
      ],
    ],
  },
  'a charter ending on 2028-02-30': {
    total: 1,
    issues: [['invalid-date', 'charter.horizon.end', 'Charter › Horizon › End']],
  },
  'a missing purpose and a goal for an unknown objective': {
    total: 2,
    issues: [
      ['required', 'charter.purpose', 'Charter › Purpose'],
      ['unknown-reference', 'goals.0.objective', 'Goal 1 › Objective'],
    ],
  },
  'a goal that is a number': {
    total: 1,
    issues: [['invalid-type', 'goals.0', 'Goal 1']],
  },
  'an unknown motive "billrate"': {
    total: 1,
    issues: [
      [
        'invalid-value',
        'charter.objectives.0.metric.motives.0',
        'Charter › Objective 1 › Metric › Motive 1',
      ],
    ],
  },
  'a resale margin of "1.5"': {
    total: 1,
    issues: [['too-big', 'terms.resaleMargin', 'Terms › Resale margin']],
  },
  'a decimal of "1e40"': {
    total: 1,
    issues: [
      ['decimal-out-of-range', 'charter.objectives.1.target', 'Charter › Objective 2 › Target'],
    ],
  },
  'a USD target of "2000000.005"': {
    total: 1,
    issues: [['too-precise', 'charter.objectives.0.target', 'Charter › Objective 1 › Target']],
  },
  'a goal of 4.5 deals': {
    total: 1,
    issues: [['too-precise', 'goals.3.target', 'Goal 4 › Target']],
  },
  'an amount finer than cents': {
    total: 1,
    issues: [['too-precise', 'commitments.1.amount.amount', 'Commitment 2 › Amount › Amount']],
  },
  'a target too large to count in cents': {
    total: 1,
    issues: [['too-big', 'charter.objectives.4.target', 'Charter › Objective 5 › Target']],
  },
  'an archetype share of "1e99999999"': {
    total: 1,
    issues: [
      ['decimal-out-of-range', 'partner.archetypes.0.share', 'Partner › Archetype 1 › Share'],
    ],
  },
  'a motive weight of "1e99999999"': {
    total: 1,
    issues: [
      [
        'decimal-out-of-range',
        'partner.motiveProfile.weights.retention',
        'Partner › Motive profile › Weights › Retention',
      ],
    ],
  },
  'a calendar start month of 1e8': {
    total: 1,
    issues: [['too-big', 'calendar.startMonth', 'Calendar › Start month']],
  },
  'a calendar start month of 1e20': {
    total: 1,
    issues: [['too-big', 'calendar.startMonth', 'Calendar › Start month']],
  },
  'a week-based year ending in month 1e9': {
    total: 1,
    issues: [['too-big', 'calendar.yearEnd.month', 'Calendar › Year end › Month']],
  },
  'a week-based year ending in month -1e9': {
    total: 1,
    issues: [['too-small', 'calendar.yearEnd.month', 'Calendar › Year end › Month']],
  },
  '1,000 objectives with custom weights of the wrong length': {
    total: 1,
    issues: [['too-big', 'charter.objectives', 'Charter › Objectives']],
  },
  '200 objectives with custom weights of the wrong length': {
    total: 220,
    issues: [
      [
        'wrong-count',
        'charter.objectives.0.cascade.shape.weights',
        'Charter › Objective 1 › Cascade › Shape › Weights',
      ],
      [
        'wrong-count',
        'charter.objectives.1.cascade.shape.weights',
        'Charter › Objective 2 › Cascade › Shape › Weights',
      ],
      [
        'wrong-count',
        'charter.objectives.2.cascade.shape.weights',
        'Charter › Objective 3 › Cascade › Shape › Weights',
      ],
      [
        'wrong-count',
        'charter.objectives.3.cascade.shape.weights',
        'Charter › Objective 4 › Cascade › Shape › Weights',
      ],
      [
        'wrong-count',
        'charter.objectives.4.cascade.shape.weights',
        'Charter › Objective 5 › Cascade › Shape › Weights',
      ],
      [
        'wrong-count',
        'charter.objectives.5.cascade.shape.weights',
        'Charter › Objective 6 › Cascade › Shape › Weights',
      ],
      [
        'wrong-count',
        'charter.objectives.6.cascade.shape.weights',
        'Charter › Objective 7 › Cascade › Shape › Weights',
      ],
      [
        'wrong-count',
        'charter.objectives.7.cascade.shape.weights',
        'Charter › Objective 8 › Cascade › Shape › Weights',
      ],
    ],
  },
  '100,000 empty goals': {
    total: 1,
    issues: [['too-big', 'goals', 'Goals']],
  },
  'an unknown field of 1 MB': {
    total: 1,
    issues: [['unknown-field', '', 'Whole input']],
  },
  'a goal nested 10,000 lists deep': {
    total: 1,
    issues: [['invalid-type', 'goals.0', 'Goal 1']],
  },
  'a custom motive of 10,000 characters': {
    total: 1,
    issues: [
      [
        'invalid-value',
        'charter.objectives.0.contributions.0.motive',
        'Charter › Objective 1 › Contribution 1 › Motive',
      ],
    ],
  },
  'a charter horizon of 25 years': {
    total: 1,
    issues: [['too-big', 'charter.horizon.end', 'Charter › Horizon › End']],
  },
  'a review held in 1800': {
    total: 1,
    issues: [['too-small', 'charter.reviewsHeld.0.date', 'Charter › Review held 1 › Date']],
  },
  'a goal in fiscal year 0001': {
    total: 1,
    issues: [['invalid-period-key', 'goals.0.period', 'Goal 1 › Period']],
  },
  'a 53rd week in a 52-week year': {
    total: 1,
    issues: [['period-not-on-calendar', 'goals.0.period', 'Goal 1 › Period']],
  },
};
