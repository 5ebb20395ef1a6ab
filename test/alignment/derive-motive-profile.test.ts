import { describe, expect, it } from 'vitest';
import { defaultMotiveProfiles } from '../../src/alignment/default-profiles.js';
import { deriveMotiveProfile } from '../../src/alignment/derive-motive-profile.js';
import { motiveCatalog, motiveLabel } from '../../src/alignment/motive-catalog.js';
import { isValidationError } from '../../src/errors.js';
import { builtInMotives } from '../../src/model/motive.js';
import type { Partner } from '../../src/model/partner.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { tiny } from './tiny-partnership.js';

const d = toDecimal;
const partner = (archetypes: Partner['archetypes'], rest: Partial<Partner> = {}): Partner => ({
  ...tiny.partner,
  archetypes,
  ...rest,
});
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('defaultMotiveProfiles', () => {
  it('has one row per archetype over built-in motives, each summing to exactly 1', () => {
    for (const [archetype, row] of Object.entries(defaultMotiveProfiles)) {
      const sum = Object.values(row).reduce((s, w) => s.plus(w), d(0));
      expect([archetype, sum.toString()]).toEqual([archetype, '1']);
      for (const motive of Object.keys(row)) expect(builtInMotives).toContain(motive);
    }
    expect(Object.keys(defaultMotiveProfiles)).toHaveLength(6);
  });
});

describe('motiveCatalog and motiveLabel', () => {
  it('labels every built-in motive and names custom ones by their words', () => {
    expect(Object.keys(motiveCatalog)).toEqual([...builtInMotives]);
    expect(motiveLabel('referral-fees')).toBe('referral fees');
    expect(motiveLabel('custom:net-new-logos')).toBe('net new logos');
  });
});

describe('deriveMotiveProfile', () => {
  it('takes the default row of a single archetype', () => {
    expect(json(deriveMotiveProfile(partner([{ archetype: 'referral', share: d(1) }])))).toEqual({
      source: 'derived',
      weights: { 'deal-volume': '0.4', 'referral-fees': '0.6' },
    });
  });

  it('blends archetype rows by business share, exactly, summing to 1', () => {
    const profile = deriveMotiveProfile(
      partner([
        { archetype: 'consulting', share: d('0.8') },
        { archetype: 'reseller', share: d('0.2') },
      ]),
    );
    expect(json(profile.weights)).toEqual({
      'services-revenue': '0.24',
      'consultant-utilization': '0.2',
      'bill-rate': '0.16',
      'deal-volume': '0.18',
      'product-breadth': '0.02',
      'discount-discipline': '0.02',
      retention: '0.11',
      'resale-margin': '0.07',
    });
    const sum = Object.values(profile.weights).reduce((s, w) => s.plus(w), d(0));
    expect(sum.toString()).toBe('1');
  });

  it('lets a declared profile win, dropping zero weights and ordering custom motives last', () => {
    const declared = partner([{ archetype: 'consulting', share: d(1) }], {
      motiveProfile: {
        source: 'declared',
        weights: {
          'custom:b': d('0.2'),
          'custom:a': d('0.3'),
          retention: d('0.5'),
          'bill-rate': d(0),
        },
      },
    });
    const profile = deriveMotiveProfile(declared);
    expect(profile.source).toBe('declared');
    expect(Object.keys(profile.weights)).toEqual(['retention', 'custom:a', 'custom:b']);
  });

  it('uses replacement rows from the options and refuses rows that do not sum to 1', () => {
    const referral = partner([{ archetype: 'referral', share: d(1) }]);
    const replaced = deriveMotiveProfile(referral, {
      profiles: { referral: { 'referral-fees': '1' } },
    });
    expect(json(replaced.weights)).toEqual({ 'referral-fees': '1' });
    try {
      deriveMotiveProfile(referral, { profiles: { referral: { 'referral-fees': '0.9' } } });
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error) && error.issues[0]?.message).toBe(
        'Weights must sum to 1 (they sum to 0.9)',
      );
    }
  });

  it('never mutates its input', () => {
    const frozen = deepFreeze(partner([{ archetype: 'msp', share: d(1) }]));
    expect(Object.keys(deriveMotiveProfile(frozen).weights)).toHaveLength(5);
  });
});
