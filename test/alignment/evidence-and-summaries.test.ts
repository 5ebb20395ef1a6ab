// Whole texts a reader sees: the motives an objective serves, listed in its finding's evidence,
// and the summary of a refused comparison (survivors of the mutation run).
import { describe, expect, it } from 'vitest';
import { compareAlignment } from '../../src/alignment/compare-alignment.js';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { isValidationError } from '../../src/errors.js';
import type { MotiveId } from '../../src/model/motive.js';
import type { Partnership } from '../../src/model/partnership.js';
import { tinyAsOf as asOf, tiny } from './tiny-partnership.js';

describe('scoreAlignment: objective-serves-no-motive', () => {
  it('lists every motive the objective serves, separated by commas, when none of them weighs', () => {
    const [services, utilization] = tiny.charter.objectives;
    if (services === undefined || utilization === undefined) throw new Error('tiny has two');
    const motive = (id: string) => id as MotiveId;
    const partnership: Partnership = {
      ...tiny,
      charter: {
        ...tiny.charter,
        objectives: [
          services,
          {
            ...utilization,
            metric: { ...utilization.metric, motives: [] },
            contributions: [
              { motive: motive('custom:alpha'), strength: 'strong' },
              { motive: motive('custom:beta'), strength: 'weak' },
            ],
          },
        ],
      },
    };
    const finding = scoreAlignment(partnership, { asOf }).findings.find(
      (f) => f.code === 'objective-serves-no-motive',
    );
    expect(finding?.evidence).toStrictEqual([
      {
        label: 'Motives it serves',
        value: 'custom:alpha, custom:beta',
        path: ['charter', 'objectives', 1, 'contributions'],
      },
    ]);
  });
});

describe('compareAlignment: a refusal', () => {
  it('reads a stored score of a version longer than one character, and refuses an empty one', () => {
    const fresh = scoreAlignment(tiny, { asOf });
    const stored = (scoringVersion: string) => ({
      ...JSON.parse(JSON.stringify(fresh)),
      scoringVersion,
    });
    const codesOf = (before: unknown) => {
      try {
        compareAlignment(before as never, fresh);
      } catch (error) {
        if (!isValidationError(error)) throw error;
        return error.issues.map((issue) => `${issue.code} at ${issue.path.join('.')}`);
      }
      return [];
    };
    expect(codesOf(stored('2026.1'))).toEqual(['invalid-value at after.scoringVersion']);
    expect(codesOf(stored(''))).toEqual(['invalid-value at before.scoringVersion']);
  });

  it('names the function in its summary', () => {
    expect(() => compareAlignment(1 as never, 2 as never)).toThrow(
      /^Invalid arguments to compareAlignment: 1 issue\n {2}- before: Not an alignment score/,
    );
  });
});
