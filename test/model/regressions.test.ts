// One test per defect of the untrusted-input and validation issues (11 and 12) in the document
// layer, each named after what went wrong and asserting what must hold instead.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  encodePartnership,
  type Partnership,
  parsePartnership,
  periodsBetween,
  safeParsePartnership,
  samples,
  toDecimal,
  ValidationError,
} from '../../src/index.js';
import { type Json, malformed } from './malformed-documents.js';

const northwind = (change: (document: Json) => void): Json => {
  const document = structuredClone(samples.northwindAdvisory) as unknown as Json;
  change(document);
  return document;
};
const at = (value: unknown, ...path: Array<string | number>): Json =>
  path.reduce<unknown>((inner, key) => (inner as Json)[key as string], value) as Json;

function errorOf(document: unknown): ValidationError {
  const result = safeParsePartnership(document);
  if (result.success) throw new Error('expected the document to be refused');
  return result.error;
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('issue 11: untrusted documents', () => {
  it('refuses a share of "1e99999999" with one issue and a short message, never summing it', () => {
    const error = errorOf(
      northwind((d) => (at(d, 'partner', 'archetypes', 0)['share'] = '1e99999999')),
    );
    expect(error.issues.map((issue) => issue.code)).toEqual(['decimal-out-of-range']);
    expect(error.message.length).toBeLessThan(400);
  });

  it('renders a sum that is not 1 in a few characters, whatever its digits', () => {
    const weights = { 'services-revenue': '0.00000000000000000001', 'bill-rate': '0.3' };
    const error = errorOf(
      northwind((d) => (at(d, 'partner')['motiveProfile'] = { source: 'declared', weights })),
    );
    expect(error.issues[0]?.code).toBe('sum-not-one');
    expect(error.issues[0]?.params['sum']).toBe('0.30000000000000000001');
    expect(error.message.length).toBeLessThan(400);
  });

  it.each([1e8, 1e20, -1e9])(
    'refuses a start month of %d at once, and lays out no period',
    (month) => {
      const error = errorOf(northwind((d) => (at(d, 'calendar')['startMonth'] = month)));
      expect(error.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
        [month > 0 ? 'too-big' : 'too-small', 'calendar.startMonth'],
      ]);
    },
  );

  it.each([1e9, -1e9])('refuses a week-based year end in month %d with that one issue', (month) => {
    const error = errorOf(
      northwind(
        (d) =>
          (d['calendar'] = {
            kind: 'week-based',
            id: 'fy',
            yearEnd: { month, weekday: 'friday', rule: 'nearest' },
            pattern: '5-4-4',
          }),
      ),
    );
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['calendar.yearEnd.month']);
  });

  it('counts the weeks of a 20-year horizon for custom weights as the calendar lays them out', () => {
    const calendar = {
      kind: 'week-based',
      id: 'fy',
      yearEnd: { month: 1, weekday: 'saturday', rule: 'nearest' },
      pattern: '4-5-4',
    } as const;
    const horizon = { start: '2026-07-01', end: '2046-06-30' };
    const weeks = periodsBetween(calendar, horizon.start, horizon.end, 'week').length;
    const error = errorOf(
      northwind((d) => {
        d['calendar'] = calendar;
        at(d, 'charter')['horizon'] = horizon;
        at(d, 'charter', 'objectives', 2)['horizon'] = horizon;
        at(d, 'charter', 'objectives', 2)['cascade'] = {
          granularity: 'week',
          shape: { kind: 'custom', weights: ['1', '2'] },
        };
      }),
    );
    const issue = error.issues.find((item) => item.code === 'wrong-count');
    expect(issue?.path.join('.')).toBe('charter.objectives.2.cascade.shape.weights');
    expect(issue?.params).toEqual({ count: 2, expected: weeks, granularity: 'week' });
    expect(weeks).toBeGreaterThan(1040);
  });

  it('refuses 100,000 empty goals with one issue instead of 400,000', () => {
    const error = errorOf(
      northwind((d) => (d['goals'] = Array.from({ length: 100_000 }, () => ({})))),
    );
    expect(error.issues).toHaveLength(1);
    expect(error.omittedIssues).toBe(0);
    expect(error.issues[0]?.params).toEqual({ maximum: 10_000, count: 100_000 });
    expect(error.message.length).toBeLessThan(200);
  });

  it('does not echo an unknown key of 1 MB', () => {
    const error = errorOf(northwind((d) => (d['k'.repeat(1_000_000)] = 'x')));
    expect(error.message.length).toBeLessThan(500);
    expect(JSON.stringify(error.issues).length).toBeLessThan(1_000);
  });

  it('reads a goal nested 10,000 lists deep as one wrong type, without recursion', () => {
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const error = errorOf(northwind((d) => ((d['goals'] as unknown[])[0] = deep)));
    expect(error.issues.map((issue) => [issue.code, issue.received])).toEqual([
      ['invalid-type', '[[[[[...]]]]]'],
    ]);
  });

  it('never changes the prototype of Object through a document', () => {
    const document = JSON.parse(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    );
    expect(() => parsePartnership(document)).toThrow(ValidationError);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  describe('encodePartnership', () => {
    const parsed = (): Partnership => parsePartnership(samples.northwindAdvisory);
    it.each<[string, (value: Partnership) => unknown]>([
      [
        'a target beyond the decimal bounds',
        (value) => ({
          ...value,
          charter: {
            ...value.charter,
            objectives: value.charter.objectives.map((objective) => ({
              ...objective,
              target: toDecimal('1e40'),
            })),
          },
        }),
      ],
      ['goals that are not a list', (value) => ({ ...value, goals: 'none' })],
      ['a name of 10 MB', (value) => ({ ...value, name: 'x'.repeat(10_000_000) })],
      [
        'a period of an unknown granularity',
        (value) => ({
          ...value,
          actuals: value.actuals.map((actual) => ({
            ...actual,
            period: { ...actual.period, granularity: 'decade' },
          })),
        }),
      ],
      ['a number for the partnership', () => 42],
      [
        'money without a Decimal amount',
        (value) => ({
          ...value,
          terms: {
            ...value.terms,
            funds: [
              {
                kind: 'mdf',
                amount: { amount: 5, currency: 'USD' },
                period: value.goals[0]?.period,
              },
            ],
          },
        }),
      ],
    ])('throws a ValidationError, never a ZodError or TypeError, for %s', (_name, change) => {
      const error = thrownBy(() => encodePartnership(change(parsed()) as Partnership));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.length).toBeGreaterThan(0);
      expect((error as ValidationError).message.length).toBeLessThan(2_000);
    });
  });
});

