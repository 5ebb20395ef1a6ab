import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './support/golden.js';
import { fixtures, runCli } from './support/run-cli.js';

const asOf = ['--as-of', '2026-11-15'];

describe('partner-alignment score', () => {
  it("scores the plan from the analysis, with the partner's economics feeding the margin gate and saying so", async () => {
    const run = await expectGolden('score-table', ['score', 'northwind.yaml', ...asOf]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('grade B (economics fed the gate)');
    // Margin is 39.7% of Northwind's gross profit: the gate applies at 0.397 / 0.5 = 79.4%.
    expect(run.stdout).toContain(
      "Economics fed the margin gate: resale margin is 39.7% of the partner's gross profit, so the gate applies at 79.4% of its weight.",
    );
  });

  it('writes JSON with economicsFedGate, CSV of each table, and Markdown', async () => {
    const json = await expectGolden('score-json', [
      'score',
      'lumen.json',
      ...asOf,
      '--improvements',
      '2',
      '--format',
      'json',
    ]);
    const result = JSON.parse(json.stdout);
    expect([result.economicsFedGate, result.alignment.gate.relevance]).toEqual([true, '0.0748']);
    expect(result.improvements).toHaveLength(2);
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

  it('says economics did not feed the gate, and why, for a document without an economics profile', () => {
    const { economics: _economics, ...document } = JSON.parse(
      readFileSync(join(fixtures, 'northwind.json'), 'utf8'),
    );
    const run = runCli(['score', '-', ...asOf], { input: JSON.stringify(document) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(economics did not feed the gate)');
    expect(run.stdout).toMatch(/^Economics did not feed the margin gate: .+\.$/m);
    const json = runCli(['score', '-', ...asOf, '--format', 'json'], {
      input: JSON.stringify(document),
    });
    expect(JSON.parse(json.stdout)).toMatchObject({
      economicsFedGate: false,
      alignment: { economics: null, gate: { relevance: null } },
    });
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
