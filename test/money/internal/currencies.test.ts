import { describe, expect, it } from 'vitest';
import { defineCurrency, money } from '../../../src/index.js';
import { issueOf } from '../../issue-of.js';

/** The code, path, message and expected value of the issue a definition is refused with. */
const refusal = (definition: unknown) => {
  const issue = issueOf(() => defineCurrency(definition as never));
  return [issue.code, issue.path.join('.'), issue.message, issue.expected];
};

describe('a declared currency code', () => {
  it('is refused with what a code looks like, whether missing, mistyped or misspelt', () => {
    expect(refusal({ digits: 0 })).toMatchInlineSnapshot(`
      [
        "required",
        "definition.code",
        "Expected a currency code, received nothing",
        "a code such as "PTS" or "CREDITS"",
      ]
    `);
    expect(refusal({ code: 7, digits: 0 })).toMatchInlineSnapshot(`
      [
        "invalid-type",
        "definition.code",
        "Expected a currency code, received a number",
        "a code such as "PTS" or "CREDITS"",
      ]
    `);
    expect(refusal({ code: 'pts', digits: 0 })).toMatchInlineSnapshot(`
      [
        "invalid-format",
        "definition.code",
        "A declared currency code has 3 to 12 uppercase letters or digits, a letter first",
        "a code such as "PTS" or "CREDITS"",
      ]
    `);
  });

  it('is refused when it only reads like a code once written as a string, such as ["PTS"]', () => {
    expect(refusal({ code: ['PTS'], digits: 0 }).slice(0, 2)).toEqual([
      'invalid-type',
      'definition.code',
    ]);
  });

  it('is refused when ISO 4217 lists it with a minor unit, with that unit in the params', () => {
    const issue = issueOf(() => defineCurrency({ code: 'JPY', digits: 2 }));
    expect([issue.code, issue.expected, issue.params]).toEqual([
      'invalid-argument',
      'a code ISO 4217 does not list with a minor unit',
      { code: 'JPY', digits: 0 },
    ]);
  });
});

describe('a currency definition with an unknown field', () => {
  it('names the field, cut to 40 characters, and says which fields there are', () => {
    const issue = issueOf(() =>
      defineCurrency({ code: 'PTS', digits: 0, ['x'.repeat(50)]: true } as never),
    );
    expect([issue.message, issue.expected]).toEqual([
      `Unknown field "${'x'.repeat(40)}" of a currency definition`,
      'only code and digits',
    ]);
  });
});

describe('an unknown currency code', () => {
  it('is called lowercase only when its uppercase is an ISO code', () => {
    const message = (code: string) => issueOf(() => money('1', code as never)).message;
    expect(message('eur')).toBe('Currency code must be uppercase');
    expect(message('xyz')).toBe('Unknown currency code');
    // The long s (U+017F) upper-cases to S: "ſEK" becomes SEK, yet it is no spelling of a code.
    expect(message('\u017fEK')).toBe('Unknown currency code');
  });
});
