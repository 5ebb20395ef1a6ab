import { describe, expect, it } from 'vitest';
import { expectGolden } from './support/golden.js';
import { runCli } from './support/run-cli.js';

describe('partner-alignment validate', () => {
  it('says each valid file is valid, YAML and JSON alike, and exits 0', async () => {
    const run = await expectGolden('validate-valid', [
      'validate',
      'northwind.yaml',
      'northwind.json',
    ]);
    expect(run.code).toBe(0);
  });

  it('lists every issue of an invalid document with its line, column and path, and exits 1', async () => {
    const run = await expectGolden('validate-invalid', [
      'validate',
      'invalid.yaml',
      'northwind.json',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout.match(/^invalid\.yaml:\d+:\d+: /gm)).toHaveLength(4);
  });

  it('names the line and column of malformed JSON and YAML, and goes on to the other files', async () => {
    const run = await expectGolden('validate-malformed', [
      'validate',
      'malformed.json',
      'malformed.yaml',
      'missing.yaml',
      'lumen.json',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('malformed.json:5:3: not valid JSON: a comma was expected');
    expect(run.stdout).toContain('lumen.json: valid');
  });

  it('reads a document from stdin with -', async () => {
    const run = await expectGolden('validate-stdin', ['validate', '-'], {
      stdin: 'northwind.yaml',
    });
    expect(run.stdout).toBe('stdin: valid\n');
  });

  it('writes the issues as JSON, CSV or Markdown', async () => {
    for (const format of ['json', 'csv', 'md']) {
      const run = await expectGolden(`validate-invalid-${format}`, [
        'validate',
        'invalid.yaml',
        'northwind.json',
        '--format',
        format,
      ]);
      expect(run.code).toBe(1);
    }
  });

  it('writes the table of files as CSV when asked', async () => {
    const run = runCli([
      'validate',
      'invalid.yaml',
      'lumen.json',
      '--format',
      'csv',
      '--table',
      'files',
    ]);
    expect(run.stdout).toBe('file,valid,issues\ninvalid.yaml,false,4\nlumen.json,true,0\n');
  });

  it('refuses stdin named twice, as a usage error', () => {
    const run = runCli(['validate', '-', '-']);
    expect([run.code, run.stderr]).toEqual([
      2,
      'standard input (-) can be read only once per command\n',
    ]);
  });
});
