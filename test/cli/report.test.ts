import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './support/golden.js';
import { fixtures, runCli } from './support/run-cli.js';

const asOf = ['--as-of', '2026-11-15'];

describe('partner-alignment report', () => {
  it('writes the one-page review as Markdown to stdout by default', async () => {
    const run = await expectGolden('report-md', ['report', 'northwind.yaml', ...asOf]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split('\n')[0]).toBe('# Stratus Cloud × Northwind Advisory');
  });

  it('writes self-contained HTML with its charts to the --out file, the format from its extension', () => {
    const folder = mkdtempSync(join(tmpdir(), 'partner-alignment-report-'));
    const out = join(folder, 'review.html');
    const run = runCli(['report', join(fixtures, 'lumen.json'), ...asOf, '--out', out]);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<title>Stratus Cloud × Lumen Field Software');
    expect(html).toContain('<svg');
    expect(html).not.toContain('<script');
  });

  it('reads actuals from a CSV export, and writes dates in the --locale', () => {
    const run = runCli([
      'report',
      'northwind.yaml',
      ...asOf,
      '--actuals',
      'actuals.csv',
      '--locale',
      'de-DE',
      '--format',
      'md',
    ]);
    expect(run.code).toBe(0);
    // date-fns's German locale: "15. Nov. 2026".
    expect(run.stdout.split('\n')[2]).toContain('15. Nov. 2026');
  });

  it('refuses a format other than md and html, and a locale that is not a tag, with exit code 2', () => {
    const format = runCli(['report', 'northwind.yaml', ...asOf, '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Allowed choices are md, html');
    const locale = runCli(['report', 'northwind.yaml', ...asOf, '--locale', 'not a locale']);
    expect([locale.code, locale.stderr]).toEqual([
      2,
      '--locale not a locale: not a locale tag; expected one such as en-US or de-DE\n',
    ]);
  });
});
