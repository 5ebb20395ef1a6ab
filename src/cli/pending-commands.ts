import type { Command } from 'commander';
import { usageError } from './cli-error.js';
import { withDateOptions } from './common-options.js';

/**
 * The commands whose engine is not in this version yet: they are listed in `--help` with their
 * options, and say what they wait for and exit with code 2 instead of printing a made-up result.
 */
const pending = [
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
