import { type Command, Option } from 'commander';
import type { VendorRevenueSource } from '../../index.js';
import { inputError } from '../cli-error.js';
import { readOutputOptions, withOutputOptions } from '../common-options.js';
import { documentReader } from '../input/read-document.js';
import { loadLibrary } from '../library.js';
import { column } from '../output/command-output.js';
import { writeOutput } from '../output/write-output.js';
import { readPartnership } from '../read-partnership.js';

/** `economics <file>`: the partner's profit from the partnership by source, and its levers. */
export function registerEconomics(program: Command): void {
  const command = program
    .command('economics')
    .argument(
      '<file>',
      'a partnership document with an economics profile (JSON or YAML), or - for stdin',
    )
    .summary("the partner's own profit by source, and the levers that move it")
    .description(
      "The partner's revenue and gross profit from the partnership by source (resale margin, services, its own subscriptions, managed services), what share of it margin is, the consultant hours and hires the plan implies, and the levers ranked by the gross profit one step of each adds, with the motive each moves. Needs the document's economics profile.",
    )
    .addOption(
      new Option('--source <source>', 'where vendor revenue comes from: goals or actuals')
        .choices(['goals', 'actuals'])
        .default('goals'),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ partner-alignment economics northwind.yaml\n  $ partner-alignment economics lumen.json --source actuals --format json\n',
    );
  withOutputOptions(command, ['sources', 'levers', 'findings']);
  command.action(async (file: string, options: Record<string, unknown>) => {
    const output = readOutputOptions(options);
    const source = options['source'] as VendorRevenueSource;
    const library = await loadLibrary();
    const { partnership } = await readPartnership(file, documentReader(library), library);
    if (partnership.economics === undefined) {
      throw inputError(
        `${file === '-' ? 'stdin' : file}: no economics profile; add an "economics" section that names the vendor-revenue objective (see docs/documents.md) to compute the partner's economics`,
      );
    }
    const economics = library.computeEconomics(partnership, { source });
    const ranking = library.rankLevers(partnership, { source });
    const amount = library.toDecimalString;
    const { total } = economics;
    const notes = [
      total.marginShare.kind === 'share'
        ? `Resale margin is ${total.marginShare.value.times(100).toFixed(1)}% of the partner's gross profit from the partnership.`
        : `Resale margin's share of the partner's gross profit is undefined: ${total.marginShare.reason}.`,
      economics.partnerShare.kind === 'share'
        ? `The partnership brings ${economics.partnerShare.value.times(100).toFixed(1)}% of the partner's whole gross profit.`
        : `${economics.partnerShare.reason}.`,
      economics.capacityShortfall === null
        ? 'The partner has the consultants the plan needs.'
        : `The plan needs ${economics.capacityShortfall.hiresNeeded.toString()} more consultants (largest gap in ${library.formatPeriodKey(economics.capacityShortfall.period)}).`,
    ];
    if (ranking.top !== null) {
      notes.push(
        `What pays the partner most: ${ranking.top.description.toLowerCase()}, ${amount(ranking.top.delta)} ${economics.currency}, which serves its ${ranking.top.motive} motive.`,
      );
    }
    await writeOutput(
      {
        heading: `Partner economics of ${partnership.name} (vendor revenue from its ${source}): gross profit ${amount(total.grossProfit)} ${economics.currency} on revenue ${amount(total.revenue)} ${economics.currency}`,
        json: { economics, levers: ranking },
        tables: [
          {
            name: 'sources',
            title: `Profit by source (${economics.currency})`,
            columns: [
              column('source', 'Source'),
              column('applies', 'Applies', 'boolean'),
              column('revenue', 'Revenue', 'decimal'),
              column('grossProfit', 'Gross profit', 'decimal'),
            ],
            rows: total.sources.map((row) => ({
              source: row.source,
              applies: row.applies,
              revenue: amount(row.revenue),
              grossProfit: amount(row.grossProfit),
            })),
          },
          {
            name: 'levers',
            title: `Levers, by the gross profit one step adds (${economics.currency})`,
            columns: [
              column('rank', 'Rank', 'integer'),
              column('lever', 'Lever'),
              column('motive', 'Motive'),
              column('delta', 'Adds', 'decimal'),
              column('description', 'Step'),
            ],
            rows: ranking.levers.map((lever) => ({
              rank: lever.kind === 'applicable' ? lever.rank : null,
              lever: lever.lever,
              motive: lever.motive,
              delta: lever.kind === 'applicable' ? amount(lever.delta) : null,
              description:
                lever.kind === 'applicable'
                  ? lever.description
                  : `${lever.description}: not applicable (${lever.reason})`,
            })),
          },
          {
            name: 'findings',
            title: 'Findings',
            columns: [
              column('severity', 'Severity'),
              column('code', 'Code'),
              column('message', 'Message'),
            ],
            rows: economics.findings.map((finding) => ({
              severity: finding.severity,
              code: finding.code,
              message: finding.message,
            })),
          },
        ],
        notes,
      },
      output,
    );
  });
}
