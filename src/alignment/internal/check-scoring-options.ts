import { checkOptions, wrongType } from '../../argument-checks.js';
import { checkAsOf } from '../../calendar/check-as-of.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import { acceptPartnership } from '../../model/accept.js';
import type { Partnership } from '../../model/partnership.js';
import { type CheckedEconomics, checkEconomics } from './check-economics.js';
import { type ResolvedSettings, resolveSettings } from './resolve-settings.js';

/** What `asOf` is for, in its messages. */
const READ_ON = 'read the partnership on';

/** The arguments every scoring function takes, checked. */
export interface CheckedScoring {
  readonly partnership: Partnership;
  readonly asOf: IsoDate;
  readonly settings: ResolvedSettings;
  readonly economics: CheckedEconomics | undefined;
  /** The options object as given (its keys checked). */
  readonly options: Readonly<Record<string, unknown>>;
}

/**
 * Checks a partnership and the scoring options (`asOf`, `settings`, `economics`, and the
 * function's own `extra` keys): options are required, since `asOf` is.
 *
 * @throws {ValidationError} with paths under `partnership` or `options`
 */
export function checkScoring(
  partnership: unknown,
  options: unknown,
  extra: ReadonlyArray<string>,
  summary: string,
): CheckedScoring {
  if (options === undefined) {
    throw wrongType(
      summary,
      ['options'],
      options,
      'options with the date to score on, such as { asOf: "2026-11-27" }',
    );
  }
  const checked = checkOptions(options, ['asOf', 'settings', 'economics', ...extra], summary);
  const asOf = checkAsOf(checked['asOf'], summary, READ_ON);
  const settings = resolveSettings(checked['settings'], summary, ['options', 'settings']);
  const accepted = acceptPartnership(partnership, summary);
  return {
    partnership: accepted,
    asOf,
    settings,
    economics: checkEconomics(checked['economics'], accepted, summary),
    options: checked,
  };
}
