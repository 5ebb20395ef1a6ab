/**
 * Runs the session of docs/cli.md exactly as written: every ```sh session block, in order, in one
 * empty folder, each `$` line through the shell with `npx partner-alignment` resolving to the
 * built bin; the lines under a command are its expected output (`[exit N]` last: its exit code,
 * 0 otherwise). A block with `file=NAME` in its info string is written to that file first.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cliEnvironment, root } from './support/run-cli.js';

/** One step of the session: a file to write, or a command with its expected output and code. */
type Step =
  | { readonly kind: 'file'; readonly name: string; readonly text: string }
  | {
      readonly kind: 'command';
      readonly line: string;
      readonly output: string;
      readonly code: number;
    };

/** The steps of a Markdown text's session and file blocks, in order. */
function sessionSteps(markdown: string): Step[] {
  const steps: Step[] = [];
  for (const block of markdown.matchAll(/^```(\S*)([^\n]*)\n([\s\S]*?)^```/gm)) {
    const [, language = '', info = '', body = ''] = block;
    const file = /\bfile=(\S+)/.exec(info)?.[1];
    if (file !== undefined) {
      steps.push({ kind: 'file', name: file, text: body });
      continue;
    }
    if (language !== 'sh' || !/\bsession\b/.test(info)) continue;
    let current: { line: string; output: string[] } | undefined;
    const flush = () => {
      if (current === undefined) return;
      const last = current.output.at(-1);
      const exit = last === undefined ? undefined : /^\[exit (\d+)\]$/.exec(last);
      const output = exit ? current.output.slice(0, -1) : current.output;
      steps.push({
        kind: 'command',
        line: current.line,
        output: output.join('\n'),
        code: exit ? Number(exit[1]) : 0,
      });
    };
    for (const line of body.replace(/\n$/, '').split('\n')) {
      if (line.startsWith('$ ')) {
        flush();
        current = { line: line.slice(2), output: [] };
      } else if (current !== undefined) {
        current.output.push(line);
      } else {
        throw new Error(`A session block must start with a $ line: ${line}`);
      }
    }
    flush();
  }
  return steps;
}

/** A folder with `partner-alignment` (the built bin) and an `npx` that runs what it is given. */
function shims(): string {
  const folder = mkdtempSync(join(tmpdir(), 'partner-alignment-bin-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    chmodSync(join(folder, name), 0o755);
  };
  write('partner-alignment', `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
  write('npx', '#!/bin/sh\nexec "$@"\n');
  return folder;
}

const steps = sessionSteps(readFileSync(join(root, 'docs', 'cli.md'), 'utf8'));

describe('the session of docs/cli.md', () => {
  it('has a session from init to progress with actuals from a CSV file, then diagnose', () => {
    const commands = steps.flatMap((step) => (step.kind === 'command' ? [step.line] : []));
    const at = (pattern: RegExp) => commands.findIndex((line) => pattern.test(line));
    const order = [
      /^npx partner-alignment init /,
      / validate /,
      / plan /,
      / progress .*--actuals /,
      / diagnose /,
    ].map(at);
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('runs as written and prints what it shows', () => {
    const folder = mkdtempSync(join(tmpdir(), 'partner-alignment-session-'));
    mkdirSync(folder, { recursive: true });
    const environment = cliEnvironment();
    const env = { ...environment, PATH: `${shims()}${delimiter}${environment['PATH'] ?? ''}` };
    for (const step of steps) {
      if (step.kind === 'file') {
        writeFileSync(join(folder, step.name), step.text);
        continue;
      }
      const run = spawnSync('/bin/sh', ['-c', step.line], { cwd: folder, env, encoding: 'utf8' });
      const printed = `${run.stdout}${run.stderr}`.replace(/\n$/, '');
      expect({ command: step.line, code: run.status, output: printed }).toEqual({
        command: step.line,
        code: step.code,
        output: step.output,
      });
    }
  });
});
