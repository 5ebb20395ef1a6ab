/**
 * The tables of `portfolio`: the summary (at risk, causes, counts, segments) and the documents not
 * analysed.
 *
 * @module
 */
import type { PortfolioError, PortfolioSummary } from '../../index.js';
import type { Library } from '../library.js';
import { column, ratioColumn, type Table } from '../output/command-output.js';

/** The mean score of a group, to one decimal; empty for none. */
function meanScore(library: Library, total: string, count: number): string | null {
  return count === 0 ? null : library.toDecimal(total).dividedBy(count).toFixed(1);
}

/** The tables of a portfolio's summary and errors. */
export function summaryTables(
  library: Library,
  summary: PortfolioSummary,
  errors: ReadonlyArray<PortfolioError>,
): Table[] {
  const counts: Array<[string, number]> = [
    ['partnerships', summary.partnerships],
    ['errors', summary.errors],
    ['at risk', summary.atRisk],
    ...Object.entries(summary.byStatus).map(([status, n]): [string, number] => [
      `status ${status}`,
      n,
    ]),
    ...Object.entries(summary.byGrade).map(([grade, n]): [string, number] => [`grade ${grade}`, n]),
  ];
  const groups = [
    ...Object.entries(summary.byArchetype).map(([value, group]) => ({
      field: 'main archetype',
      value,
      group,
    })),
    ...Object.entries(summary.bySegment).flatMap(([field, values]) =>
      Object.entries(values ?? {}).map(([value, group]) => ({ field, value, group })),
    ),
  ];
  return [
    {
      name: 'at-risk',
      title: 'At risk, worst first',
      columns: [
        column('id', 'Id'),
        column('name', 'Partnership'),
        column('status', 'Status'),
        ratioColumn('attainment', 'Attainment'),
        column('score', 'Score', 'decimal', 1),
        column('topCause', 'Top cause'),
      ],
      rows: summary.atRiskList.map((entry) => ({
        id: entry.id,
        name: entry.name,
        status: entry.status,
        attainment: entry.attainment,
        score: entry.score,
        topCause: entry.topCause,
      })),
    },
    {
      name: 'causes',
      title: 'Causes',
      columns: [
        column('cause', 'Cause'),
        column('partnerships', 'Partnerships', 'integer'),
        column('atRisk', 'Of those at risk', 'integer'),
      ],
      rows: Object.entries(summary.causes)
        .filter(([, count]) => count.partnerships > 0)
        .map(([cause, count]) => ({ cause, ...count })),
    },
    {
      name: 'counts',
      title: 'Counts',
      columns: [column('measure', 'Measure'), column('count', 'Count', 'integer')],
      rows: counts.map(([measure, count]) => ({ measure, count })),
    },
    {
      name: 'segments',
      title: 'By segment',
      columns: [
        column('field', 'Field'),
        column('value', 'Value'),
        column('partnerships', 'Partnerships', 'integer'),
        column('atRisk', 'At risk', 'integer'),
        column('meanScore', 'Mean score', 'decimal', 1),
      ],
      rows: groups.map(({ field, value, group }) => ({
        field,
        value,
        partnerships: group.partnerships,
        atRisk: group.atRisk,
        meanScore: meanScore(library, group.scoreTotal, group.partnerships),
      })),
    },
    {
      name: 'errors',
      title: 'Documents not analysed',
      columns: [column('id', 'Id'), column('message', 'Why')],
      rows: errors.map((error) => {
        const first = error.issues[0];
        const why =
          first === undefined
            ? error.message
            : `${first.label}: ${first.message}${error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : ''}`;
        return { id: error.id, message: why };
      }),
    },
  ];
}
