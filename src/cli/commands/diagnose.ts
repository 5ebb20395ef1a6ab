import { type Command, Option } from 'commander';
import type { FindingSeverity } from '../../index.js';
import { applyActualsOption, withActualsOption } from '../actuals-option.js';
import { inputError } from '../cli-error.js';
import {
  readAsOf,
  readOutputOptions,
  withDateOptions,
  withOutputOptions,
} from '../common-options.js';
import { documentReader } from '../input/read-document.js';
import { checkStdinOnce } from '../input/read-source.js';
import { loadLibrary } from '../library.js';
import { column, ratioColumn } from '../output/command-output.js';
import { writeOutput } from '../output/write-output.js';
import { readPartnership } from '../read-partnership.js';

/** The levels `--fail-on` takes, and the severities each one fails on. */
const failing: Readonly<Record<'warning' | 'critical', ReadonlyArray<FindingSeverity>>> = {
  warning: ['warning', 'critical'],
  critical: ['critical'],
};

/** `diagnose <file>`: why the partner is (not) reaching its goals, and what to do about it. */
export function registerDiagnose(program: Command): void {
  const command = program
    .command('diagnose')
    .argument('<file>', 'a partnership document (JSON or YAML), or - for stdin')
    .summary('the ranked causes of a shortfall, each with its evidence and remedy')
    .description(
      'Why a partner is, or is not, reaching its goals on a date: where it stands (behind, unknown, on plan, not started), the objectives at risk or off track with their pace and gap, and the causes ranked, most severe first, each with the evidence it rests on (values and the document paths they come from) and its remedy: the change that answers it, re-scored. Actuals come from the document, or from a CSV export as for progress. When nothing is behind, the causes are the risks ahead. With --fail-on, a cause at that severity or above ends the command with exit code 1, for CI pipelines of partner plans.',
    )
    .addOption(
      new Option(
        '--fail-on <level>',
        'exit with code 1 when a cause reaches this severity: warning (or critical) or critical',
      ).choices(['warning', 'critical']),
    )
    .addHelpText(
      'after',
      "\nExamples:\n  $ partner-alignment diagnose northwind.yaml --as-of 2026-11-15\n  $ partner-alignment diagnose northwind.yaml --fail-on critical   # in CI: exit 1 on a critical cause\n  $ partner-alignment diagnose lumen.json --format json | jq '.diagnosis.causes[].code'\n",
    );
  withActualsOption(command);
  withDateOptions(command);
  withOutputOptions(command, ['causes', 'behind', 'evidence']);
  command.action(async (file: string, options: Record<string, unknown>) => {
    const output = readOutputOptions(options);
    checkStdinOnce([file, options['actuals'] as string | undefined]);
    const library = await loadLibrary();
    const asOf = readAsOf(options, library);
    const read = await readPartnership(file, documentReader(library), library);
    const { partnership, note } = await applyActualsOption(options, read.partnership, library);
    const analysis = library.analyzePartnership(partnership, { asOf });
    const { diagnosis } = analysis;
    await writeOutput(
      {
        heading: `Diagnosis of ${partnership.name} as of ${asOf}: ${diagnosis.status}`,
        json: {
          asOf,
          partnership: analysis.partnership,
          progress: analysis.progress,
          diagnosis,
        },
        tables: [
          {
            name: 'causes',
            title: 'Causes, ranked',
            columns: [
              column('rank', 'Rank', 'integer'),
              column('severity', 'Severity'),
              column('code', 'Code'),
              column('objectives', 'Objectives'),
              column('message', 'Cause'),
              column('remedy', 'Remedy'),
              column('gain', 'Gain', 'decimal', 1),
            ],
            rows: diagnosis.causes.map((cause, index) => ({
              rank: index + 1,
              severity: cause.severity,
              code: cause.code,
              objectives: cause.objectives.join('; '),
              message: cause.message,
              remedy: cause.remedy?.description ?? '',
              gain: cause.remedy?.gain ?? null,
            })),
          },
          {
            name: 'behind',
            title: 'Objectives behind',
            columns: [
              column('objective', 'Objective'),
              column('status', 'Status'),
              ratioColumn('pace', 'Pace'),
              column('gap', 'Gap', 'decimal', 2),
            ],
            rows: diagnosis.behind.map((objective) => ({ ...objective })),
          },
          {
            name: 'evidence',
            title: 'Evidence',
            columns: [
              column('rank', 'Cause', 'integer'),
              column('code', 'Code'),
              column('label', 'Evidence'),
              column('value', 'Value', 'decimal', 4),
              column('at', 'In the document at'),
            ],
            rows: diagnosis.causes.flatMap((cause, index) =>
              cause.evidence.map((evidence) => ({
                rank: index + 1,
                code: cause.code,
                label: evidence.label,
                value: evidence.value,
                at: evidence.path === undefined ? '' : library.formatIssuePath(evidence.path),
              })),
            ),
          },
        ],
        notes: note === null ? [diagnosis.summary] : [diagnosis.summary, note],
      },
      output,
    );
    const level = options['failOn'] as keyof typeof failing | undefined;
    if (level === undefined) return;
    const reached = diagnosis.causes.filter((cause) => failing[level].includes(cause.severity));
    if (reached.length > 0) {
      throw inputError(
        `partner-alignment diagnose: --fail-on ${level}: ${reached.length} ${reached.length === 1 ? 'cause' : 'causes'} at ${level}${level === 'warning' ? ' or critical' : ''} (${reached.map((cause) => cause.code).join(', ')})`,
      );
    }
  });
}
