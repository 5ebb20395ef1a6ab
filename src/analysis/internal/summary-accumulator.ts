/**
 * A portfolio summary being built: counts, exact sums and maps, filled row by row (or from a
 * summary, to merge another into it) and written out once, with its keys in a fixed order so that
 * equal summaries write the same JSON.
 *
 * @module
 */
import type { IsoDate } from '../../calendar/iso-date.js';
import { trust } from '../../model/trusted.js';
import { add } from '../../money/arithmetic.js';
import { minorUnits } from '../../money/currency.js';
import { money } from '../../money/money.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';
import type { SegmentField } from '../partnership-analysis.js';
import type { PortfolioRow } from '../portfolio-row.js';
import type { AmountTotals, CurrencyTotals } from '../portfolio-schemas.js';
import { diagnosisCodes } from '../portfolio-schemas.js';
import type { PortfolioSummary } from '../portfolio-summary.js';
import { analysisScoringVersion } from '../scoring-version.js';
import { type AmountSums, amountTotals, emptyAmountSums } from './amount-sums.js';

/** The key of a missing segment value. */
export const NONE = '(none)';

type Group = { partnerships: number; atRisk: number; scoreTotal: Decimal };
type AtRiskEntry = PortfolioSummary['atRiskList'][number];

export interface Accumulator {
  readonly scoringVersion: string;
  readonly asOf: IsoDate;
  readonly segments: ReadonlyArray<SegmentField>;
  readonly atRiskLimit: number;
  partnerships: number;
  errors: number;
  atRisk: number;
  readonly byStatus: Record<keyof PortfolioSummary['byStatus'], number>;
  readonly byGrade: Record<keyof PortfolioSummary['byGrade'], number>;
  scoreTotal: Decimal;
  readonly causes: Record<string, { partnerships: number; atRisk: number }>;
  readonly byArchetype: Map<string, Group>;
  readonly bySegment: Map<SegmentField, Map<string, Group>>;
  readonly totals: Map<string, { flow: AmountSums; stock: AmountSums }>;
  atRiskList: AtRiskEntry[];
}

const ZERO = toDecimal(0);

export function emptyAccumulator(
  asOf: IsoDate,
  segments: ReadonlyArray<SegmentField>,
  atRiskLimit: number,
  scoringVersion: string = analysisScoringVersion,
): Accumulator {
  return {
    scoringVersion,
    asOf,
    segments,
    atRiskLimit,
    partnerships: 0,
    errors: 0,
    atRisk: 0,
    byStatus: { behind: 0, unknown: 0, 'on-plan': 0, 'not-started': 0 },
    byGrade: { A: 0, B: 0, C: 0, D: 0, E: 0 },
    scoreTotal: ZERO,
    causes: Object.fromEntries(
      diagnosisCodes.map((code) => [code, { partnerships: 0, atRisk: 0 }]),
    ),
    byArchetype: new Map(),
    bySegment: new Map(segments.map((field) => [field, new Map()])),
    totals: new Map(),
    atRiskList: [],
  };
}

function addGroup(groups: Map<string, Group>, key: string, add: Group): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, { ...add });
  else {
    group.partnerships += add.partnerships;
    group.atRisk += add.atRisk;
    group.scoreTotal = group.scoreTotal.plus(add.scoreTotal);
  }
}

function addAmounts(into: AmountSums, from: AmountTotals, currency: string): void {
  into.target = add(into.target, money(from.target, currency));
  into.actual = add(into.actual, money(from.actual, currency));
  into.forecast = add(into.forecast, money(from.forecast, currency));
  into.objectives += from.objectives;
  into.withoutActual += from.withoutActual;
  into.withoutForecast += from.withoutForecast;
}

/** Adds the totals of one currency. */
export function addTotals(acc: Accumulator, currency: string, totals: CurrencyTotals): void {
  let sums = acc.totals.get(currency);
  if (sums === undefined) {
    sums = { flow: emptyAmountSums(currency), stock: emptyAmountSums(currency) };
    acc.totals.set(currency, sums);
  }
  addAmounts(sums.flow, totals.flow, currency);
  addAmounts(sums.stock, totals.stock, currency);
}

