import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './support/golden.js';
import { fixtures, runCli } from './support/run-cli.js';

const asOf = ['--as-of', '2026-11-15'];

describe('partner-alignment progress', () => {
  it('tells where each objective stands on the date, with the actuals of the document', async () => {
    const run = await expectGolden('progress-table', ['progress', 'northwind.yaml', ...asOf]);
    expect(run.code).toBe(0);
  });

  it('reads actuals from a CSV export: dated deals add up, a CSV actual replaces the document one', async () => {
    const run = await expectGolden('progress-actuals-csv', [
      'progress',
      'northwind.yaml',
      '--actuals',
      'actuals.csv',
      ...asOf,
    ]);
    expect(run.code).toBe(0);
    // 212000.00 + 98500.50 in FY2027-Q2, from two dated rows.
    expect(run.stdout).toMatch(/services-revenue\s+FY2027-Q2\s+current\s+640,000\s+310,500\.5\s/);
  });

  it('reports every bad row of the CSV with its line, and reads no actual from it', async () => {
    const run = await expectGolden('progress-bad-csv', [
      'progress',
      'northwind.yaml',
      '--actuals',
      'bad-actuals.csv',
      ...asOf,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('writes JSON, each table as CSV, and Markdown', async () => {
    await expectGolden('progress-json', [
      'progress',
      'northwind.json',
      ...asOf,
      '--format',
      'json',
    ]);
    for (const table of ['objectives', 'periods', 'findings']) {
      await expectGolden(`progress-csv-${table}`, [
        'progress',
        'northwind.json',
        ...asOf,
        '--format',
        'csv',
        '--table',
        table,
      ]);
    }
    await expectGolden('progress-md', ['progress', 'northwind.json', ...asOf, '--format', 'md']);
  });

  it('reads the document from stdin and the actuals from a file', () => {
    const input = readFileSync(join(fixtures, 'northwind.yaml'), 'utf8');
    const run = runCli(['progress', '-', '--actuals', 'actuals.csv', ...asOf, '--format', 'csv'], {
      input,
    });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'objective,status,pace,expectedToDate,actualToDate,attainment,straightLine,forecast,missing',
    );
  });

  it('refuses a date it cannot read and an unknown time zone, as usage errors', () => {
    const date = runCli(['progress', 'northwind.json', '--as-of', '15.11.2026']);
    expect([date.code, date.stderr]).toEqual([
      2,
      '--as-of 15.11.2026: not a date; expected a date written YYYY-MM-DD, such as 2026-11-15\n',
    ]);
    const zone = runCli(['progress', 'northwind.json', '--tz', 'Mars/Olympus']);
    expect([zone.code, zone.stderr]).toEqual([
      2,
      '--tz Mars/Olympus: not a time zone; expected an IANA name such as Europe/Berlin\n',
    ]);
  });

  it('measures at today in --tz when --as-of is not given', () => {
    const run = runCli([
      'progress',
      'northwind.json',
      '--tz',
      'Pacific/Kiritimati',
      '--format',
      'json',
    ]);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(
      new Date(),
    );
    expect(JSON.parse(run.stdout).asOf).toBe(today);
  });
});
