import type { Command } from 'commander';
import type { PartnershipAnalysis } from '../../index.js';
import { usageError } from '../cli-error.js';
import {
  readAsOf,
  readOutputOptions,
  withDateOptions,
  withOutputOptions,
} from '../common-options.js';
import { documentReader } from '../input/read-document.js';
import { type Library, loadLibrary } from '../library.js';
import { column, ratioColumn } from '../output/command-output.js';
import { writeOutput } from '../output/write-output.js';
import { readPartnership } from '../read-partnership.js';

/** A ratio (a decimal string) as a percentage with one decimal, for sentences; exact, no float. */
function percent(library: Library, ratio: string): string {
  return `${library.toDecimal(ratio).times(100).toFixed(1)}%`;
}

/**
 * Whether the partner's economics fed the margin gate, and what they did, in sentences: the gate
 * applies as much as margin matters to the partner's gross profit (its relevance), or the reason
 * the economics are absent.
 */
function economicsNotes(analysis: PartnershipAnalysis, library: Library): string[] {
  const { alignment, economics } = analysis;
  const { gate } = alignment;
  const notes: string[] = [];
  const ratio =
    gate.marginRatio === null ? 'unknown' : library.toDecimal(gate.marginRatio).toFixed(4);
  if (gate.relevance !== null) {
    const share = alignment.economics?.marginShareOfProfit;
    notes.push(
      `Economics fed the margin gate: resale margin is ${share === null || share === undefined ? 'an unknown share' : percent(library, share)} of the partner's gross profit, so the gate applies at ${percent(library, gate.relevance)} of its weight.`,
    );
  } else {
    const reason =
      economics.kind === 'absent'
        ? economics.reason
        : (economics.marginShareReason ?? "the margin's share of the partner's profit is unknown");
    notes.push(`Economics did not feed the margin gate: ${reason.replace(/\.$/, '')}.`);
  }
  notes.push(
    gate.cap === null
      ? `Margin gate: resale margin at ${ratio} of the benchmark, no cap.`
      : `Margin gate: resale margin at ${ratio} of the benchmark caps the total at ${gate.cap} (${gate.points} points).`,
  );
  const shortfall = alignment.economics?.capacityShortfall;
  if (shortfall !== null && shortfall !== undefined) {
    notes.push(
      `Capacity: the plan needs ${shortfall.hires} more consultants${shortfall.period === null ? '' : ` (largest gap in ${shortfall.period})`}.`,
    );
  }
  const lever = alignment.economics?.topLever;
  if (lever !== null && lever !== undefined) {
    notes.push(
      `The lever that pays the partner most, ${lever.lever}, moves its ${lever.motive} motive, which the plan serves at ${percent(library, lever.coverage)}.`,
    );
  }
  return notes;
}

/** `score <file>`: the alignment score of the analysis, with economics feeding the gate. */
export function registerScore(program: Command): void {
  const command = program
    .command('score')
    .argument('<file>', 'a partnership document (JSON or YAML), or - for stdin')
    .summary("how well the plan serves the partner's motives, 0 to 100, explained")
    .description(
      "The alignment score of a partnership on a date, 0 to 100 with its grade, as the analysis computes it: the partner's economics feed the margin gate (it applies as much as margin matters to the partner's gross profit) and the output says whether they did. With the components (motive fit, economics, mutuality, governance, clarity) and their reasons, the motives served, the findings, and the improvements that would raise the score most, each re-scored.",
    )
    .option('--improvements <n>', 'how many improvements to list (default: 5)', '5')
    .addHelpText(
      'after',
      '\nExamples:\n  $ partner-alignment score northwind.yaml --as-of 2026-11-15\n  $ partner-alignment score northwind.yaml --format json | jq .alignment.display\n',
    );
  withDateOptions(command);
  withOutputOptions(command, ['components', 'motives', 'findings', 'improvements']);
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
    const analysis = library.analyzePartnership(partnership, {
      asOf,
      improvements: count === 0 ? 'none' : 'all',
    });
    const { alignment } = analysis;
    const fed = alignment.gate.relevance !== null;
    const improvements = (analysis.improvements ?? []).slice(0, count);
    await writeOutput(
      {
        heading: `Alignment of ${partnership.name} as of ${asOf}: ${alignment.display} / 100, grade ${alignment.grade} (economics ${fed ? 'fed' : 'did not feed'} the gate)`,
        json: { asOf, economicsFedGate: fed, alignment, improvements },
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
            rows: alignment.components.map((component) => ({
              component: component.id,
              score: component.score,
              weight: component.weight,
              points: component.points,
              reason: component.reasons[0] ?? '',
            })),
          },
          {
            name: 'motives',
            title: "The partner's motives",
            columns: [
              column('motive', 'Motive'),
              column('weight', 'Weight', 'decimal'),
              ratioColumn('coverage', 'Coverage'),
              column('points', 'Points', 'decimal', 2),
            ],
            rows: alignment.motives.map((motive) => ({
              motive: motive.label,
              weight: motive.weight,
              coverage: motive.coverage,
              points: motive.points,
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
            rows: alignment.findings.map((finding) => ({
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
              column('gain', 'Gain', 'decimal', 1),
              column('score', 'Score', 'decimal', 1),
              column('kind', 'Kind'),
              column('description', 'Change'),
            ],
            rows: improvements.map((improvement) => ({
              gain: improvement.gain,
              score: improvement.score,
              kind: improvement.kind,
              description: improvement.description,
            })),
          },
        ],
        notes: economicsNotes(analysis, library),
      },
      output,
    );
  });
}