/** The at-risk order: off track first, then lowest attainment (none last), lowest score, then by id. */
export function compareAtRisk(a: AtRiskEntry, b: AtRiskEntry): number {
  if (a.status !== b.status) return a.status === 'off-track' ? -1 : 1;
  if (a.attainment !== b.attainment) {
    if (a.attainment === null) return 1;
    if (b.attainment === null) return -1;
    const order = toDecimal(a.attainment).comparedTo(toDecimal(b.attainment));
    if (order !== 0) return order;
  }
  const score = toDecimal(a.score).comparedTo(toDecimal(b.score));
  if (score !== 0) return score;
  const x = JSON.stringify([a.id, a.partnership, a.name, a.topCause]);
  const y = JSON.stringify([b.id, b.partnership, b.name, b.topCause]);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Keeps the at-risk list within twice its limit as it grows (the final write keeps the limit). */
export function addAtRisk(acc: Accumulator, entries: ReadonlyArray<AtRiskEntry>): void {
  if (acc.atRiskLimit === 0) return;
  acc.atRiskList.push(...entries);
  if (acc.atRiskList.length > 2 * acc.atRiskLimit + 64) {
    acc.atRiskList = acc.atRiskList.sort(compareAtRisk).slice(0, acc.atRiskLimit);
  }
}

/** Adds one analysed row. */
export function addRow(acc: Accumulator, row: PortfolioRow): void {
  const score = toDecimal(row.score);
  const atRisk = row.atRisk ? 1 : 0;
  acc.partnerships += 1;
  acc.atRisk += atRisk;
  acc.byStatus[row.status] += 1;
  acc.byGrade[row.grade] += 1;
  acc.scoreTotal = acc.scoreTotal.plus(score);
  for (const code of new Set(row.causes)) {
    const count = acc.causes[code];
    if (count === undefined) continue;
    count.partnerships += 1;
    count.atRisk += atRisk;
  }
  const group = { partnerships: 1, atRisk, scoreTotal: score };
  addGroup(acc.byArchetype, row.segment.archetype ?? NONE, group);
  for (const [field, groups] of acc.bySegment) addGroup(groups, row.segment[field] ?? NONE, group);
  addTotals(acc, row.currency, row.totals);
  const status = row.progressStatus;
  if (row.atRisk && (status === 'at-risk' || status === 'off-track')) {
    addAtRisk(acc, [
      {
        id: row.id,
        partnership: row.partnership,
        name: row.name,
        status,
        attainment: row.attainment,
        score: row.score,
        topCause: row.topCause,
      },
    ]);
  }
}

/** Adds a summary (of the same version, date, segments and limit: checked by the caller). */
export function addSummary(acc: Accumulator, summary: PortfolioSummary): void {
  acc.partnerships += summary.partnerships;
  acc.errors += summary.errors;
  acc.atRisk += summary.atRisk;
  for (const [key, n] of Object.entries(summary.byStatus))
    acc.byStatus[key as keyof Accumulator['byStatus']] += n;
  for (const [key, n] of Object.entries(summary.byGrade))
    acc.byGrade[key as keyof Accumulator['byGrade']] += n;
  acc.scoreTotal = acc.scoreTotal.plus(toDecimal(summary.scoreTotal));
  for (const [code, count] of Object.entries(summary.causes)) {
    const into = acc.causes[code];
    if (into === undefined) continue;
    into.partnerships += count.partnerships;
    into.atRisk += count.atRisk;
  }
  const group = (g: PortfolioSummary['byArchetype'][string]): Group => ({
    partnerships: g.partnerships,
    atRisk: g.atRisk,
    scoreTotal: toDecimal(g.scoreTotal),
  });
  for (const [key, g] of Object.entries(summary.byArchetype))
    addGroup(acc.byArchetype, key, group(g));
  for (const [field, groups] of acc.bySegment) {
    for (const [key, g] of Object.entries(summary.bySegment[field] ?? {}))
      addGroup(groups, key, group(g));
  }
  for (const [currency, totals] of Object.entries(summary.totals)) addTotals(acc, currency, totals);
  // Copies: the merged summary must not share entries with the summaries merged.
  addAtRisk(
    acc,
    summary.atRiskList.map((entry) => ({ ...entry })),
  );
}

const sortedKeys = <T>(map: ReadonlyMap<string, T>): string[] =>
  [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function writeGroups(groups: ReadonlyMap<string, Group>) {
  return Object.fromEntries(
    sortedKeys(groups).map((key) => {
      const g = groups.get(key) as Group;
      return [
        key,
        { partnerships: g.partnerships, atRisk: g.atRisk, scoreTotal: g.scoreTotal.toFixed() },
      ];
    }),
  );
}

/** The summary, written with its keys in a fixed order, marked as made by the library. */
export function toSummary(acc: Accumulator): PortfolioSummary {
  return trust({
    scoringVersion: acc.scoringVersion,
    asOf: acc.asOf,
    segments: [...acc.segments],
    atRiskLimit: acc.atRiskLimit,
    partnerships: acc.partnerships,
    errors: acc.errors,
    atRisk: acc.atRisk,
    byStatus: { ...acc.byStatus },
    byGrade: { ...acc.byGrade },
    scoreTotal: acc.scoreTotal.toFixed(),
    causes: Object.fromEntries(
      diagnosisCodes.map((code) => [
        code,
        { ...(acc.causes[code] ?? { partnerships: 0, atRisk: 0 }) },
      ]),
    ) as PortfolioSummary['causes'],
    byArchetype: writeGroups(acc.byArchetype),
    bySegment: Object.fromEntries(
      [...acc.bySegment].map(([field, groups]) => [field, writeGroups(groups)]),
    ),
    totals: Object.fromEntries(
      sortedKeys(acc.totals).map((currency) => {
        const sums = acc.totals.get(currency) as { flow: AmountSums; stock: AmountSums };
        const digits = minorUnits(currency);
        return [
          currency,
          { flow: amountTotals(sums.flow, digits), stock: amountTotals(sums.stock, digits) },
        ];
      }),
    ),
    atRiskList: [...acc.atRiskList].sort(compareAtRisk).slice(0, acc.atRiskLimit),
  });
}
