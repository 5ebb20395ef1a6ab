import { describe, expect, it } from 'vitest';
import { replan } from '../../src/index.js';
import { dealsIn2027 } from './deals.js';

/** 80 deals over the four quarters of 2027, 20 a quarter. */
const deals = () => dealsIn2027('80', { granularity: 'quarter' });

describe('the finding of a replan that misses its target', () => {
  it('shows the cap among its evidence and parameters when a cap stops the climb', () => {
    // 5 in Q1 leaves 75 for three steps of 20 capped at 20 + 10 % = 22: 66 at most, 9 short.
    const [finding] = replan(deals(), [{ period: 'FY2027-Q1', value: '5' }], {
      cap: '0.1',
    }).findings;
    expect(finding).toMatchInlineSnapshot(`
      {
        "code": "cap-unreachable",
        "evidence": [
          {
            "label": "The objective's target",
            "value": "80",
          },
          {
            "label": "Shortfall against the target",
            "value": "9",
          },
          {
            "label": "Gap to close",
            "value": "15",
          },
          {
            "label": "Cap",
            "value": "0.1",
          },
        ],
        "message": "The cap of 0.1 lets no remaining step of objective rise enough: the plan misses its target by 9",
        "params": {
          "cap": "0.1",
          "gap": "15",
          "objective": "objective",
          "shortfall": "9",
          "target": "80",
        },
        "severity": "warning",
        "subjects": [
          {
            "id": "objective",
            "kind": "objective",
          },
        ],
      }
    `);
  });

  it('shows no cap when the policy keeps the original steps', () => {
    const [finding] = replan(deals(), [{ period: 'FY2027-Q1', value: '5' }], {
      policy: 'reset',
    }).findings;
    expect(finding).toMatchInlineSnapshot(`
      {
        "code": "gap-accepted",
        "evidence": [
          {
            "label": "The objective's target",
            "value": "80",
          },
          {
            "label": "Shortfall against the target",
            "value": "15",
          },
          {
            "label": "Gap to close",
            "value": "15",
          },
        ],
        "message": "The original remaining steps of objective are kept, so the plan misses its target by 15",
        "params": {
          "gap": "15",
          "objective": "objective",
          "shortfall": "15",
          "target": "80",
        },
        "severity": "warning",
        "subjects": [
          {
            "id": "objective",
            "kind": "objective",
          },
        ],
      }
    `);
  });
});
