import { describe, expect, it } from 'vitest';
import { Archetype, ArchetypeShare, Partner, Vendor } from '../../src/index.js';

const partner = (archetypes: unknown, extra: Record<string, unknown> = {}) => ({
  id: 'p',
  name: 'P',
  archetypes,
  ...extra,
});
const messages = (value: unknown) =>
  Partner.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('Partner', () => {
  it('accepts distinct archetypes whose shares sum to 1', () => {
    const parsed = Partner.parse(
      partner(
        [
          { archetype: 'msp', share: '0.5' },
          { archetype: 'referral', share: '0.5' },
        ],
        { tier: 'gold', region: 'EMEA' },
      ),
    );
    expect(parsed.archetypes.map((entry) => entry.archetype)).toEqual(['msp', 'referral']);
  });
  it('says what the shares sum to', () => {
    expect(
      messages(
        partner([
          { archetype: 'msp', share: '0.6' },
          { archetype: 'reseller', share: '0.5' },
        ]),
      ),
    ).toEqual(['Archetype shares must sum to 1 (they sum to 1.1)']);
  });
  it('refuses an archetype listed twice', () => {
    expect(
      messages(
        partner([
          { archetype: 'msp', share: '0.5' },
          { archetype: 'msp', share: '0.5' },
        ]),
      ),
    ).toEqual(['Archetype "msp" is listed twice']);
  });
  it('needs at least one archetype', () => {
    expect(Partner.safeParse(partner([])).success).toBe(false);
  });
  it('lists the six archetypes', () => {
    expect(Archetype.options).toEqual([
      'consulting',
      'solution-provider',
      'reseller',
      'msp',
      'distributor',
      'referral',
    ]);
    expect(ArchetypeShare.safeParse({ archetype: 'agency', share: '1' }).success).toBe(false);
  });
});

describe('Vendor', () => {
  it('holds an id and a name, nothing else', () => {
    expect(Vendor.safeParse({ id: 'v', name: 'V' }).success).toBe(true);
    expect(Vendor.safeParse({ id: 'v', name: 'V', tier: 'x' }).success).toBe(false);
    expect(Vendor.safeParse({ id: 'v', name: '' }).success).toBe(false);
  });
});
