import type { Partnership } from '../../model/partnership.js';
import type { PartnershipIdentity, SegmentField } from '../partnership-analysis.js';

/** The roles that own the relationship on the vendor's side, in the order they are looked for. */
const OWNER_ROLES = ['partner-manager', 'alliance-manager'] as const;

/** The partner's main business model: the largest share, the first listed on a tie. */
function mainArchetype(
  partnership: Partnership,
): PartnershipIdentity['archetypes'][number]['archetype'] {
  let best = partnership.partner.archetypes[0];
  for (const entry of partnership.partner.archetypes) {
    if (best === undefined || entry.share.gt(best.share)) best = entry;
  }
  return best?.archetype ?? 'consulting';
}

/** Who and what a partnership is (see {@link PartnershipIdentity}). */
export function identityOf(partnership: Partnership): PartnershipIdentity {
  const vendorSide = partnership.charter.stakeholders.filter((person) => person.side === 'vendor');
  const owner = OWNER_ROLES.map((role) => vendorSide.find((person) => person.role === role)).find(
    (person) => person !== undefined,
  );
  const archetype = mainArchetype(partnership);
  const segment: Record<SegmentField, string | null> = {
    tier: partnership.partner.tier ?? null,
    region: partnership.partner.region ?? null,
    owner: owner?.name ?? null,
    programTier: partnership.terms.tier,
    archetype,
    currency: partnership.currency,
    vendor: partnership.vendor.id,
  };
  return {
    id: partnership.id,
    name: partnership.name,
    vendor: { id: partnership.vendor.id, name: partnership.vendor.name },
    partner: { id: partnership.partner.id, name: partnership.partner.name },
    currency: partnership.currency,
    calendar: partnership.calendar.id,
    archetypes: partnership.partner.archetypes.map((entry) => ({
      archetype: entry.archetype,
      share: entry.share.toFixed(),
    })),
    segment,
  };
}
