import { z } from 'zod';
import { argumentError, describeReceived, isRecord } from '../argument-checks.js';
import type { IssuePath } from '../errors.js';
import { acceptValue } from '../model/accept.js';
import { isTrusted } from '../model/trusted.js';
import { toDecimal } from '../money/to-decimal.js';
import { addSummary, emptyAccumulator, toSummary } from './internal/summary-accumulator.js';
import { PortfolioSummary } from './portfolio-summary.js';

const SUMMARY = 'Invalid arguments to mergePortfolioSummaries';

const PROTO = '__proto__';
/** One roll-up group; built on first use, not on import (CONTRIBUTING.md, "Cold import"). */
const Group = z.lazy(() => PortfolioSummary.shape.byArchetype.valueType);

/** A group map with its `__proto__` group (checked) put back as an own key, as JSON had it. */
function withProtoGroup<T extends object>(parsed: T, given: unknown, path: IssuePath): T {
  if (!isRecord(given) || !Object.hasOwn(given, PROTO)) return parsed;
  const group = acceptValue(Group, given[PROTO], SUMMARY, [...path, PROTO]);
  return Object.fromEntries([...Object.entries(parsed), [PROTO, group]]) as T;
}

/**
 * zod leaves a record key `__proto__` out of what it parses (so that no prototype is replaced),
 * but a segment value is text from a document and may be that word: its group is checked apart
 * and put back, so that a summary keeps every group through JSON.
 */
function withProtoGroups(
  parsed: PortfolioSummary,
  given: unknown,
  path: 'a' | 'b',
): PortfolioSummary {
  if (!isRecord(given)) return parsed;
  const bySegment = isRecord(given['bySegment']) ? given['bySegment'] : {};
  return {
    ...parsed,
    byArchetype: withProtoGroup(parsed.byArchetype, given['byArchetype'], [path, 'byArchetype']),
    bySegment: Object.fromEntries(
      Object.entries(parsed.bySegment).map(([field, groups]) => [
        field,
        withProtoGroup(groups ?? {}, bySegment[field], [path, 'bySegment', field]),
      ]),
    ),
  };
}

const total = (counts: Iterable<number>): number => {
  let sum = 0;
  for (const count of counts) sum += count;
  return sum;
};

/**
 * The counts of a summary from JSON add up as the analysis adds them: each partnership counts once
 * in the statuses, the grades, the archetypes and each segment field, and at most once in each
 * cause; those at risk are among the partnerships, and the at-risk list among those at risk.
 */
function checkCounts(summary: PortfolioSummary, path: 'a' | 'b'): void {
  const n = summary.partnerships;
  const refuse = (at: IssuePath, received: number, expected: string): never => {
    throw argumentError(
      SUMMARY,
      'invalid-value',
      [path, ...at],
      'The counts of the summary do not add up',
      String(received),
      expected,
    );
  };
  const all = `${n}, the partnerships`;
  if (summary.atRisk > n) refuse(['atRisk'], summary.atRisk, `at most ${all}`);
  const statuses = total(Object.values(summary.byStatus));
  if (statuses !== n) refuse(['byStatus'], statuses, `a total of ${all}`);
  const grades = total(Object.values(summary.byGrade));
  if (grades !== n) refuse(['byGrade'], grades, `a total of ${all}`);
  const groupsOf = (groups: PortfolioSummary['byArchetype'] | undefined, at: IssuePath) => {
    const sum = total(Object.values(groups ?? {}).map((group) => group.partnerships));
    if (sum !== n) refuse(at, sum, `a total of ${all}`);
  };
  groupsOf(summary.byArchetype, ['byArchetype']);
  for (const field of summary.segments) groupsOf(summary.bySegment[field], ['bySegment', field]);
  for (const [code, count] of Object.entries(summary.causes)) {
    if (count.partnerships > n)
      refuse(['causes', code, 'partnerships'], count.partnerships, `at most ${all}`);
  }
  if (summary.atRiskList.length > summary.atRisk) {
    refuse(
      ['atRiskList'],
      summary.atRiskList.length,
      `at most ${summary.atRisk} entries, those at risk`,
    );
  }
}

