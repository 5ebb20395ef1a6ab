import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './support/golden.js';
import { runCli } from './support/run-cli.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'partner-alignment-init-'));
const archetypes = [
  'consulting',
  'solution-provider',
  'reseller',
  'msp',
  'distributor',
  'referral',
];
const calendars = ['month', '4-4-5', '4-5-4', '5-4-4'];

describe('partner-alignment init', () => {
  it('writes a commented YAML starter for the archetype and calendar of its flags', async () => {
    const run = await expectGolden('init-consulting', [
      'init',
      '--archetype',
      'consulting',
      '--start-month',
      '7',
      '--start',
      '2026-07-01',
      '--vendor',
      'Stratus Cloud',
      '--partner',
      'Northwind Advisory',
    ]);
    expect(run.code).toBe(0);
  });

  it('writes a starter that validates as written, for every archetype and every calendar', () => {
    const folder = scratch();
    // Each archetype once, the four calendars and four currencies (2, 2, 0 and 3 decimals) in turn.
    const files = archetypes.map((archetype, i) => {
      const calendar = calendars[i % 4] as string;
      const file = `${archetype}-${calendar}.yaml`;
      const currency = ['USD', 'EUR', 'JPY', 'KWD'][i % 4] as string;
      const flags = [
        '--calendar',
        calendar,
        '--start-month',
        String(i * 2 + 1),
        '--currency',
        currency,
      ];
      const run = runCli(
        ['init', '--archetype', archetype, ...flags, '--start', '2027-03-15', '--out', file],
        { cwd: folder },
      );
      expect([file, run.code, run.stderr]).toEqual([file, 0, '']);
      return file;
    });
    const run = runCli(['validate', ...files, '--format', 'csv', '--table', 'files'], {
      cwd: folder,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n').slice(1)).toEqual(files.map((file) => `${file},true,0`));
  });

  it('starts the horizon at the start of the current fiscal year by default', () => {
    const run = runCli(['init', '--start-month', '1']);
    const year = new Date().getUTCFullYear();
    expect(run.stdout).toContain(`horizon: { start: ${year}-01-01, end: ${year + 2}-12-31 }`);
  });

  it('refuses to overwrite a file unless --force is given', () => {
    const folder = scratch();
    writeFileSync(join(folder, 'plan.yaml'), 'mine\n');
    const refused = runCli(['init', '--out', 'plan.yaml'], { cwd: folder });
    expect([refused.code, refused.stderr]).toEqual([
      1,
      'plan.yaml exists already; pass --force to overwrite it\n',
    ]);
    expect(readFileSync(join(folder, 'plan.yaml'), 'utf8')).toBe('mine\n');
    const forced = runCli(['init', '--out', 'plan.yaml', '--force'], { cwd: folder });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(folder, 'plan.yaml'), 'utf8')).toContain('schemaVersion: 1');
  });

  it('refuses flags it cannot use, as usage errors', () => {
    const cases = [
      [
        ['--currency', 'usd'],
        '--currency usd: not an ISO 4217 currency code; expected one such as USD or EUR',
      ],
      [['--start-month', '13'], '--start-month 13: expected a whole number from 1 to 12'],
      [
        ['--start', '1.7.2026'],
        '--start 1.7.2026: expected a date written YYYY-MM-DD, such as 2026-07-01, with the horizon ending before 2199',
      ],
      [['--years', '0'], '--years 0: expected a whole number from 1 to 20'],
    ] as const;
    for (const [flags, message] of cases) {
      const run = runCli(['init', ...flags]);
      expect([run.code, run.stderr]).toEqual([2, `${message}\n`]);
    }
    const archetype = runCli(['init', '--archetype', 'isv']);
    expect(archetype.code).toBe(2);
    expect(archetype.stderr).toContain(
      "error: option '--archetype <archetype>' argument 'isv' is invalid",
    );
  });
});
