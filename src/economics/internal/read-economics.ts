/**
 * A result of `computeEconomics` taken back as an argument (by `compareEconomics`): as the
 * library returned it, or in its JSON form (amounts as decimal strings), checked field by field
 * with issues that start at the argument's name. Only the totals are read.
 *
 * @module
 */
import { isRecord, wrongType } from '../../argument-checks.js';
import { type IssuePath, isValidationError, ValidationError } from '../../errors.js';
import { isTrusted } from '../../model/trusted.js';
import { type Money, money } from '../../money/money.js';
import type { MarginShare } from '../economics-figures.js';
import type { PartnerEconomics } from '../partner-economics.js';
import type { ProfitSource } from '../profit-source.js';
import { readDecimalArgument } from './read-options.js';
import { profitSources } from './sources/registry.js';

/** A source's (or the total's) revenue and gross profit. */
export interface Amounts {
  readonly revenue: Money;
  readonly grossProfit: Money;
}

/** The totals of one scenario. */
export interface ScenarioTotals extends Amounts {
  readonly currency: string;
  readonly vendorRevenue: Money;
  readonly sources: ReadonlyMap<ProfitSource, Amounts>;
  readonly marginShare: MarginShare;
}

const MONEY = 'money { amount, currency }';

function field(
  record: Readonly<Record<string, unknown>>,
  key: string,
  summary: string,
  path: IssuePath,
) {
  const value = record[key];
  if (!isRecord(value)) throw wrongType(summary, [...path, key], value, 'an object');
  return value;
}

function readMoney(value: unknown, summary: string, path: IssuePath): Money {
  if (!isRecord(value)) throw wrongType(summary, path, value, MONEY);
  try {
    return money(value['amount'] as string, value['currency'] as string);
  } catch (error) {
    if (!isValidationError(error)) throw error;
    throw new ValidationError(
      summary,
      error.issues.map(({ label: _label, ...issue }) => ({
        ...issue,
        path: [...path, ...issue.path],
      })),
    );
  }
}

function readAmounts(
  record: Readonly<Record<string, unknown>>,
  summary: string,
  path: IssuePath,
): Amounts {
  return {
    revenue: readMoney(record['revenue'], summary, [...path, 'revenue']),
    grossProfit: readMoney(record['grossProfit'], summary, [...path, 'grossProfit']),
  };
}

function readMarginShare(value: unknown, summary: string, path: IssuePath): MarginShare {
  const expected = "{ kind: 'share', value } or { kind: 'undefined', value: null, reason }";
  if (!isRecord(value)) throw wrongType(summary, path, value, expected);
  if (value['kind'] === 'share') {
    return {
      kind: 'share',
      value: readDecimalArgument(value['value'], summary, [...path, 'value']),
    };
  }
  if (value['kind'] === 'undefined') {
    const reason = value['reason'];
    if (typeof reason !== 'string') {
      throw wrongType(summary, [...path, 'reason'], reason, 'a string: why there is no share');
    }
    return { kind: 'undefined', value: null, reason };
  }
  throw wrongType(summary, path, value, expected);
}

function readSources(
  total: Readonly<Record<string, unknown>>,
  summary: string,
  path: IssuePath,
): ReadonlyMap<ProfitSource, Amounts> {
  const lines = total['sources'];
  const at = [...path, 'sources'];
  if (!Array.isArray(lines)) throw wrongType(summary, at, lines, 'a list of source lines');
  const known = new Map<string, Amounts>();
  lines.forEach((line: unknown, index) => {
    if (!isRecord(line)) throw wrongType(summary, [...at, index], line, 'a source line');
    known.set(String(line['source']), readAmounts(line, summary, [...at, index]));
  });
  const sources = new Map<ProfitSource, Amounts>();
  for (const { source } of profitSources) {
    const amounts = known.get(source);
    if (amounts === undefined) {
      throw wrongType(summary, at, undefined, `a line for every source, "${source}" included`);
    }
    sources.set(source, amounts);
  }
  return sources;
}

/**
 * The totals of a scenario argument.
 *
 * @throws {ValidationError} naming `path` and the field that is missing or malformed
 */
export function readScenario(value: unknown, summary: string, path: IssuePath): ScenarioTotals {
  if (isTrusted(value)) {
    const { currency, total } = value as PartnerEconomics;
    const sources = new Map(total.sources.map((line) => [line.source, line] as const));
    return { currency, ...total, sources };
  }
  if (!isRecord(value)) throw wrongType(summary, path, value, 'economics from computeEconomics');
  const total = field(value, 'total', summary, path);
  const at = [...path, 'total'];
  const amounts = readAmounts(total, summary, at);
  return {
    currency: amounts.grossProfit.currency,
    ...amounts,
    vendorRevenue: readMoney(total['vendorRevenue'], summary, [...at, 'vendorRevenue']),
    sources: readSources(total, summary, at),
    marginShare: readMarginShare(total['marginShare'], summary, [...at, 'marginShare']),
  };
}
