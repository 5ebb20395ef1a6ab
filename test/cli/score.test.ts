import { describe, expect, it } from 'vitest';
import { expectGolden } from './support/golden.js';
import { runCli } from './support/run-cli.js';

const asOf = ['--as-of', '2026-11-15'];

describe('partner-alignment score', () => {
  it('scores the plan with its components, findings and improvements, and says economics did not feed the gate', async () => {
    const run = await expectGolden('score-table', ['score', 'northwind.yaml', ...asOf]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Economics did not feed the margin gate');
  });

  it('writes JSON with economicsFedGate false, CSV of each table, and Markdown', async () => {
    const json = await expectGolden('score-json', [
      'score',
      'lumen.json',
      ...asOf,
      '--improvements',
      '2',
      '--format',
      'json',
    ]);
    expect(JSON.parse(json.stdout).economicsFedGate).toBe(false);
    await expectGolden('score-csv', [
      'score',
      'lumen.json',
      ...asOf,
      '--format',
      'csv',
      '--table',
      'improvements',
    ]);
    await expectGolden('score-md', ['score', 'lumen.json', ...asOf, '--format', 'md']);
  });

  it('lists no improvements with --improvements 0, and refuses a count it cannot read', () => {
    const none = runCli([
      'score',
      'northwind.json',
      ...asOf,
      '--improvements',
      '0',
      '--format',
      'json',
    ]);
    expect(JSON.parse(none.stdout).improvements).toEqual([]);
    const bad = runCli(['score', 'northwind.json', ...asOf, '--improvements', 'many']);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      '--improvements many: expected a whole number from 0\n',
    ]);
  });
});