describe('issue 12: issues for screens', () => {
  it('reports a bad period key once, in words, without the regex or an undefined year', () => {
    const error = errorOf(northwind((d) => (at(d, 'goals', 0)['period'] = 'FY2027-Q5')));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.code).toBe('invalid-period-key');
    expect(error.message).not.toMatch(/regex|undefined|\^FY/);
  });

  it('blames only the opportunity for its wrong currency, never the objectives that serve it', () => {
    const error = errorOf(
      northwind((d) => (at(d, 'charter', 'opportunities', 0, 'yearlySize')['currency'] = 'EUR')),
    );
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'charter.opportunities.0.yearlySize.currency',
    ]);
  });

  it('reports 2028-02-30 once, with no follow-on horizon issues', () => {
    const error = errorOf(northwind((d) => (at(d, 'charter', 'horizon')['end'] = '2028-02-30')));
    expect(error.issues.map((issue) => issue.code)).toEqual(['invalid-date']);
  });

  it('finds a bad objective reference although the purpose is missing', () => {
    const error = errorOf(
      northwind((d) => {
        delete at(d, 'charter')['purpose'];
        at(d, 'actuals', 1)['objective'] = 'nope';
      }),
    );
    expect(error.issues.map((issue) => issue.code)).toEqual(['required', 'unknown-reference']);
  });

  it.each<[string, (d: Json) => void]>([
    ['a currency in lower case', (d) => (d['currency'] = 'usd')],
    ['an id with a space', (d) => (d['id'] = 'has space')],
    ['a decimal with a comma', (d) => (at(d, 'terms')['resaleMargin'] = '0,15')],
  ])('still runs every cross-check after %s, a check that stops its own field', (_name, change) => {
    const error = errorOf(
      northwind((d) => {
        change(d);
        at(d, 'actuals', 1)['objective'] = 'nope';
      }),
    );
    expect(error.issues).toHaveLength(2);
    expect(error.issues[1]?.code).toBe('unknown-reference');
  });

  it('refuses a USD target of "2000000.005" with the allowed precision, before any cascade', () => {
    const error = errorOf(
      northwind((d) => (at(d, 'charter', 'objectives', 0)['target'] = '2000000.005')),
    );
    expect(error.issues[0]).toMatchObject({
      code: 'too-precise',
      path: ['charter', 'objectives', 0, 'target'],
      label: 'Charter › Objective 1 › Target',
      params: { places: 2, decimals: 3 },
    });
  });

  it.each(malformed)('writes no developer jargon in the issues of %s', (_name, document) => {
    for (const issue of errorOf(document).issues) {
      const text = `${issue.message} ${issue.expected} ${issue.received}`;
      expect(text).not.toMatch(
        /\ba object\b|\ban? (?:array)\b|\bstring\b|regex|undefined|JSON Schema|Invalid input|Expected .*received/,
      );
    }
  });
});

describe('the issue codes of documents', () => {
  it('are each documented in docs/documents.md', () => {
    const root = new URL('../../', import.meta.url);
    const codes = [
      ...readFileSync(new URL('src/validation-issue.ts', root), 'utf8').matchAll(
        /^ {2}\| '([a-z-]+)'$/gm,
      ),
    ].map((match) => match[1] as string);
    const model = readdirSync(new URL('src/model/', root), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => readFileSync(new URL(`src/model/${name}`, root), 'utf8'))
      .join('\n');
    const used = codes.filter((code) => model.includes(`'${code}'`));
    const docs = readFileSync(new URL('docs/documents.md', root), 'utf8');
    const table = docs.slice(docs.indexOf('### Issue codes'), docs.indexOf('### In a report'));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((code) => !table.includes(`\`${code}\``))).toEqual([]);
  });
});