function read(value: unknown, path: 'a' | 'b'): PortfolioSummary {
  const summary = isTrusted(value)
    ? (value as PortfolioSummary)
    : withProtoGroups(acceptValue(PortfolioSummary, value, SUMMARY, [path]), value, path);
  // Scores lie between 0 and 100, so a score total above 100 × partnerships is not a sum of scores
  // (and exact sums stay within the digits the arithmetic holds).
  const total = toDecimal(summary.scoreTotal);
  if (total.isNegative() || total.gt(100 * summary.partnerships)) {
    throw argumentError(
      SUMMARY,
      'invalid-value',
      [path, 'scoreTotal'],
      'Not a sum of scores from 0 to 100',
      describeReceived(summary.scoreTotal),
      `from 0 to ${100 * summary.partnerships}`,
    );
  }
  if (!isTrusted(value)) checkCounts(summary, path);
  return summary;
}

/**
 * Merges two portfolio summaries into the summary of both portfolios: counts and exact sums add
 * up, keyed maps merge key by key, the at-risk lists merge and keep the first `atRiskLimit`. It is
 * associative and commutative (no floats, no order of arrival), so a portfolio split across
 * worker threads, processes or machines in any way merges to the summary of the whole. Summaries
 * from JSON are checked first.
 *
 * @param a - a summary (as `summarizePortfolio` or `analyzePortfolio` made it, or its JSON)
 * @param b - another, of the same rules (`scoringVersion`), date, segment fields and at-risk limit
 * @returns the summary of both
 * @throws {@link ValidationError} for a summary that is not one (paths start at `a` or `b`), or two
 * summaries that do not merge (another version, date, segments or limit)
 * @example
 * ```ts
 * import { analyzePartnership, mergePortfolioSummaries, samples, summarizePortfolio, toPortfolioRow } from 'partner-alignment';
 * const asOf = '2026-11-27';
 * const summaryOf = (id: string, document: unknown) => summarizePortfolio([toPortfolioRow(analyzePartnership(document as never, { asOf }), id)], { asOf });
 * const a = summaryOf('northwind', samples.northwindAdvisory);
 * const b = summaryOf('lumen', samples.lumenField);
 * const both = mergePortfolioSummaries(a, b);
 * [both.partnerships, both.atRisk] //=> [2, 1]
 * JSON.stringify(mergePortfolioSummaries(b, a)) === JSON.stringify(both) //=> true
 * ```
 * @category Portfolio
 */
export function mergePortfolioSummaries(
  a: PortfolioSummary,
  b: PortfolioSummary,
): PortfolioSummary {
  const x = read(a, 'a');
  const y = read(b, 'b');
  for (const field of ['scoringVersion', 'asOf', 'atRiskLimit'] as const) {
    if (x[field] !== y[field]) {
      throw argumentError(
        SUMMARY,
        'invalid-value',
        ['b', field],
        `Summaries of different ${field} do not merge`,
        describeReceived(y[field]),
        JSON.stringify(x[field]),
      );
    }
  }
  if (x.segments.join('\u0000') !== y.segments.join('\u0000')) {
    throw argumentError(
      SUMMARY,
      'invalid-value',
      ['b', 'segments'],
      'Summaries rolled up by different segment fields do not merge',
      JSON.stringify(y.segments),
      JSON.stringify(x.segments),
    );
  }
  for (const field of ['partnerships', 'errors'] as const) {
    if (x[field] + y[field] > Number.MAX_SAFE_INTEGER) {
      throw argumentError(
        SUMMARY,
        'too-big',
        ['b', field],
        `Together the summaries count more ${field} than a number holds exactly (2^53 - 1)`,
        String(y[field]),
        `at most ${Number.MAX_SAFE_INTEGER - x[field]}`,
        { maximum: Number.MAX_SAFE_INTEGER - x[field] },
      );
    }
  }
  const acc = emptyAccumulator(x.asOf, x.segments, x.atRiskLimit, x.scoringVersion);
  addSummary(acc, x);
  addSummary(acc, y);
  return toSummary(acc);
}
