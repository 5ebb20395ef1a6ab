/**
 * The numbers of a partnership that its profit depends on and that the levers change: the resale
 * margin of the program terms and the partner's economics profile. Derived from the model's
 * types, so the brands and decoded values stay as the document gives them.
 *
 * @module
 */
import type { EconomicsProfile } from '../../model/economics-profile.js';
import type { Partnership } from '../../model/partnership.js';

/** What the levers change: the program terms' resale margin and the economics profile. */
export interface EconomicsParameters {
  readonly terms: Pick<Partnership['terms'], 'resaleMargin'>;
  readonly profile: EconomicsProfile;
}
