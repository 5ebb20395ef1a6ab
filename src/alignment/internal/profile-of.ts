import type { MotiveId } from '../../model/motive.js';
import { builtInMotives } from '../../model/motive.js';
import type { MotiveProfile } from '../../model/motive-profile.js';
import type { Partner } from '../../model/partner.js';
import { ZERO } from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { ResolvedSettings } from './resolve-settings.js';

const catalogOrder = new Map<string, number>(
  builtInMotives.map((motive, index) => [motive, index]),
);

function ordered(entries: ReadonlyArray<readonly [string, Decimal]>): Record<MotiveId, Decimal> {
  const rank = (motive: string) => catalogOrder.get(motive) ?? builtInMotives.length;
  const sorted = entries
    .filter(([, weight]) => !weight.isZero())
    // Custom motives last, by id; two ids are never equal (they are the keys of one object).
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1));
  return Object.fromEntries(sorted) as Record<MotiveId, Decimal>;
}

/** The motive profile of a checked partner with resolved settings (see `deriveMotiveProfile`). */
export function profileOf(partner: Partner, settings: ResolvedSettings): MotiveProfile {
  const stored = partner.motiveProfile;
  if (stored !== undefined) {
    return { source: stored.source, weights: ordered(Object.entries(stored.weights)) };
  }
  const blend = new Map<MotiveId, Decimal>();
  for (const { archetype, share } of partner.archetypes) {
    for (const [motive, weight] of settings.profiles[archetype]) {
      blend.set(motive, (blend.get(motive) ?? ZERO).plus(share.times(weight)));
    }
  }
  return { source: 'derived', weights: ordered([...blend]) };
}
