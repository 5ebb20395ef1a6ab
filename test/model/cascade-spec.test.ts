import { describe, expect, it } from 'vitest';
import { CascadeShape, CascadeSpec, Seasonality } from '../../src/index.js';

const ok = (shape: unknown) => CascadeShape.safeParse(shape).success;

describe('CascadeShape', () => {
  it('accepts each kind with valid parameters', () => {
    expect(ok({ kind: 'even' })).toBe(true);
    expect(ok({ kind: 'linear', from: '1', to: '0.5' })).toBe(true);
    expect(ok({ kind: 'geometric' })).toBe(true);
    expect(ok({ kind: 'geometric', rate: '-0.5' })).toBe(true);
    expect(ok({ kind: 's-curve', midpoint: '0.4', steepness: '8' })).toBe(true);
    expect(ok({ kind: 'custom', weights: ['0', '1', '2.5'] })).toBe(true);
  });
  it('refuses parameters out of range', () => {
    expect(ok({ kind: 'linear', from: '0', to: '1' })).toBe(false);
    expect(ok({ kind: 'linear', from: '1', to: '-1' })).toBe(false);
    expect(ok({ kind: 'geometric', rate: '-1' })).toBe(false);
    expect(ok({ kind: 's-curve', midpoint: '1', steepness: '8' })).toBe(false);
    expect(ok({ kind: 's-curve', midpoint: '0.5', steepness: '0' })).toBe(false);
    expect(ok({ kind: 'custom', weights: [] })).toBe(false);
    expect(ok({ kind: 'custom', weights: ['-1'] })).toBe(false);
    expect(ok({ kind: 'spline' })).toBe(false);
    expect(ok({ kind: 'even', extra: 1 })).toBe(false);
  });
  it('reads its numbers as Decimals', () => {
    const shape = CascadeShape.parse({ kind: 'linear', from: '1', to: '1.60' });
    expect(shape.kind === 'linear' && shape.to.toFixed()).toBe('1.6');
  });
});

describe('Seasonality', () => {
  it('needs 12 weights by month and 4 by quarter', () => {
    expect(Seasonality.safeParse({ by: 'month', weights: Array(12).fill('1') }).success).toBe(true);
    expect(Seasonality.safeParse({ by: 'month', weights: Array(4).fill('1') }).success).toBe(false);
    expect(Seasonality.safeParse({ by: 'quarter', weights: ['1', '1', '1', '0'] }).success).toBe(
      false,
    );
  });
  it('says how many weights it expected', () => {
    const issue = Seasonality.safeParse({ by: 'month', weights: ['1'] }).error?.issues[0];
    expect(issue?.message).toBe('Seasonality by month needs 12 weights; 1 is given');
    expect(issue?.path).toEqual(['weights']);
  });
});

describe('CascadeSpec', () => {
  it('defaults the shape to even', () => {
    expect(CascadeSpec.parse({ granularity: 'month' })).toEqual({
      granularity: 'month',
      shape: { kind: 'even' },
    });
  });
  it('refuses an unknown granularity or tie-break', () => {
    expect(CascadeSpec.safeParse({ granularity: 'decade' }).success).toBe(false);
    expect(CascadeSpec.safeParse({ granularity: 'year', tieBreak: 'random' }).success).toBe(false);
  });
});
