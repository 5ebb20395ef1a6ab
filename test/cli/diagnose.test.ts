import { describe, expect, it } from 'vitest';
import { expectGolden } from './support/golden.js';
import { runCli } from './support/run-cli.js';

const asOf = ['--as-of', '2026-11-15'];

describe('partner-alignment diagnose', () => {
  it('ranks the causes of a shortfall with their evidence and remedies, and the objectives behind', async () => {
    const run = await expectGolden('diagnose-table', ['diagnose', 'lumen.json', ...asOf]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'Diagnosis of Stratus Cloud × Lumen Field Software as of 2026-11-15: behind',
    );
  });

  it('names the risks ahead when nothing is behind, from a YAML document', async () => {
    const run = await expectGolden('diagnose-on-plan', ['diagnose', 'northwind.yaml', ...asOf]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Largest risk ahead: 1 of 7 period goals was assigned');
  });

  it('writes JSON, each table as CSV, and Markdown', async () => {
    const json = await expectGolden('diagnose-json', [
      'diagnose',
      'lumen.json',
      ...asOf,
      '--format',
      'json',
    ]);
    const { diagnosis } = JSON.parse(json.stdout);
    expect(diagnosis.causes.map((cause: { code: string }) => cause.code)).toEqual([
      'goals-assigned',
      'margin-below-benchmark',
      'actuals-missing',
      'behind-straight-line-only',
    ]);
    for (const table of ['causes', 'behind', 'evidence']) {
      await expectGolden(`diagnose-csv-${table}`, [
        'diagnose',
        'lumen.json',
        ...asOf,
        '--format',
        'csv',
        '--table',
        table,
      ]);
    }
    await expectGolden('diagnose-md', ['diagnose', 'lumen.json', ...asOf, '--format', 'md']);
  });

  it('exits 1 with --fail-on warning when a cause is a warning, after printing the diagnosis', async () => {
    const run = await expectGolden('diagnose-fail-on-warning', [
      'diagnose',
      'lumen.json',
      ...asOf,
      '--fail-on',
      'warning',
      '--format',
      'csv',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^rank,severity,code,/);
  });

  it('exits 0 with --fail-on critical when no cause is critical, and 2 for another level', () => {
    const critical = runCli(['diagnose', 'lumen.json', ...asOf, '--fail-on', 'critical']);
    expect([critical.code, critical.stderr]).toEqual([0, '']);
    const info = runCli(['diagnose', 'lumen.json', ...asOf, '--fail-on', 'info']);
    expect(info.code).toBe(2);
    expect(info.stderr).toContain('Allowed choices are warning, critical');
  });

  it('reports an invalid document with its issues and exit code 1', () => {
    const run = runCli(['diagnose', 'invalid.yaml', ...asOf]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^invalid\.yaml: Invalid partnership document: \d+ issues/);
  });
});
