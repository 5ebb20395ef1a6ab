import { describe, expect, it } from 'vitest';
import { MotiveProfile } from '../../src/index.js';

const profile = (weights: Record<string, string>) => ({ source: 'derived', weights });

describe('MotiveProfile', () => {
  it('accepts weights that sum to exactly 1, custom motives included', () => {
    const parsed = MotiveProfile.parse(
      profile({ retention: '0.7', 'custom:net-new-logos': '0.3' }),
    );
    expect(parsed.weights['retention']?.toFixed()).toBe('0.7');
  });
  it('says what the weights sum to when it is not 1', () => {
    const issue = MotiveProfile.safeParse(profile({ retention: '0.7', 'bill-rate': '0.2' })).error
      ?.issues[0];
    expect(issue?.message).toBe('Motive weights must sum to 1 (they sum to 0.9)');
    expect(issue?.path).toEqual(['weights']);
  });
  it('refuses an unknown motive, a weight above 1 and an unknown source', () => {
    expect(MotiveProfile.safeParse(profile({ happiness: '1' })).success).toBe(false);
    expect(
      MotiveProfile.safeParse(profile({ retention: '1.5', 'bill-rate': '-0.5' })).success,
    ).toBe(false);
    expect(
      MotiveProfile.safeParse({ source: 'guessed', weights: { retention: '1' } }).success,
    ).toBe(false);
  });
});
