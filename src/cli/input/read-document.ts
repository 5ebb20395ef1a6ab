import type { Library } from '../library.js';
import { toDocumentJson } from './exact-numbers.js';
import type { Position } from './located.js';
import { parseJson } from './parse-json.js';
import { parseYaml } from './parse-yaml.js';
import { readSource, type Source } from './read-source.js';

/** A document read from a file or stdin, as the JSON the library parses. */
export interface ReadDocument {
  readonly source: Source;
  readonly json: unknown;
  /** Where a path of the document was written (or its nearest written parent). */
  readonly locate: (path: ReadonlyArray<string | number>) => Promise<Position | undefined>;
}

/** Reads documents: JSON or YAML, with YAML numbers read exactly. */
export interface DocumentReader {
  /** Parses a text already read. */
  readonly parse: (source: Source) => Promise<ReadDocument>;
  /** Reads and parses a file, or stdin for `-`. */
  readonly read: (path: string) => Promise<ReadDocument>;
}

/** Whether a text is JSON rather than YAML: `.json`, or for stdin and other names, a leading `{` or `[`. */
function isJson(source: Source): boolean {
  if (source.extension === '.json') return true;
  if (source.extension === '.yaml' || source.extension === '.yml') return false;
  return /^\s*[{[]/.test(source.text);
}

/**
 * A reader of partnership documents: JSON (`.json`, or text starting with `{` or `[`) or YAML
 * (`.yaml`, `.yml`, anything else), YAML numbers turned into decimal strings or numbers as the
 * document's JSON Schema says (computed once per reader, when the first YAML text comes).
 */
export function documentReader(library: Library): DocumentReader {
  let schema: Record<string, unknown> | undefined;
  const parse = async (source: Source): Promise<ReadDocument> => {
    if (isJson(source)) {
      const { value, locate } = await parseJson(source);
      return { source, json: value, locate };
    }
    const { value, locate } = await parseYaml(source);
    schema ??= library.toJSONSchema();
    return { source, json: toDocumentJson(value, schema), locate };
  };
  return { parse, read: async (path) => parse(await readSource(path)) };
}
