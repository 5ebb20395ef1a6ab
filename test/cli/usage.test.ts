import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './support/golden.js';
import { fixtures, root, runCli } from './support/run-cli.js';

const commands = [
  'validate',
  'schema',
  'init',
  'plan',
  'progress',
  'economics',
  'score',
  'diagnose',
  'portfolio',
  'report',
];

describe('partner-alignment', () => {
  it('lists its commands and exit codes with --help, and exits 0', async () => {
    const run = await expectGolden('help', ['--help']);
    expect(run.code).toBe(0);
  });

  it('prints the version of the package', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('shows a real example in the help of every command', () => {
    for (const command of commands) {
      const run = runCli([command, '--help']);
      expect([command, run.code]).toEqual([command, 0]);
      expect(run.stdout).toMatch(/Examples?( \(once available\))?:\n {2}\$ partner-alignment /);
    }
  });

  it('prints the help on stderr and exits 2 without a command', () => {
    const run = runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: partner-alignment [options] [command]');
  });

  it('refuses an unknown command, an unknown option and an unknown format with exit code 2', async () => {
    expect((await expectGolden('usage-unknown-command', ['vaildate', 'x.yaml'])).code).toBe(2);
    expect(
      (
        await expectGolden('usage-unknown-option', [
          'plan',
          'northwind.json',
          '--granularty',
          'month',
        ])
      ).code,
    ).toBe(2);
    expect(
      (await expectGolden('usage-unknown-format', ['plan', 'northwind.json', '--format', 'xml']))
        .code,
    ).toBe(2);
    expect((await expectGolden('usage-missing-argument', ['plan'])).code).toBe(2);
  });

  it('reports a missing file as invalid input, without a stack trace', () => {
    const run = runCli(['plan', 'missing.yaml']);
    expect([run.code, run.stderr]).toEqual([1, 'cannot read missing.yaml: no such file\n']);
  });

  it('writes --out files, in the format their extension names unless --format says', () => {
    const folder = mkdtempSync(join(tmpdir(), 'partner-alignment-out-'));
    const plan = ['plan', join(fixtures, 'northwind.json'), '--objective', 'new-deals'];
    for (const file of ['steps.csv', 'steps.json', 'steps.md', 'steps.txt']) {
      const run = runCli([...plan, '--out', file], { cwd: folder });
      expect([file, run.code, run.stdout, run.stderr]).toEqual([file, 0, '', '']);
    }
    runCli([...plan, '--out', 'forced.json', '--format', 'csv'], { cwd: folder });
    const read = (file: string) => readFileSync(join(folder, file), 'utf8');
    expect(read('steps.csv').split('\n')[0]).toBe(
      'objective,period,start,end,days,target,cumulative,share',
    );
    expect(JSON.parse(read('steps.json')).objectives[0].objective).toBe('new-deals');
    expect(read('steps.md')).toMatch(/^# Plan of /);
    expect(read('steps.txt')).toMatch(/^Plan of .*\n\nSteps\n {2}Objective/);
    expect(read('forced.json')).toBe(read('steps.csv'));
  });
});
