import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { type ExitCode, isCliError } from './cli-error.js';
import { registerDiagnose } from './commands/diagnose.js';
import { registerEconomics } from './commands/economics.js';
import { registerInit } from './commands/init.js';
import { registerPlan } from './commands/plan.js';
import { registerPortfolio } from './commands/portfolio.js';
import { registerProgress } from './commands/progress.js';
import { registerReport } from './commands/report.js';
import { registerSchema } from './commands/schema.js';
import { registerScore } from './commands/score.js';
import { registerValidate } from './commands/validate.js';

const require = createRequire(import.meta.url);

/** The package's version, from its package.json (one level above `dist/cli.js` and `src/cli/`). */
function packageVersion(): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const manifest = require(path) as { name?: string; version?: string };
      if (manifest.name === 'partner-alignment' && manifest.version !== undefined) {
        return manifest.version;
      }
    } catch {
      // Not at this level: try the next.
    }
  }
  return 'unknown';
}

/** The `partner-alignment` program with all its commands. */
export function buildProgram(version: string): Command {
  const program = new Command('partner-alignment')
    .description(
      'Plan with channel partners by alignment instead of assigned quota: validate partnership documents, cascade their objectives, track progress, and score how well a plan serves the partner.',
    )
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'print help (also: partner-alignment <command> --help)')
    .exitOverride()
    .showHelpAfterError('(run partner-alignment --help for usage)')
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
    })
    .addHelpText(
      'after',
      '\nExit codes: 0 success; 1 invalid input (a file missing or malformed, a document or a CSV row that fails validation, diagnose --fail-on reached, a portfolio document not analysed); 2 usage error.\nDocumentation: docs/cli.md in the package (node_modules/partner-alignment/docs/cli.md).\n',
    );
  registerValidate(program);
  registerSchema(program);
  registerInit(program);
  registerPlan(program);
  registerProgress(program);
  registerEconomics(program);
  registerScore(program);
  registerDiagnose(program);
  registerPortfolio(program);
  registerReport(program);
  return program;
}

/** What an unexpected error prints: the stack, and a request to report it. */
function internalError(error: unknown, version: string): string {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `partner-alignment: internal error (a bug in partner-alignment ${version}, not in your input; please report it with the command you ran):\n${detail}\n`;
}

/**
 * Runs the command line (without `node` and the script) and returns the exit code: 0 success,
 * 1 invalid input, 2 usage error. User mistakes are told in one message on stderr, without a
 * stack trace; anything unexpected prints its stack and asks to be reported.
 */
export async function run(args: ReadonlyArray<string>): Promise<ExitCode> {
  const version = packageVersion();
  const program = buildProgram(version);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message (or the help, or the version) already.
      // Help asked for (--help, help) and the version end with 0; help shown because the
      // command line lacked a command, and every other complaint of commander, with 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isCliError(error)) {
      if (error.message !== '') process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    const library = await import('../index.js');
    if (library.isValidationError(error)) {
      process.stderr.write(`${library.formatIssues(error, { limit: 100 })}\n`);
      return 1;
    }
    if (library.isPartnerAlignmentError(error)) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    process.stderr.write(internalError(error, version));
    return 1;
  }
}
