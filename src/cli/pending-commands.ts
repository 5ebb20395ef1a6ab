import type { Command } from 'commander';
import { usageError } from './cli-error.js';
import { withDateOptions, withOutputOptions } from './common-options.js';

/**
 * The commands whose engine is not in this version yet: they are listed in `--help` with their
 * options, and say what they wait for and exit with code 2 instead of printing a made-up result.
 */
const pending = [
  {
    name: 'diagnose',
    arguments: '<file>',
    summary: 'the ranked causes of a shortfall, each with its evidence and remedy',
    waitsFor: 'the analysis layer (analyzePartnership and its diagnosis)',
    example: 'partner-alignment diagnose northwind.yaml --as-of 2026-11-15 --fail-on critical',
    configure: (command: Command) =>
      withOutputOptions(withDateOptions(command)).option(
        '--fail-on <level>',
        'exit with code 1 when a cause reaches this severity: warning or critical',
      ),
  },
  {
    name: 'portfolio',
    arguments: '<source>',
    summary: 'many partnerships analysed together (a directory, an NDJSON file, or - for stdin)',
    waitsFor: 'the analysis layer (analyzePortfolio)',
    example:
      'partner-alignment portfolio partnerships.ndjson --workers 4 --format csv --out portfolio.csv',
    configure: (command: Command) =>
      withOutputOptions(withDateOptions(command)).option(
        '--workers <n>',
        'worker threads to analyse with (default: the number of cores)',
      ),
  },
  {
    name: 'report',
    arguments: '<file>',
    summary: 'the one-page partnership review, as Markdown or HTML',
    waitsFor: 'the report layer (partner-alignment/report)',
    example: 'partner-alignment report northwind.yaml --format html --out review.html',
    configure: (command: Command) =>
      withDateOptions(command)
        .option('-f, --format <format>', 'md or html')
        .option('-o, --out <file>', 'write to a file instead of stdout'),
  },
] as const;

/** Adds the commands that are not available yet; each exits with code 2 and says why. */
export function registerPendingCommands(program: Command): void {
  for (const spec of pending) {
    const command = program
      .command(spec.name)
      .argument(spec.arguments)
      .summary(`(not available yet) ${spec.summary}`)
      .description(
        `${spec.summary[0]?.toUpperCase()}${spec.summary.slice(1)}.\n\nNot available in this version: it arrives with ${spec.waitsFor}.`,
      )
      .addHelpText('after', `\nExample (once available):\n  $ ${spec.example}\n`)
      .action(() => {
        throw usageError(
          `partner-alignment ${spec.name}: not available in this version; it arrives with ${spec.waitsFor}`,
        );
      });
    spec.configure(command);
  }
}
