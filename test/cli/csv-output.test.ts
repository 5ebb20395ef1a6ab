import { describe, expect, it } from 'vitest';
import { csvCell, renderCsv } from '../../src/cli/output/render-csv.js';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+cmd|calc', "'+1+cmd|calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['-11700', '-11700'],
    ['-0.5', '-0.5'],
    ['548300.00', '548300.00'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['plain', 'plain'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers, booleans and empty cells', () => {
    expect([csvCell(-3), csvCell(true), csvCell(null)]).toEqual(['-3', 'true', '']);
  });
});

describe('renderCsv', () => {
  it('writes a header of column keys and one neutralised line per row', () => {
    const table = {
      name: 't',
      title: 'T',
      columns: [
        { key: 'name', title: 'Name', kind: 'text' as const },
        { key: 'gap', title: 'Gap', kind: 'decimal' as const },
      ],
      rows: [
        { name: '=1+1', gap: '-11700' },
        { name: 'Acme', gap: null },
      ],
    };
    expect(renderCsv(table)).toBe("name,gap\n'=1+1,-11700\nAcme,\n");
  });
});
