import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from './support/run-cli.js';

describe('partner-alignment schema', () => {
  it("prints the package's schema.json, byte for byte", () => {
    const run = runCli(['schema']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(root, 'schema.json'), 'utf8'));
  });

  it('writes it to the --out file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'partner-alignment-cli-'));
    const run = runCli(['schema', '--out', 'partnership.schema.json'], { cwd: folder });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    expect(JSON.parse(readFileSync(join(folder, 'partnership.schema.json'), 'utf8')).title).toBe(
      'Partnership',
    );
  });
});
