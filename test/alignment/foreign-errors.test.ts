// An error thrown by the caller's own object (a proxy or getter that throws when read) is the
// caller's to see: the alignment functions pass it on instead of reporting it as bad input.
import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

/** A value that throws the caller's own error on any read. */
const trap = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('the caller’s own error');
      },
    },
  );

describe('errors of the caller’s own objects', () => {
  it('passes on the error of a margin share that throws when read', () => {
    const economics = { marginShareOfProfit: trap() } as never;
    expect(() => scoreAlignment(tiny, { asOf: tinyAsOf, economics })).toThrow(
      new Error('the caller’s own error'),
    );
  });

  it('passes on the error of a setting that throws when read', () => {
    const settings = { componentWeights: { economics: trap() } } as never;
    expect(() => scoreAlignment(tiny, { asOf: tinyAsOf, settings })).toThrow(
      new Error('the caller’s own error'),
    );
  });
});
