import { describe, expect, it } from 'vitest';
import { IsoDate } from '../../src/index.js';

describe('IsoDate', () => {
  it.each([
    ['2027-03-31', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-02-30', false],
    ['2027-3-31', false],
    ['2027-03-31T00:00:00Z', false],
  ] as const)('accepts %s: %s', (value, accepted) => {
    expect(IsoDate.safeParse(value).success).toBe(accepted);
  });
});
