import { describe, expect, it } from 'vitest';
import { expectGolden } from './support/golden.js';
import { runCli } from './support/run-cli.js';

describe('partner-alignment plan', () => {
  it("cascades each objective by its own spec, as a table in the locale's numbers and dates", async () => {
    const run = await expectGolden('plan-table', ['plan', 'northwind.yaml']);
    expect(run.code).toBe(0);
  });

  it('writes the steps as JSON, CSV and Markdown', async () => {
    const objective = ['--objective', 'new-deals', 'resale-arr'];
    for (const format of ['json', 'csv', 'md']) {
      await expectGolden(`plan-${format}`, [
        'plan',
        'northwind.yaml',
        ...objective,
        '--format',
        format,
      ]);
    }
  });

  it('reads unquoted YAML numbers exactly: the YAML and JSON documents give the same plan', () => {
    const yaml = runCli(['plan', 'northwind.yaml', '--format', 'json']);
    const json = runCli(['plan', 'northwind.json', '--format', 'json']);
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toBe(json.stdout);
  });

  it('overrides the granularity and the shape of the objectives', async () => {
    await expectGolden('plan-half-even', [
      'plan',
      'northwind.json',
      '--objective',
      'new-deals',
      '--granularity',
      'half',
      '--shape',
      'even',
      '--locale',
      'de-DE',
    ]);
  });

  it('takes a shape as JSON', () => {
    const shape = '{"kind":"linear","from":"1","to":"3"}';
    const run = runCli([
      'plan',
      'northwind.json',
      '--objective',
      'new-deals',
      '--shape',
      shape,
      '--format',
      'csv',
    ]);
    expect(run.code).toBe(0);
    // 90 deals over 12 quarters weighted 1 to 3 (the weights sum to 24): the first step is
    // 90 × 1/24 = 3.75, which rounds to 4.
    expect(run.stdout.split('\n')[1]).toBe(
      'new-deals,FY2027-Q1,2026-07-01,2026-09-30,92,4,4,0.0416666667',
    );
  });

  it('writes the table --table names as CSV', () => {
    const run = runCli(['plan', 'northwind.json', '--format', 'csv', '--table', 'objectives']);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      'objective,kind,baseline,target,granularity,shape,steps',
      'services-revenue,flow,2400000.00,12000000.00,quarter,linear,12',
    ]);
  });

  it('says which objective lacks a granularity, and how to plan anyway', async () => {
    const run = await expectGolden('plan-no-granularity', ['plan', 'lumen.json']);
    expect(run.code).toBe(1);
  });

  it('refuses an unknown objective, a bad granularity and a bad shape as usage errors', async () => {
    const unknown = await expectGolden('plan-unknown-objective', [
      'plan',
      'northwind.json',
      '--objective',
      'new-deal',
    ]);
    expect(unknown.code).toBe(2);
    const granularity = runCli(['plan', 'northwind.json', '--granularity', 'day']);
    expect(granularity.code).toBe(2);
    expect(granularity.stderr).toContain(
      "argument 'day' is invalid. Allowed choices are year, half, quarter, month, week.",
    );
    const shape = await expectGolden('plan-bad-shape', [
      'plan',
      'northwind.json',
      '--shape',
      'spiral',
    ]);
    expect(shape.code).toBe(2);
  });
});
