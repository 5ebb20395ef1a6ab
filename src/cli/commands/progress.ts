import type { Command } from 'commander';
import { applyActualsOption, withActualsOption } from '../actuals-option.js';
import {
  readAsOf,
  readOutputOptions,
  withDateOptions,
  withOutputOptions,
} from '../common-options.js';
import { documentReader } from '../input/read-document.js';
import { checkStdinOnce } from '../input/read-source.js';
import { loadLibrary, loadReport } from '../library.js';
import { column, ratioColumn } from '../output/command-output.js';
import { writeOutput } from '../output/write-output.js';
import { readPartnership } from '../read-partnership.js';

/** `progress <file> [--actuals actuals.csv]`: where each objective stands on a date. */
export function registerProgress(program: Command): void {
  const command = program
    .command('progress')
    .argument('<file>', 'a partnership document (JSON or YAML), or - for stdin')
    .summary("each objective's progress against its period goals")
    .description(
      "Where each objective of a partnership stands on a date against its period goals: status, pace against the plan's own shape and against a straight line, attainment, forecast, and what is missing. Actuals come from the document, or from a CSV export (columns objective, period or date, value; other columns are ignored): a CSV actual replaces the document's actual for the same objective and period.",
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ partner-alignment progress northwind.yaml --as-of 2026-11-15\n  $ partner-alignment progress northwind.yaml --actuals crm-export.csv --format md --out progress.md\n',
    );
  withActualsOption(command);
  withDateOptions(command);
  withOutputOptions(command, ['objectives', 'periods', 'findings']);
  command.action(async (file: string, options: Record<string, unknown>) => {
    const output = readOutputOptions(options);
    const actualsFile = options['actuals'] as string | undefined;
    checkStdinOnce([file, actualsFile]);
    const library = await loadLibrary();
    const asOf = readAsOf(options, library);
    const { partnership } = await readPartnership(file, documentReader(library), library);
    const { partnership: measured, note } = await applyActualsOption(options, partnership, library);
    const notes: string[] = note === null ? [] : [note];
    const progress = library.evaluatePartnershipProgress(measured, { asOf });
    const report = await loadReport();
    const weakest = progress.rollUp.weakest;
    if (weakest !== null)
      notes.push(`Weakest: ${weakest.objective} (${weakest.status}). ${weakest.rule}`);
    const findings = progress.objectives.flatMap((objective) =>
      objective.findings.map((finding) => ({ objective: objective.objective, finding })),
    );
    await writeOutput(
      {
        heading: `Progress of ${partnership.name} as of ${asOf}: weighted attainment ${progress.rollUp.attainment?.toFixed(4) ?? 'n/a'}`,
        json: progress,
        tables: [
          {
            name: 'objectives',
            title: 'Objectives',
            columns: [
              column('objective', 'Objective'),
              column('status', 'Status'),
              ratioColumn('pace', 'Pace'),
              column('expectedToDate', 'Expected to date', 'decimal', 2),
              column('actualToDate', 'Actual to date', 'decimal', 2),
              ratioColumn('attainment', 'Attainment'),
              column('straightLine', 'Straight line'),
              column('forecast', 'Forecast', 'decimal', 2),
              column('missing', 'Missing'),
            ],
            rows: progress.objectives.map((objective) => ({
              objective: objective.objective,
              status: objective.status.status,
              pace: objective.pace?.toString() ?? null,
              expectedToDate: objective.expectedToDate.toString(),
              actualToDate: objective.actualToDate?.toString() ?? null,
              attainment: objective.attainment?.toString() ?? null,
              straightLine: objective.straightLine.status,
              forecast: objective.forecast.value?.toString() ?? null,
              missing: objective.missingActuals.join(' '),
            })),
          },
          {
            name: 'periods',
            title: 'Periods',
            columns: [
              column('objective', 'Objective'),
              column('period', 'Period'),
              column('state', 'State'),
              column('target', 'Target', 'decimal'),
              column('actual', 'Actual', 'decimal'),
              ratioColumn('attainment', 'Attainment'),
            ],
            rows: report.progressRows(progress.objectives).map((row) => ({
              objective: row.objective,
              period: row.period,
              state: row.state,
              target: row.targetExact,
              actual: row.actualExact,
              attainment: row.attainmentExact,
            })),
          },
          {
            name: 'findings',
            title: 'Findings',
            columns: [
              column('objective', 'Objective'),
              column('severity', 'Severity'),
              column('code', 'Code'),
              column('message', 'Message'),
            ],
            rows: findings.map(({ objective, finding }) => ({
              objective,
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
