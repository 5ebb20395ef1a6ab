import { type Command, Option } from 'commander';
import type { Cascade, CascadeOptions, StrategicObjective } from '../../index.js';
import { inputError, usageError } from '../cli-error.js';
import { readOutputOptions, withOutputOptions } from '../common-options.js';
import { documentReader } from '../input/read-document.js';
import { type Library, loadLibrary, loadReport } from '../library.js';
import { column, ratioColumn } from '../output/command-output.js';
import { writeOutput } from '../output/write-output.js';
import { readPartnership } from '../read-partnership.js';

const granularities = ['year', 'half', 'quarter', 'month', 'week'] as const;

/** `--shape`: a shape kind that needs no numbers (`even`, `geometric`), or a shape as JSON. */
function readShape(text: string | undefined): CascadeOptions['shape'] {
  if (text === undefined) return undefined;
  if (/^[a-z-]+$/.test(text)) return { kind: text } as CascadeOptions['shape'];
  try {
    return JSON.parse(text) as CascadeOptions['shape'];
  } catch {
    throw usageError(
      `--shape ${text}: expected a shape kind (even, geometric) or a shape as JSON, such as '{"kind":"linear","from":"1","to":"2"}'`,
    );
  }
}

/** Cascades one objective; a refused option is a usage error, anything else an input error. */
function cascadeObjective(
  library: Library,
  objective: StrategicObjective,
  calendar: Parameters<Library['cascade']>[1],
  options: CascadeOptions,
): Cascade {
  try {
    return library.cascade(objective, calendar, options);
  } catch (error) {
    if (!library.isValidationError(error)) throw error;
    const [issue] = error.issues;
    const option = issue?.path[0] === 'options' ? String(issue.path[1]) : undefined;
    const text = library.formatIssues(error);
    if (option !== undefined && option in options) throw usageError(`--${option}: ${text}`);
    throw inputError(text);
  }
}

/** `plan <file>`: the cascade of each objective into period steps. */
export function registerPlan(program: Command): void {
  const command = program
    .command('plan')
    .argument('<file>', 'a partnership document (JSON or YAML), or - for stdin')
    .summary('cascade each objective into period steps')
    .description(
      "Cascade each objective of a partnership into period steps on its fiscal calendar, by the objective's own cascade spec (granularity, shape, seasonality) unless options override it. Flows' steps add up exactly to the target; stocks' steps end exactly on it.",
    )
    .option('--objective <id...>', 'only these objectives (default: all, in the charter order)')
    .addOption(
      new Option(
        '--granularity <period>',
        "the steps' period length (default: each objective's)",
      ).choices(granularities),
    )
    .option(
      '--shape <shape>',
      "the shape: even, geometric, or a shape as JSON (default: each objective's)",
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ partner-alignment plan northwind.yaml --objective services-revenue\n  $ partner-alignment plan northwind.yaml --granularity month --format csv --out steps.csv\n  $ partner-alignment plan northwind.yaml --objective new-deals --shape \'{"kind":"linear","from":"1","to":"2"}\'\n',
    )
    .action(async (file: string, options: Record<string, unknown>) => {
      const output = readOutputOptions(options);
      const shape = readShape(options['shape'] as string | undefined);
      const library = await loadLibrary();
      const { partnership } = await readPartnership(file, documentReader(library), library);
      const wanted = options['objective'] as string[] | undefined;
      const objectives = partnership.charter.objectives;
      const unknown = (wanted ?? []).filter((id) => !objectives.some((o) => o.id === id));
      if (unknown.length > 0) {
        throw usageError(
          `--objective ${unknown.join(' ')}: no such objective; the objectives are ${objectives.map((o) => o.id).join(', ')}`,
        );
      }
      const chosen = objectives.filter((o) => wanted === undefined || wanted.includes(o.id));
      const unplanned = chosen.filter((o) => o.cascade?.granularity === undefined);
      if (options['granularity'] === undefined && unplanned.length > 0) {
        const ids = unplanned.map((o) => `"${o.id}"`).join(', ');
        throw inputError(
          `${file === '-' ? 'stdin' : file}: objective ${ids} has no cascade granularity to plan by; give it one in its cascade spec, or pass --granularity, or --objective to plan the others`,
        );
      }
      const cascadeOptions: CascadeOptions = {
        ...(options['granularity'] === undefined
          ? {}
          : { granularity: options['granularity'] as CascadeOptions['granularity'] }),
        ...(shape === undefined ? {} : { shape }),
      };
      const plans = chosen.map((objective) => ({
        objective,
        plan: cascadeObjective(library, objective, partnership.calendar, cascadeOptions),
      }));
      const report = await loadReport();
      /**
       * A plan's steps with exact decimals (the report's rows without their float copies); the
       * cumulative of a stock is how far its level has moved from the baseline, as a flow's is
       * the sum of its steps.
       */
      const stepsOf = (objective: StrategicObjective, plan: Cascade) =>
        report.cascadeRows(plan).map((row) => ({
          objective: row.objective,
          period: row.period,
          granularity: row.granularity,
          start: row.start,
          end: row.end,
          days: row.days,
          partial: row.partial,
          target: row.targetExact,
          cumulative:
            row.kind === 'flow'
              ? row.plannedToDateExact
              : library
                  .toDecimal(row.plannedToDateExact)
                  .minus(objective.baseline)
                  .toFixed(plan.precision),
          share: row.shareExact,
        }));
      const rows = plans.flatMap(({ objective, plan }) => stepsOf(objective, plan));
      await writeOutput(
        {
          heading: `Plan of ${partnership.name}: ${plans.length} objective${plans.length === 1 ? '' : 's'} cascaded on the ${partnership.calendar.id} calendar`,
          json: {
            partnership: partnership.id,
            objectives: plans.map(({ objective, plan }) => ({
              objective: objective.id,
              name: objective.name,
              aggregation: plan.aggregation,
              baseline: objective.baseline.toString(),
              target: objective.target.toString(),
              granularity: plan.granularity,
              shape: plan.shape,
              method: plan.method,
              steps: stepsOf(objective, plan),
            })),
          },
          tables: [
            {
              name: 'steps',
              title: 'Steps',
              columns: [
                column('objective', 'Objective'),
                column('period', 'Period'),
                column('start', 'Start', 'date'),
                column('end', 'End', 'date'),
                column('days', 'Days', 'integer'),
                column('target', 'Target', 'decimal'),
                column('cumulative', 'Cumulative', 'decimal'),
                ratioColumn('share', 'Share'),
              ],
              rows: rows.map((row) => ({ ...row })),
            },
            {
              name: 'objectives',
              title: 'Objectives',
              columns: [
                column('objective', 'Objective'),
                column('kind', 'Kind'),
                column('baseline', 'Baseline', 'decimal'),
                column('target', 'Target', 'decimal'),
                column('granularity', 'Granularity'),
                column('shape', 'Shape'),
                column('steps', 'Steps', 'integer'),
              ],
              rows: plans.map(({ objective, plan }) => ({
                objective: objective.id,
                kind: library.aggregationRuleOf(plan.aggregation).kind,
                baseline: objective.baseline.toFixed(plan.precision),
                target: objective.target.toFixed(plan.precision),
                granularity: plan.granularity,
                shape: plan.shape.kind,
                steps: plan.length,
              })),
            },
          ],
          notes: [
            "A flow's steps (sum) are amounts that add up to its target; a stock's steps are the levels to reach by each period's end.",
          ],
        },
        output,
      );
    });
  withOutputOptions(command, ['steps', 'objectives']);
}
