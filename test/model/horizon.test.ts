import { describe, expect, it } from 'vitest';
import { Horizon } from '../../src/index.js';

describe('Horizon', () => {
  it('reads a first and a last day', () => {
    expect(Horizon.parse({ start: '2026-07-01', end: '2026-07-01' })).toEqual({
      start: '2026-07-01',
      end: '2026-07-01',
    });
  });
  it.each([
    { start: '2026-07-01' },
    { start: '2026-02-30', end: '2026-12-31' },
    { start: '2026-07-01T00:00:00Z', end: '2026-12-31' },
    { start: '2026-07-01', end: '2026-12-31', length: 3 },
  ])('refuses %j', (horizon) => {
    expect(Horizon.safeParse(horizon).success).toBe(false);
  });
});
