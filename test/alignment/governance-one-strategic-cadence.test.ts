import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import type { Partnership } from '../../src/model/partnership.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

describe('scoreAlignment governance', () => {
  it('counts a single strategic cadence in the singular', () => {
    // The tiny plan's one cadence, the QBR, made strategic: one cadence, and it is strategic.
    const [qbr] = tiny.charter.reviewCadences;
    const plan: Partnership = {
      ...tiny,
      charter: {
        ...tiny.charter,
        reviewCadences: qbr === undefined ? [] : [{ ...qbr, kind: 'strategic' }],
      },
    };
    const governance = scoreAlignment(plan, { asOf: tinyAsOf }).components.find(
      (component) => component.id === 'governance',
    );
    expect(governance?.reasons).toContain('1 review cadence, including a strategic review');
  });
});
