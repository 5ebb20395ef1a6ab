import { checkOptions } from '../argument-checks.js';
import { acceptValue } from '../model/accept.js';
import type { MotiveProfile } from '../model/motive-profile.js';
import { Partner, type PartnerJson } from '../model/partner.js';
import type { MotiveProfileTable } from './default-profiles.js';
import { profileOf } from './internal/profile-of.js';
import { resolveSettings } from './internal/resolve-settings.js';

/**
 * Options of {@link deriveMotiveProfile}.
 *
 * @example
 * ```ts
 * import type { DeriveMotiveProfileOptions } from 'partner-alignment';
 * const options: DeriveMotiveProfileOptions = { profiles: { referral: { 'referral-fees': '1' } } };
 * Object.keys(options.profiles ?? {}) //=> ['referral']
 * ```
 * @category Alignment
 */
export interface DeriveMotiveProfileOptions {
  /** Rows that replace the default rows of {@link defaultMotiveProfiles}; default: none. */
  readonly profiles?: Partial<MotiveProfileTable>;
}

/**
 * What a partner cares about: the motive profile its document carries when it has one (a
 * declared profile always wins), otherwise the blend of the default profiles of its archetypes
 * weighted by their share of its business. The blend is exact (Decimal products and sums) and
 * sums to exactly 1. Motives are listed in catalog order, custom motives after the built-in ones
 * in alphabetical order, and motives weighing 0 are left out.
 *
 * @param partner - the partner of a partnership, parsed or in its JSON form
 * @param options - replacement rows for the default profile table
 * @returns the profile, `source: 'declared'` or `'derived'`
 * @throws {ValidationError} when the partner is malformed, or a replacement row has an unknown archetype or motive or does not sum to 1 (paths start at `partner` or `options`)
 * @example
 * ```ts
 * import { deriveMotiveProfile, parsePartnership, samples } from 'partner-alignment';
 * const { partner } = parsePartnership(samples.northwindAdvisory);
 * const profile = deriveMotiveProfile(partner);
 * profile.source //=> 'derived'
 * profile.weights['consultant-utilization'] //=> '0.2'
 * deriveMotiveProfile(samples.lumenField.partner).weights['user-growth'] //=> '0.25'
 * ```
 * @category Alignment
 */
export function deriveMotiveProfile(
  partner: Partner | PartnerJson,
  options?: DeriveMotiveProfileOptions,
): MotiveProfile {
  const summary = 'Invalid arguments to deriveMotiveProfile';
  const checked = checkOptions(options, ['profiles'], summary);
  const settings = resolveSettings(
    checked['profiles'] === undefined ? undefined : { profiles: checked['profiles'] },
    summary,
    ['options'],
  );
  return profileOf(acceptValue(Partner, partner, summary, ['partner']), settings);
}
