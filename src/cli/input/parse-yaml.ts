import type { ScalarTag, Tags } from 'yaml';
import { inputError } from '../cli-error.js';
import type { Located, Position } from './located.js';
import type { Source } from './read-source.js';

/** Marks a YAML number that is kept as the text it was written with. */
export const yamlNumber: unique symbol = Symbol('yaml number');

/**
 * A YAML number as written: `560000.10` stays `"560000.10"`, never a binary float. `toString`
 * gives the text, so that a number used as a mapping key keeps its digits too.
 */
export interface YamlNumber {
  readonly [yamlNumber]: string;
  toString(): string;
}

/** Whether a value parsed from YAML is a number kept as its text. */
export function isYamlNumber(value: unknown): value is YamlNumber {
  return typeof value === 'object' && value !== null && yamlNumber in value;
}

function keepText(text: string): YamlNumber {
  return Object.freeze({ [yamlNumber]: text, toString: () => text });
}

const NUMBER_TAGS = new Set(['tag:yaml.org,2002:int', 'tag:yaml.org,2002:float']);

/**
 * The YAML 1.2 core schema with its int and float tags kept as they are (what is a number, what
 * is a string), but resolving each number to its source text instead of a JavaScript number.
 */
function exactNumbers(tags: Tags): Tags {
  return tags.map((tag) =>
    typeof tag === 'object' && NUMBER_TAGS.has(tag.tag) && !('collection' in tag && tag.collection)
      ? { ...(tag as ScalarTag), resolve: keepText }
      : tag,
  );
}

/**
 * Parses a YAML text (one document, YAML 1.2 core schema; the yaml package loads on the first call) into plain data in which every number
 * is a {@link YamlNumber}: the text it was written with, and a way to find the line of a path.
 * Duplicate keys, several documents, more than 100 aliases and every syntax error or warning are
 * input errors naming the line and column.
 */
export async function parseYaml(source: Source): Promise<Located> {
  const { isNode, LineCounter, parseDocument } = await import('yaml');
  const lines = new LineCounter();
  const document = parseDocument(source.text, {
    lineCounter: lines,
    version: '1.2',
    schema: 'core',
    customTags: exactNumbers,
    uniqueKeys: true,
    prettyErrors: true,
    // 'error', not 'silent': 'silent' also drops the error of a text with several documents.
    logLevel: 'error',
  });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem !== undefined) {
    const position = problem.linePos?.[0];
    const where = position === undefined ? '' : `:${position.line}:${position.col}`;
    const [headline = ''] = problem.message.split('\n');
    const what = headline.replace(/ at line \d+, column \d+:?$/, '');
    throw inputError(`${source.name}${where}: not valid YAML: ${what}`);
  }
  const locate = async (path: ReadonlyArray<string | number>): Promise<Position | undefined> => {
    for (let length = path.length; length >= 0; length--) {
      const node: unknown = document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) {
        const { line, col } = lines.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return undefined;
  };
  try {
    return { value: document.toJS({ maxAliasCount: 100 }), locate };
  } catch (error) {
    if (error instanceof RangeError) {
      throw inputError(`${source.name}: the YAML is nested too deeply to read`);
    }
    throw inputError(`${source.name}: not valid YAML: ${(error as Error).message}`);
  }
}
