import type { Command } from 'commander';
import { usageError } from '../cli-error.js';
import {
  readAsOf,
  readOutputOptions,
  withDateOptions,
  withOutputOptions,
} from '../common-options.js';
import { documentReader } from '../input/read-document.js';
import { loadLibrary } from '../library.js';
import { column } from '../output/command-output.js';
import { writeOutput } from '../output/write-output.js';
import { readPartnership } from '../read-partnership.js';

/**
 * What the score says about economics until the analysis layer joins the engines: the score reads
 * the document alone, and the margin gate reads the resale margin against the benchmark without
 * the partner's economics figures (which tell how much margin matters to this partner).
 */
const ECONOMICS_NOTE =
  "Economics did not feed the margin gate: this version scores the document alone (the gate reads resale margin against the benchmark, not how much margin matters to this partner's profit). See the economics command for the partner's figures.";

/** `score <file>`: the alignment score with its components, findings and improvements. */
export function registerScore(program: Command): void {
  const command = program
    .command('score')
    .argument('<file>', 'a partnership document (JSON or YAML), or - for stdin')
    .summary("how well the plan serves the partner's motives, 0 to 100, explained")
    .description(
      "The alignment score of a partnership on a date, 0 to 100 with its grade: its components (motive fit, economics, mutuality, governance, clarity) with their reasons, the margin gate, the findings, and the improvements that would raise it most, each found by re-scoring the changed document. The output says whether the partner's economics fed the margin gate.",
    )
    .option('--improvements <n>', 'how many improvements to list (default: 5)', '5')
    .addHelpText(
      'after',
      '\nExamples:\n  $ partner-alignment score northwind.yaml --as-of 2026-11-15\n  $ partner-alignment score northwind.yaml --format json | jq .score.display\n',
    );
  withDateOptions(command);
  withOutputOptions(command, ['components', 'findings', 'improvements']);
  command.action(async (file: string, options: Record<string, unknown>) => {
    const output = readOutputOptions(options);
    const count = Number(options['improvements']);
    if (!Number.isSafeInteger(count) || count < 0) {
      throw usageError(
        `--improvements ${String(options['improvements'])}: expected a whole number from 0`,
      );
    }
    const library = await loadLibrary();
    const asOf = readAsOf(options, library);
    const { partnership } = await readPartnership(file, documentReader(library), library);
    const score = library.scoreAlignment(partnership, { asOf });
    const improvements =
      count === 0 ? [] : library.rankImprovements(partnership, { asOf }).slice(0, count);
    const gate =
      score.gate.cap === undefined
        ? `Margin gate: resale margin at ${score.gate.marginRatio?.toFixed(4) ?? 'no'} of the benchmark, no cap.`
        : `Margin gate: resale margin at ${score.gate.marginRatio?.toFixed(4)} of the benchmark caps the total at ${score.gate.cap.toString()} (${score.gate.points.toString()} points).`;
    await writeOutput(
      {
        heading: `Alignment of ${partnership.name} as of ${asOf}: ${score.display} / 100, grade ${score.grade} (economics did not feed the gate)`,
        json: {
          economicsFedGate: false,
          score,
          improvements: improvements.map(
            ({ partnership: _changed, ...improvement }) => improvement,
          ),
        },
        tables: [
          {
            name: 'components',
            title: 'Components',
            columns: [
              column('component', 'Component'),
              column('score', 'Score', 'decimal', 1),
              column('weight', 'Weight', 'decimal'),
              column('points', 'Points', 'decimal', 2),
              column('reason', 'First reason'),
            ],
            rows: score.components.map((component) => ({
              component: component.id,
              score: component.score.toString(),
              weight: component.weight.toString(),
              points: component.points.toString(),
              reason: component.reasons[0] ?? '',
            })),
          },
          {
            name: 'findings',
            title: 'Findings',
            columns: [
              column('severity', 'Severity'),
              column('code', 'Code'),
              column('message', 'Message'),
              column('remedies', 'Remedies'),
            ],
            rows: score.findings.map((finding) => ({
              severity: finding.severity,
              code: finding.code,
              message: finding.message,
              remedies: library.alignmentRemedies[finding.code].join(', '),
            })),
          },
          {
            name: 'improvements',
            title: 'Improvements, best first',
            columns: [
              column('delta', 'Gain', 'decimal', 1),
              column('score', 'Score', 'decimal', 1),
              column('kind', 'Kind'),
              column('description', 'Change'),
            ],
            rows: improvements.map((improvement) => ({
              delta: improvement.delta.toString(),
              score: improvement.score.toString(),
              kind: improvement.kind,
              description: improvement.description,
            })),
          },
        ],
        notes: [gate, ECONOMICS_NOTE],
      },
      output,
    );
  });
}
