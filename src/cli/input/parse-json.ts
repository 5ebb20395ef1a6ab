import type { ParseError } from 'jsonc-parser';
import { inputError } from '../cli-error.js';
import type { Located, Position } from './located.js';
import type { Source } from './read-source.js';

/** What each syntax error of JSON means, in words. */
const meanings: Readonly<Record<string, string>> = {
  InvalidSymbol:
    'unexpected characters (strings need double quotes; true, false and null are lower case)',
  InvalidNumberFormat: 'a number written in a way JSON does not accept',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected after the property name',
  CommaExpected: 'a comma was expected between two items',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the document should end here',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfComment: 'JSON has no comments',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape in a string',
  InvalidCharacter: 'a control character (such as a line break) inside a string',
};

/** The line and column (both from 1) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Parses a JSON text as `JSON.parse` does. On a syntax error, the message names the file, the
 * line and column of the first error and what was expected there (found by jsonc-parser, which
 * reports where JSON goes wrong; Node's own message does not always say). The line of a path is
 * found on demand, from jsonc-parser's tree of the same text. jsonc-parser loads only then.
 */
export async function parseJson(source: Source): Promise<Located> {
  let value: unknown;
  try {
    value = JSON.parse(source.text);
  } catch (error) {
    if (error instanceof RangeError) {
      throw inputError(`${source.name}: the JSON is nested too deeply to read`);
    }
    const { parse: parseLoosely, printParseErrorCode } = await import('jsonc-parser');
    const errors: ParseError[] = [];
    parseLoosely(source.text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
    const first = errors[0];
    const reason = (error as Error).message;
    if (first === undefined) throw inputError(`${source.name}: not valid JSON (${reason})`);
    const { line, column } = lineAndColumn(source.text, first.offset);
    const meaning = meanings[printParseErrorCode(first.error)] ?? 'not valid JSON here';
    throw inputError(`${source.name}:${line}:${column}: not valid JSON: ${meaning}`);
  }
  const locate = async (path: ReadonlyArray<string | number>): Promise<Position | undefined> => {
    const { findNodeAtLocation, parseTree } = await import('jsonc-parser');
    const root = parseTree(source.text);
    if (root === undefined) return undefined;
    for (let length = path.length; length >= 0; length--) {
      const node = findNodeAtLocation(root, path.slice(0, length));
      if (node !== undefined) return lineAndColumn(source.text, node.offset);
    }
    return undefined;
  };
  return { value, locate };
}
