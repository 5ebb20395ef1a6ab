import {
  argumentError,
  checkOptions,
  checkWholeNumber,
  describeReceived,
  listOf,
  wrongType,
} from '../../argument-checks.js';
import { parsePeriodKey } from '../../calendar/parse-period-key.js';
import { isPartnerAlignmentError } from '../../errors.js';
import type { MotiveId } from '../../model/motive.js';
import type { Partnership } from '../../model/partnership.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';
import type { ResolvedSettings } from './resolve-settings.js';

/** The economics option, checked: the margin share read, the lever linked to its motive. */
export interface CheckedEconomics {
  readonly marginShareOfProfit: Decimal | null;
  readonly capacityShortfall?: { readonly hires: number; readonly period?: string };
  readonly topLever?: { readonly lever: string; readonly motive: MotiveId };
}

const PATH = ['options', 'economics'] as const;
const SHARE =
  'a decimal string such as "0.25" (resale margin / the partner’s gross profit), or null';

/**
 * Checks the `economics` option of `scoreAlignment` (plain data from the economics engine).
 *
 * @throws {ValidationError} at `['options', 'economics', ...]`
 */
export function checkEconomics(
  value: unknown,
  settings: ResolvedSettings,
  partnership: Partnership,
  summary: string,
): CheckedEconomics | undefined {
  if (value === undefined) return undefined;
  const o = checkOptions(value, ['marginShareOfProfit', 'capacityShortfall', 'topLever'], summary, [
    ...PATH,
  ]);
  const raw = o['marginShareOfProfit'];
  let share: Decimal | null = null;
  if (raw !== null) {
    if (raw === undefined) throw wrongType(summary, [...PATH, 'marginShareOfProfit'], raw, SHARE);
    try {
      share = toDecimal(raw as string);
    } catch (error) {
      if (!isPartnerAlignmentError(error)) throw error;
      throw argumentError(
        summary,
        typeof raw === 'string' ? 'invalid-decimal' : 'invalid-type',
        [...PATH, 'marginShareOfProfit'],
        'Not a decimal share',
        describeReceived(raw),
        SHARE,
      );
    }
  }
  let capacityShortfall: CheckedEconomics['capacityShortfall'];
  if (o['capacityShortfall'] !== undefined) {
    const path = [...PATH, 'capacityShortfall'];
    const shortfall = checkOptions(o['capacityShortfall'], ['hires', 'period'], summary, path);
    const hires = checkWholeNumber(shortfall['hires'], 0, 1_000_000, summary, [...path, 'hires']);
    const period = shortfall['period'];
    if (period !== undefined) {
      try {
        parsePeriodKey(partnership.calendar, period as string);
      } catch (error) {
        if (!isPartnerAlignmentError(error)) throw error;
        throw argumentError(
          summary,
          'invalid-period-key',
          [...path, 'period'],
          `Not a period of the partnership's calendar "${partnership.calendar.id}"`,
          describeReceived(period),
          'a period key such as "FY2027" or "FY2027-Q2"',
        );
      }
    }
    capacityShortfall = period === undefined ? { hires } : { hires, period: period as string };
  }
  let topLever: CheckedEconomics['topLever'];
  const lever = o['topLever'];
  if (lever !== undefined) {
    const motive = typeof lever === 'string' ? settings.leverMotives.get(lever) : undefined;
    if (motive === undefined) {
      throw argumentError(
        summary,
        typeof lever === 'string' ? 'invalid-value' : 'invalid-type',
        [...PATH, 'topLever'],
        'Not a lever the alignment score knows (settings.leverMotives links a lever to its motive)',
        describeReceived(lever),
        listOf([...settings.leverMotives.keys()], 'or'),
      );
    }
    topLever = { lever: lever as string, motive };
  }
  return {
    marginShareOfProfit: share,
    ...(capacityShortfall === undefined ? {} : { capacityShortfall }),
    ...(topLever === undefined ? {} : { topLever }),
  };
}
