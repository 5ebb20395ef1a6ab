/**
 * Partner economics and lever rankings as the report reads them: as `computeEconomics` and
 * `rankLevers` return them, or as their JSON. Amounts become exact plain decimal strings.
 *
 * @module
 */
import { checkOneOf, wrongType } from '../../argument-checks.js';
import { formatPeriodKey } from '../../calendar/format-period-key.js';
import type { Period } from '../../calendar/period.js';
import type { EconomicLever } from '../../economics/economic-lever.js';
import type { ProfitSource } from '../../economics/profit-source.js';
import type { IssuePath } from '../../errors.js';
import { type FindingView, readFinding } from './read-findings.js';
import {
  readDecimal,
  readList,
  readMoney,
  readRecord,
  readText,
  readWhole,
  under,
} from './read-values.js';

/** One source's figures, amounts as exact strings. */
export interface SourceView {
  readonly source: ProfitSource;
  readonly applies: boolean;
  readonly revenue: string;
  readonly grossProfit: string;
}

/** Figures of a period or of the total. */
export interface FiguresView {
  readonly sources: ReadonlyArray<SourceView>;
  readonly revenue: string;
  readonly grossProfit: string;
  readonly vendorRevenue: string;
  /** The resale margin's share of the gross profit, or `null` when undefined. */
  readonly marginShare: string | null;
}

/** What the report reads of partner economics. */
export interface EconomicsView {
  readonly currency: string;
  readonly source: 'goals' | 'actuals' | 'plan';
  readonly periods: ReadonlyArray<FiguresView & { readonly period: string }>;
  readonly total: FiguresView;
  /** The partnership's share of the partner's gross profit, or `null` when unknown. */
  readonly partnerShare: string | null;
  /** The consultants to hire and the first period that needs them, or `null`. */
  readonly hires: { readonly count: string; readonly period: string } | null;
  readonly findings: ReadonlyArray<FindingView>;
}

/** One lever of a ranking. */
export interface LeverView {
  readonly lever: EconomicLever;
  readonly motive: string;
  readonly description: string;
  /** The rank (1 pays most), `null` for a lever that does not apply. */
  readonly rank: number | null;
  readonly grossProfit: string | null;
  readonly delta: string | null;
  readonly reason: string | null;
}

const profitSources: ReadonlyArray<ProfitSource> = [
  'resale-margin',
  'services',
  'subscriptions',
  'managed-services',
];
const levers: ReadonlyArray<EconomicLever> = [
  'resale-margin',
  'utilization',
  'attach-ratio',
  'bill-rate',
  'discount',
  'users',
];

function readPeriod(value: unknown, summary: string, path: IssuePath): string {
  const period = readRecord(value, summary, path, 'a fiscal period');
  return under(summary, path, () => formatPeriodKey(period as unknown as Period));
}

function readFigures(value: unknown, summary: string, path: IssuePath): FiguresView {
  const f = readRecord(value, summary, path, 'economics figures');
  const at = (...rest: Array<string | number>) => [...path, ...rest];
  const share = readRecord(f['marginShare'], summary, at('marginShare'), 'a margin share');
  return {
    sources: readList(f['sources'], summary, at('sources'), 'sources').map((item, i) => {
      const line = readRecord(item, summary, at('sources', i), 'a source line');
      if (typeof line['applies'] !== 'boolean') {
        throw wrongType(summary, at('sources', i, 'applies'), line['applies'], 'true or false');
      }
      return {
        source: checkOneOf(line['source'], profitSources, summary, at('sources', i, 'source')),
        applies: line['applies'],
        revenue: readMoney(line['revenue'], summary, at('sources', i, 'revenue')).amount,
        grossProfit: readMoney(line['grossProfit'], summary, at('sources', i, 'grossProfit'))
          .amount,
      };
    }),
    revenue: readMoney(f['revenue'], summary, at('revenue')).amount,
    grossProfit: readMoney(f['grossProfit'], summary, at('grossProfit')).amount,
    vendorRevenue: readMoney(f['vendorRevenue'], summary, at('vendorRevenue')).amount,
    marginShare:
      share['value'] === null
        ? null
        : readDecimal(share['value'], summary, at('marginShare', 'value')).toFixed(),
  };
}

/** Partner economics, as returned or as JSON. */
export function readEconomics(
  value: unknown,
  summary: string,
  path: IssuePath = ['economics'],
): EconomicsView {
  const e = readRecord(value, summary, path, 'partner economics of computeEconomics');
  const at = (...rest: Array<string | number>) => [...path, ...rest];
  const share = readRecord(e['partnerShare'], summary, at('partnerShare'), 'a profit share');
  const shortfall = e['capacityShortfall'];
  const hires =
    shortfall === null || shortfall === undefined
      ? null
      : (() => {
          const s = readRecord(shortfall, summary, at('capacityShortfall'), 'a capacity shortfall');
          return {
            count: readDecimal(
              s['hiresNeeded'],
              summary,
              at('capacityShortfall', 'hiresNeeded'),
            ).toFixed(),
            period: readPeriod(s['period'], summary, at('capacityShortfall', 'period')),
          };
        })();
  return {
    currency: readText(e['currency'], summary, at('currency'), 3, 3),
    source: checkOneOf(e['source'], ['goals', 'actuals', 'plan'] as const, summary, at('source')),
    periods: readList(e['periods'], summary, at('periods'), 'periods').map((item, i) => ({
      ...readFigures(item, summary, at('periods', i)),
      period: readPeriod(
        (item as Record<string, unknown>)['period'],
        summary,
        at('periods', i, 'period'),
      ),
    })),
    total: readFigures(e['total'], summary, at('total')),
    partnerShare:
      share['value'] === null || share['value'] === undefined
        ? null
        : readDecimal(share['value'], summary, at('partnerShare', 'value')).toFixed(),
    hires,
    findings: readList(e['findings'], summary, at('findings'), 'findings').map((f, i) =>
      readFinding(f, summary, at('findings', i)),
    ),
  };
}

/** A lever ranking, as returned or as JSON. */
export function readLevers(
  value: unknown,
  summary: string,
  path: IssuePath = ['ranking'],
): { readonly currency: string; readonly levers: ReadonlyArray<LeverView> } {
  const r = readRecord(value, summary, path, 'a lever ranking of rankLevers');
  const at = (...rest: Array<string | number>) => [...path, ...rest];
  return {
    currency: readText(r['currency'], summary, at('currency'), 3, 3),
    levers: readList(r['levers'], summary, at('levers'), 'levers').map((item, i) => {
      const l = readRecord(item, summary, at('levers', i), 'a lever impact');
      const here = (key: string) => at('levers', i, key);
      const kind = checkOneOf(
        l['kind'],
        ['applicable', 'not-applicable'] as const,
        summary,
        here('kind'),
      );
      const common = {
        lever: checkOneOf(l['lever'], levers, summary, here('lever')),
        motive: readText(l['motive'], summary, here('motive'), 100, 1),
        description: readText(l['description'], summary, here('description')),
      };
      return kind === 'applicable'
        ? {
            ...common,
            rank: readWhole(l['rank'], 1, levers.length, summary, here('rank')),
            grossProfit: readMoney(l['grossProfit'], summary, here('grossProfit')).amount,
            delta: readMoney(l['delta'], summary, here('delta')).amount,
            reason: null,
          }
        : {
            ...common,
            rank: null,
            grossProfit: null,
            delta: null,
            reason: readText(l['reason'], summary, here('reason')),
          };
    }),
  };
}
