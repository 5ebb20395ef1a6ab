import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  evaluateProgress,
  isValidationError,
  money,
  parsePeriodKey,
  toDecimal,
} from '../../src/index.js';
import { escapeHtml, escapeMarkdown } from '../../src/report/internal/escape.js';
import {
  roundForDisplay,
  toCsv,
  toDisplay,
  toHtmlTable,
  toMarkdownTable,
} from '../../src/report.js';

function issueOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (!isValidationError(error)) throw error;
    const issue = error.issues[0];
    return `${issue?.code} at ${issue?.path.join('.')}`;
  }
  return 'no error';
}

describe('roundForDisplay', () => {
  it('rounds ratios to 4 places half to even, trimmed, and money to its currency digits', () => {
    expect(roundForDisplay(toDecimal(1).dividedBy(3))).toBe('0.3333');
    expect(roundForDisplay('0.00005')).toBe('0'); // half to even: 0.0000|5 → 0.0000
    expect(roundForDisplay('0.00015')).toBe('0.0002');
    expect(roundForDisplay('-0.00001')).toBe('0');
    expect(roundForDisplay(money('2.345', 'EUR'))).toBe('2.34');
    expect(roundForDisplay(money('2.355', 'EUR'))).toBe('2.36');
    expect(roundForDisplay(money('7', 'JPY'))).toBe('7');
    expect(roundForDisplay(money('7', 'BHD'))).toBe('7.000');
    expect(roundForDisplay(money('1.5', { code: 'PTS', digits: 0 }))).toBe('2');
    expect(roundForDisplay('12345.678', { places: 0 })).toBe('12346');
  });

  it('refuses what is not a number or money', () => {
    expect([
      issueOf(() => roundForDisplay(0.1)),
      issueOf(() => roundForDisplay('NaN')),
      issueOf(() => roundForDisplay({ amount: '1', currency: 'XYZ' })),
      issueOf(() => roundForDisplay('1', { places: 21 })),
    ]).toEqual([
      'invalid-decimal at value',
      'invalid-decimal at value',
      'unknown-currency at value.currency',
      'too-big at options.places',
    ]);
  });
});

describe('toDisplay', () => {
  it('shows decimals rounded, money with its currency and periods as keys, as plain data', () => {
    const value = {
      pace: toDecimal(2).dividedBy(3),
      budget: money('1234.5', 'EUR'),
      period: parsePeriodKey(calendarYear, 'FY2027-Q3'),
      list: [toDecimal('1.23456'), null, 'text', 3, true],
      nothing: undefined,
      big: 10n,
    };
    const shown = toDisplay(value);
    expect(shown).toEqual({
      pace: '0.6667',
      budget: '1234.50 EUR',
      period: 'FY2027-Q3',
      list: ['1.2346', null, 'text', 3, true],
      big: '10',
    });
    expect(structuredClone(shown)).toEqual(shown);
    expect(toDisplay(value, { places: 1 })).toMatchObject({ pace: '0.7' });
  });

  it('shows a whole progress result readably and leaves it unchanged', () => {
    const progress = evaluateProgress(
      {
        objective: {
          id: 'deals',
          metric: { aggregation: 'sum', direction: 'increase' },
          baseline: '0',
          target: '30',
          horizon: { start: '2027-01-01', end: '2027-12-31' },
        },
        steps: [{ period: 'FY2027-Q1', target: '9' }],
      },
      [{ period: 'FY2027-Q1', value: '7' }],
      calendarYear,
      { asOf: '2027-04-30' },
    );
    const before = JSON.stringify(progress);
    const shown = toDisplay(progress) as Record<string, unknown>;
    // 7 / 9 = 0.777…: four places.
    expect(shown['pace']).toBe('0.7778');
    expect((shown['periods'] as Array<Record<string, unknown>>)[0]?.['period']).toBe('FY2027-Q1');
    expect(JSON.stringify(progress)).toBe(before);
  });

  it('stops at cycles and refuses unknown options', () => {
    const loop: Record<string, unknown> = { name: 'loop' };
    loop['self'] = loop;
    expect(toDisplay(loop)).toEqual({ name: 'loop', self: '[circular]' });
    expect(issueOf(() => toDisplay(1, { digits: 2 } as never))).toBe(
      'unknown-field at options.digits',
    );
  });
});

describe('toCsv, toMarkdownTable and toHtmlTable', () => {
  const rows = [
    { period: 'FY2027-Q1', target: 6, note: 'a, "b"', done: true },
    { period: 'FY2027-Q2', target: null, note: '=1+1', extra: -2.5 },
  ];

  it('write every column in the order first seen, null as an empty cell', () => {
    expect(toCsv(rows)).toBe(
      'period,target,note,done,extra\r\nFY2027-Q1,6,"a, ""b""",true,\r\nFY2027-Q2,,\'=1+1,,-2.5\r\n',
    );
    expect(toCsv(rows, { separator: ';', columns: ['note', 'target'] })).toBe(
      'note;target\r\n"a, ""b""";6\r\n\'=1+1;\r\n',
    );
    expect(toMarkdownTable(rows, { columns: ['period', 'target'] })).toBe(
      '| period | target |\n| --- | ---: |\n| FY2027-Q1 | 6 |\n| FY2027-Q2 |  |\n',
    );
    expect(toHtmlTable([{ a: '<b>', n: 1 }])).toBe(
      '<table><thead><tr><th>a</th><th style="text-align:right">n</th></tr></thead><tbody><tr><td>&lt;b&gt;</td><td style="text-align:right">1</td></tr></tbody></table>',
    );
  });

  it('refuse rows that are not flat', () => {
    expect([
      issueOf(() => toCsv('rows' as never)),
      issueOf(() => toCsv([{ a: { b: 1 } }])),
      issueOf(() => toMarkdownTable([{ a: Number.NaN }])),
      issueOf(() => toHtmlTable([1] as never)),
      issueOf(() => toCsv(rows, { separator: '|' } as never)),
    ]).toEqual([
      'invalid-type at rows',
      'invalid-type at rows.0.a',
      'invalid-type at rows.0.a',
      'invalid-type at rows.0',
      'invalid-value at options.separator',
    ]);
  });
});

describe('escaping', () => {
  it('writes HTML text and attribute values as entities, on one line', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\n</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp; &lt;/a&gt;',
    );
  });

  it('escapes every Markdown character that starts markup, and blocks at the start', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) *a* _b_ `c` <d> | # ! ~ & @')).toBe(
      '\\[x\\](javascript\\:alert(1)) \\*a\\* \\_b\\_ \\`c\\` \\<d\\> \\| \\# \\! \\~ \\& \\@',
    );
    expect([
      escapeMarkdown('- item'),
      escapeMarkdown('+1'),
      escapeMarkdown('12. x'),
      escapeMarkdown('a\nb'),
    ]).toEqual(['\\- item', '\\+1', '12\\. x', 'a b']);
  });
});
