import { describe, expect, it } from 'vitest';
import { defaultEconomicsAssumptions } from '../../src/index.js';

describe('defaultEconomicsAssumptions', () => {
  it('documents every assumption with its value and source', () => {
    expect(
      Object.fromEntries(
        Object.entries(defaultEconomicsAssumptions).map(([key, item]) => [
          key,
          item.value.toFixed(),
        ]),
      ),
    ).toEqual({
      availableHours: '2080',
      utilizationCeiling: '75',
      averageUtilization: '69',
      retention: '1',
    });
    expect(
      Object.values(defaultEconomicsAssumptions).every((item) => item.source.length > 20),
    ).toBe(true);
  });

  it('is frozen, entries included, so no caller can change it for every caller', () => {
    expect(Object.isFrozen(defaultEconomicsAssumptions)).toBe(true);
    expect(Object.values(defaultEconomicsAssumptions).every(Object.isFrozen)).toBe(true);
  });
});
