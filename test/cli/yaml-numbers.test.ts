/**
 * YAML numbers are read from their text, never through a binary float: the reader's own modules,
 * tested directly (they need no build), and end to end through the built bin.
 */
import { describe, expect, it } from 'vitest';
import { decimalText, toDocumentJson } from '../../src/cli/input/exact-numbers.js';
import { parseYaml } from '../../src/cli/input/parse-yaml.js';
import { toJSONSchema } from '../../src/index.js';
import { runCli } from './support/run-cli.js';

const schema = toJSONSchema();
const yaml = async (text: string) =>
  toDocumentJson((await parseYaml({ name: 'test.yaml', extension: '.yaml', text })).value, schema);

describe('decimalText', () => {
  it.each([
    ['560000.10', '560000.10'],
    ['1e3', '1e3'],
    ['-0.5', '-0.5'],
    ['.5', '0.5'],
    ['-.5e3', '-0.5e3'],
    ['5.', '5'],
    ['+12', '12'],
    ['007', '7'],
    ['-0', '0'],
    ['0x10', '16'],
    ['0o17', '15'],
    ['12345678901234567890123', '12345678901234567890123'],
    ['0.1000000000000000055511151231257827', '0.1000000000000000055511151231257827'],
    ['.inf', '.inf'],
    ['.nan', '.nan'],
  ])('reads %s as %s', (text, expected) => {
    expect(decimalText(text)).toBe(expected);
  });
});

describe('YAML documents', () => {
  it('turns numbers into exact decimal strings where the document takes decimals', async () => {
    const json = (await yaml(
      'goals:\n  - { objective: a, period: FY2027-Q1, target: 560000.10 }\n  - { objective: a, period: FY2027-Q2, target: 1e3 }\nterms: { tier: x, resaleMargin: .15, benchmarkMargin: 0x10 }\nactuals: [{ objective: a, period: FY2027-Q1, value: -0.5 }]\n',
    )) as Record<string, unknown>;
    expect(json).toEqual({
      goals: [
        { objective: 'a', period: 'FY2027-Q1', target: '560000.10' },
        { objective: 'a', period: 'FY2027-Q2', target: '1e3' },
      ],
      terms: { tier: 'x', resaleMargin: '0.15', benchmarkMargin: '16' },
      actuals: [{ objective: 'a', period: 'FY2027-Q1', value: '-0.5' }],
    });
  });

  it('keeps JSON numbers where the document takes numbers, through unions and references', async () => {
    const json = await yaml(
      'schemaVersion: 1\ncalendar: { kind: week-based, id: w, yearEnd: { month: 0x1, weekday: saturday, rule: nearest }, pattern: 4-5-4 }\ncharter:\n  reviewCadences: [{ id: q, kind: business, name: Q, frequency: quarterly, dueWithinDays: 30 }]\n  objectives: [{ metric: { precision: 1 } }]\n',
    );
    expect(json).toEqual({
      schemaVersion: 1,
      calendar: {
        kind: 'week-based',
        id: 'w',
        yearEnd: { month: 1, weekday: 'saturday', rule: 'nearest' },
        pattern: '4-5-4',
      },
      charter: {
        reviewCadences: [
          { id: 'q', kind: 'business', name: 'Q', frequency: 'quarterly', dueWithinDays: 30 },
        ],
        objectives: [{ metric: { precision: 1 } }],
      },
    });
  });

  it('leaves strings, booleans, nulls and dates as YAML 1.2 reads them', async () => {
    expect(await yaml('name: "12.50"\nid: 2027-01-01\nx: true\ny: ~\nz: yes\n')).toEqual({
      name: '12.50',
      id: '2027-01-01',
      x: true,
      y: null,
      z: 'yes',
    });
  });

  it('keeps the digits of a number used as a key, and a __proto__ key as a key', async () => {
    const json = (await yaml('weights: { 1.50: a }\n__proto__: { polluted: true }\n')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(json['weights'] as object)).toEqual(['1.50']);
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
    expect(Object.keys(json)).toEqual(['weights', '__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses duplicate keys, several documents and too many aliases, naming the line', async () => {
    await expect(yaml('a: 1\na: 2\n')).rejects.toThrow(
      'test.yaml:2:1: not valid YAML: Map keys must be unique',
    );
    await expect(yaml('a: 1\n---\nb: 2\n')).rejects.toThrow(
      /^test\.yaml:2:1: not valid YAML: Source contains multiple documents/,
    );
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    await expect(yaml(`${bomb.join('\n')}\n`)).rejects.toThrow(/not valid YAML: .*alias/i);
  });
});

describe('the built bin on YAML', () => {
  it('reads an unquoted 560000.10 as exactly 560000.10', () => {
    const document = runCli(['init', '--start', '2026-07-01', '--start-month', '7']).stdout.replace(
      'target: "300000.00" # the cascade',
      'target: 300000.10 # the cascade',
    );
    const run = runCli(
      ['progress', '-', '--as-of', '2026-11-15', '--format', 'csv', '--table', 'periods'],
      {
        input: document,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[1]).toBe('services-revenue,FY2027-Q1,completed,300000.1,,');
  });
});
