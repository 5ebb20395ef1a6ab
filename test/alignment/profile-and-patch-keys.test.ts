// Two orders a reader relies on and one JSON Patch a product applies (survivors of the mutation
// run): custom motives come last, by id, whatever order the document lists them in; and an added
// objective names an opportunity only when the charter has one, with no key left undefined.
import { describe, expect, it } from 'vitest';
import { deriveMotiveProfile } from '../../src/alignment/derive-motive-profile.js';
import { rankImprovements } from '../../src/alignment/rank-improvements.js';
import type { MotiveId } from '../../src/model/motive.js';
import type { Partnership } from '../../src/model/partnership.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { tinyAsOf as asOf, tiny } from './tiny-partnership.js';

const withWeights = (ids: ReadonlyArray<string>): Partnership['partner'] => ({
  ...tiny.partner,
  motiveProfile: {
    source: 'declared',
    weights: Object.fromEntries(ids.map((id) => [id as MotiveId, toDecimal('0.25')])),
  },
});

describe('deriveMotiveProfile: custom motives', () => {
  it('orders them by id after the built-in ones, from any order of the document', () => {
    const expected = ['retention', 'custom:alpha', 'custom:beta', 'custom:gamma'];
    for (const ids of [
      ['custom:alpha', 'custom:beta', 'custom:gamma', 'retention'],
      ['custom:gamma', 'custom:beta', 'retention', 'custom:alpha'],
      ['custom:beta', 'retention', 'custom:gamma', 'custom:alpha'],
    ]) {
      expect(Object.keys(deriveMotiveProfile(withWeights(ids)).weights)).toEqual(expected);
    }
  });
});

describe('rankImprovements: serve-motive without an opportunity', () => {
  it('adds an objective with no opportunity key when the charter has no opportunity', () => {
    const partnership: Partnership = {
      ...tiny,
      charter: {
        ...tiny.charter,
        opportunities: [],
        objectives: tiny.charter.objectives.map(({ opportunity: _, ...objective }) => objective),
      },
    };
    const serve = rankImprovements(partnership, { asOf }).find((i) => i.kind === 'serve-motive');
    const [operation] = serve?.patch ?? [];
    expect(operation?.op).toBe('add');
    expect(Object.keys((operation as { value: object }).value)).toEqual([
      'id',
      'name',
      'metric',
      'baseline',
      'target',
      'horizon',
      'owner',
      'contributions',
    ]);
  });
});
