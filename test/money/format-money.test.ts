import { describe, expect, it } from 'vitest';
import { formatMoney, isValidationError, money } from '../../src/index.js';

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

  it('writes the digits past the 20 that Intl takes as they are, without rounding the 20th', () => {
    // 21 decimals: Intl rounding all of them to 20 would turn ...019 into ...02.
    expect(formatMoney(money('0.000000000000000000019', 'EUR'))).toBe('€0.000000000000000000019');
    expect(formatMoney(money('-7.123456789012345678905', 'USD'))).toBe('-$7.123456789012345678905');
  });

  it('writes the digits past 20 in the digits of the locale', () => {
    const text = formatMoney(money('1.0000000000000000000123', 'EUR'), {
      locale: 'ar-EG',
      display: 'code',
    });
    // Arabic-Indic digits (U+0660 to U+0669) throughout, the three past the 20th included.
    expect(text).not.toMatch(/[0-9]/);
    const ascii = text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
    expect(ascii).toContain('1\u066b0000000000000000000123');
  });

  it('names itself, the option and what a locale looks like when the locale is wrong', () => {
    const issueOf = (locale: unknown) => {
      try {
        formatMoney(money('1', 'EUR'), { locale: locale as string });
      } catch (error) {
        if (!isValidationError(error)) throw error;
        const [issue] = error.issues;
        return [error.message.split(':')[0], issue?.code, issue?.path.join('.'), issue?.expected];
      }
      throw new Error('expected a ValidationError');
    };
    expect(issueOf(5)).toEqual([
      'Invalid arguments to formatMoney',
      'invalid-type',
      'options.locale',
      'a BCP 47 locale such as "de-DE"',
    ]);
    expect(issueOf('no such locale')).toEqual([
      'Invalid arguments to formatMoney',
      'invalid-format',
      'options.locale',
      'a BCP 47 locale such as "en", "de-DE" or "pt-BR"',
    ]);
  });
});
