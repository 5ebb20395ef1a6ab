/**
 * The parts of an allocation and how many BigInt conversions it made. The module promises a fast
 * path without BigInt for every decision clear of its rounding bound; only the exact path converts
 * the total and the weights. The spy is restored before the function returns.
 */
import { vi } from 'vitest';
import type { TieBreak } from '../../../src/money/allocate.js';
import { allocateUnits } from '../../../src/money/internal/allocate-units.js';

export function allocateCounting(
  total: number,
  weights: number[],
  tieBreak: TieBreak = 'largest-weight',
): { parts: number[]; bigInts: number } {
  const spy = vi.spyOn(globalThis, 'BigInt');
  try {
    const parts = [...allocateUnits(total, weights, tieBreak)];
    return { parts, bigInts: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}
