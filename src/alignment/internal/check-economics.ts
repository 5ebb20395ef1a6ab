import {
  argumentError,
  checkOptions,
  checkWholeNumber,
  describeReceived,
  wrongType,
} from '../../argument-checks.js';
import { parsePeriodKey } from '../../calendar/parse-period-key.js';
import { isPartnerAlignmentError } from '../../errors.js';
import { MotiveId } from '../../model/motive.js';
import type { Partnership } from '../../model/partnership.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';

/** The economics option, checked: the margin share read, the lever linked to its motive. */
export interface CheckedEconomics {
  readonly marginShareOfProfit: Decimal | null;
  readonly capacityShortfall?: { readonly hires: number; readonly period?: string };
  readonly topLever?: { readonly lever: string; readonly motive: MotiveId };
}

const PATH = ['options', 'economics'] as const;
const SHARE =
  'a decimal string such as "0.25" (resale margin / the partner’s gross profit), or null';

const LEVER = /^[a-z0-9]+(?:[-:][a-z0-9]+)*$/;

/** The top lever: a lever id and the motive it moves, both checked. */
function checkTopLever(value: unknown, summary: string): CheckedEconomics['topLever'] {
  const path = [...PATH, 'topLever'];
  const given = checkOptions(value, ['lever', 'motive'], summary, path);
  const lever = given['lever'];
  if (typeof lever !== 'string' || lever.length > 100 || !LEVER.test(lever)) {
    if (typeof lever !== 'string') {
      throw wrongType(summary, [...path, 'lever'], lever, 'a lever id such as "utilization"');
    }
    throw argumentError(
      summary,
      'invalid-format',
      [...path, 'lever'],
      'Not a lever id',
      describeReceived(lever),
      'a kebab-case lever id of at most 100 characters, such as "utilization"',
    );
  }
  const motive = given['motive'];
  if (!MotiveId.safeParse(motive).success) {
    if (typeof motive !== 'string') {
      throw wrongType(summary, [...path, 'motive'], motive, 'a motive id such as "bill-rate"');
    }
    throw argumentError(
      summary,
      'invalid-value',
      [...path, 'motive'],
      'Not a known motive',
      describeReceived(motive),
      'a built-in motive such as "consultant-utilization", or "custom:<kebab-case-name>"',
    );
  }
  return { lever, motive: motive as MotiveId };
}

/**
 * Checks the `economics` option of `scoreAlignment` (plain data from the economics engine).
 *
 * @throws {ValidationError} at `['options', 'economics', ...]`
 */
export function checkEconomics(
  value: unknown,
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
  const topLever = o['topLever'] === undefined ? undefined : checkTopLever(o['topLever'], summary);
  return {
    marginShareOfProfit: share,
    ...(capacityShortfall === undefined ? {} : { capacityShortfall }),
    ...(topLever === undefined ? {} : { topLever }),
  };
}
