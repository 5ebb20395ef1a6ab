import { builtInMotives, type MotiveId } from '../model/motive.js';
import { type Decimal, toDecimal } from '../money/to-decimal.js';
import type { MotiveProfileTable } from './default-profiles.js';
import type { MotiveProfile, Partner } from './internal/partnership.js';
import { type ResolvedSettings, resolveSettings } from './internal/resolve-settings.js';

/**
 * Options of {@link motiveProfile}.
 *
 * @example
 * ```ts
 * import type { MotiveProfileOptions } from 'partner-alignment';
 * const options: MotiveProfileOptions = { profiles: { referral: { 'referral-fees': '1' } } };
 * Object.keys(options.profiles ?? {}) //=> ['referral']
 * ```
 * @category Alignment
 */
export interface MotiveProfileOptions {
  /** Rows that replace the default rows of {@link defaultMotiveProfiles}; default: none. */
  readonly profiles?: Partial<MotiveProfileTable>;
}

/**
 * What a partner cares about: the motive profile its document carries when it has one (a
 * declared profile always wins), otherwise the blend
 * of the default profiles of its archetypes weighted by their share of its business. The blend is
 * exact (Decimal products and sums) and sums to exactly 1. Motives are listed in catalog order,
 * custom motives after the built-in ones in alphabetical order, and motives weighing 0 are left
 * out.
 *
 * @param partner - the partner of a parsed partnership
 * @param options - replacement rows for the default profile table
 * @returns the profile, `source: 'declared'` or `'derived'`
 * @throws {ValidationError} when a replacement row does not sum to 1
 * @example
 * ```ts
 * import { motiveProfile, parsePartnership, samples } from 'partner-alignment';
 * const { partner } = parsePartnership(samples.northwindAdvisory);
 * const profile = motiveProfile(partner);
 * profile.source //=> 'derived'
 * profile.weights['consultant-utilization'] //=> '0.2'
 * profile.weights['resale-margin'] //=> '0.07'
 * ```
 * @category Alignment
 */
export function motiveProfile(partner: Partner, options: MotiveProfileOptions = {}): MotiveProfile {
  const settings =
    options.profiles === undefined ? undefined : resolveSettings({ profiles: options.profiles });
  return profileOf(partner, settings ?? resolveSettings());
}

/** The profile with already resolved settings (see {@link motiveProfile}). */
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

const ZERO = toDecimal(0);
const catalogOrder = new Map<string, number>(
  builtInMotives.map((motive, index) => [motive, index]),
);

function ordered(entries: ReadonlyArray<readonly [string, Decimal]>): Record<MotiveId, Decimal> {
  const rank = (motive: string) => catalogOrder.get(motive) ?? builtInMotives.length;
  const sorted = entries
    .filter(([, weight]) => !weight.isZero())
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(sorted) as Record<MotiveId, Decimal>;
}
