/**
 * Runs the built command (`dist/cli.js`) as a child process, the way a user's shell does: with
 * arguments, optional stdin, in a directory, in a fixed environment (English locale, UTC) so that
 * outputs are the same on every machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..', '..');
export const bin = join(root, 'dist', 'cli.js');
export const fixtures = join(root, 'test', 'cli', 'fixtures');

if (!existsSync(bin)) {
  throw new Error('The command-line tests run the built bin: run `npm run build` first.');
}

/** What a run printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of every run: the user's, with the locale and time zone fixed. */
export function cliEnvironment(): NodeJS.ProcessEnv {
  const {
    LC_ALL: _all,
    LC_NUMERIC: _numeric,
    LC_TIME: _time,
    FORCE_COLOR: _color,
    ...rest
  } = process.env;
  return { ...rest, LANG: 'en_US.UTF-8', TZ: 'UTC', NO_COLOR: '1' };
}

/** Runs `partner-alignment <args>` in `cwd` (default: the fixtures), with `input` on stdin. */
export function runCli(
  args: ReadonlyArray<string>,
  options: { readonly input?: string; readonly cwd?: string } = {},
): CliRun {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? fixtures,
    input: options.input ?? '',
    encoding: 'utf8',
    env: cliEnvironment(),
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}
