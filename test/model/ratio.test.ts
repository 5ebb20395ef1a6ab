import { describe, expect, it } from 'vitest';
import { Ratio } from '../../src/index.js';

describe('Ratio', () => {
  it.each(['0', '1', '0.15', '1.000', '1e-3'])('accepts %s', (text) => {
    expect(Ratio.parse(text).toString()).toBe(Number(text).toString());
  });
  it.each(['-0.01', '1.0001', '15%', 0.15, 'NaN'])('refuses %s', (value) => {
    expect(Ratio.safeParse(value).success).toBe(false);
  });
});
