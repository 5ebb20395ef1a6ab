import { describe, expect, it } from 'vitest';
import { formatMoney, money } from '../../src/index.js';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatMoney', () => {
  it.each([
    ['1234567.5', 'EUR', undefined, '€1,234,567.50'],
    ['0.125', 'EUR', { display: 'code' }, 'EUR 0.125'],
    ['-3', 'JPY', { display: 'name' }, '-3 Japanese yen'],
    ['1.5', 'KWD', { display: 'code' }, 'KWD 1.500'],
    ['1234.5', 'EUR', { locale: 'de-DE' }, '1.234,50 €'],
    ['12345678901234567890.12345678', 'USD', undefined, '$12,345,678,901,234,567,890.12345678'],
  ] as const)('formats %s %s with %j as %s', (amount, currency, options, formatted) => {
    expect(plain(formatMoney(money(amount, currency), options))).toBe(formatted);
  });
});
