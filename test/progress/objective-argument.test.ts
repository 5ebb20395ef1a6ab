// What evaluateProgress says about a plan's objective or metric that is not an object, and the
// order of a partnership's goals.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluatePartnershipProgress, evaluateProgress } from '../../src/index.js';
import { errorMessage, objectiveJson, partnershipJson, planOf } from './fixtures.js';

describe('evaluateProgress', () => {
  it('refuses an objective or a metric that is not an object, or a missing objective', () => {
    const plan = planOf({ target: 1, steps: [] });
    const asOf = { asOf: '2027-01-01' };
    const messages = [{ steps: [], objective: 'deals' }, { steps: [] }].map((value) =>
      errorMessage(() => evaluateProgress(value as never, [], calendarYear, asOf)),
    );
    expect(messages).toMatchInlineSnapshot(`
      [
        "Invalid arguments to evaluateProgress: 1 issue
        - plan.objective: Wrong type: text (received "deals"; expected a value as this document format defines it)",
        "Invalid arguments to evaluateProgress: 1 issue
        - plan.objective: Required (received nothing; expected a value as this document format defines it)",
      ]
    `);
    // A metric that is not an object is refused by the metric's schema, at its path, as what it is.
    const metric = { steps: [], objective: { ...plan.objective, metric: 'sum' } };
    expect(errorMessage(() => evaluateProgress(metric as never, [], calendarYear, asOf))).toMatch(
      /^Invalid arguments to evaluateProgress: 1 issue\n {2}- plan\.objective\.metric: Wrong type: text \(received "sum";/,
    );
  });
});

describe('evaluatePartnershipProgress', () => {
  it('lists an objective’s goals in period order, whatever their order in the document', () => {
    const document = partnershipJson(
      [objectiveJson('deals')],
      [
        ['deals', 'FY2027-Q3', '10'],
        ['deals', 'FY2027-Q1', '10'],
        ['deals', 'FY2027-Q2', '10'],
      ],
      [],
    );
    const [deals] = evaluatePartnershipProgress(document, { asOf: '2027-01-01' }).objectives;
    expect(deals?.periods.map((row) => row.key)).toEqual(['FY2027-Q1', 'FY2027-Q2', 'FY2027-Q3']);
  });
});
