/**
 * Golden outputs: a run of the command written as a transcript (the command line, the exit code,
 * stdout and stderr) and compared with `test/cli/golden/<name>.txt`. Update them with
 * `npm run test:cli -- -u`, and read the diff before committing: they are reviewed by eye.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { type CliRun, runCli } from './run-cli.js';

const golden = join(import.meta.dirname, '..', 'golden');

/** A run as a transcript a person can read. */
export function transcript(args: ReadonlyArray<string>, run: CliRun, stdin?: string): string {
  const line = [
    '$ partner-alignment',
    ...args.map((a) => (/^[\w./:=@-]+$/.test(a) ? a : `'${a}'`)),
  ];
  if (stdin !== undefined) line.push('<', stdin);
  return [
    line.join(' '),
    `exit ${run.code}`,
    '--- stdout',
    run.stdout.trimEnd(),
    '--- stderr',
    run.stderr.trimEnd(),
    '',
  ].join('\n');
}

/**
 * Runs the command in the fixtures folder (with the named fixture on stdin) and checks its
 * transcript against the golden file; returns the run for further checks.
 */
export async function expectGolden(
  name: string,
  args: ReadonlyArray<string>,
  options: { readonly stdin?: string; readonly input?: string } = {},
): Promise<CliRun> {
  const input =
    options.input ??
    (options.stdin === undefined
      ? undefined
      : (await import('node:fs')).readFileSync(
          join(golden, '..', 'fixtures', options.stdin),
          'utf8',
        ));
  const run = runCli(args, input === undefined ? {} : { input });
  await expect(transcript(args, run, options.stdin)).toMatchFileSnapshot(
    join(golden, `${name}.txt`),
  );
  return run;
}
