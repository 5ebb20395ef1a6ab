/**
 * Where a portfolio comes from: a directory of documents, an NDJSON file (one JSON document per
 * line), or standard input (`-`, NDJSON). Each is read as a stream of items, one document at a
 * time, so that a portfolio larger than memory is analysed; the source says how far it has read
 * for the progress bar.
 *
 * @module
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { PortfolioItem } from '../../index.js';
import { inputError, isCliError } from '../cli-error.js';
import type { DocumentReader } from '../input/read-document.js';
import { readSource } from '../input/read-source.js';

/** A document of a directory that could not be read or parsed: it is listed with the errors. */
export interface UnreadableDocument {
  readonly id: string;
  readonly message: string;
}

/** A portfolio being read. */
export interface PortfolioSource {
  /** How messages and the progress bar name it. */
  readonly name: string;
  /** The items, read as they are asked for. */
  readonly items: AsyncIterable<PortfolioItem>;
  /** The documents of a directory that could not be read, as they are met. */
  readonly unreadable: UnreadableDocument[];
  /** How much of the source has been read, from 0 to 1; `null` when unknown (stdin). */
  readonly fraction: () => number | null;
}

/** The extensions of the documents a directory holds. */
const documentExtensions = new Set(['.json', '.yaml', '.yml']);

/** The lines of a stream, each with its number, blank lines skipped. */
async function* ndjsonItems(
  input: NodeJS.ReadableStream,
  name: string,
): AsyncGenerator<PortfolioItem> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim() === '') continue;
    yield { id: `${name}:${number}`, document: line };
  }
}

/** An NDJSON file, its progress measured by the bytes read. */
function ndjsonFile(path: string, size: number): PortfolioSource {
  let stream: ReadStream | undefined;
  const items = {
    [Symbol.asyncIterator]: () => {
      stream = createReadStream(path);
      return ndjsonItems(stream, basename(path))[Symbol.asyncIterator]();
    },
  };
  return {
    name: path,
    items,
    unreadable: [],
    fraction: () => (size === 0 ? 1 : Math.min(1, (stream?.bytesRead ?? 0) / size)),
  };
}

/** The documents of a directory (`.json`, `.yaml`, `.yml`, not in sub-directories), by name. */
async function directory(path: string, reader: DocumentReader): Promise<PortfolioSource> {
  const files = (await readdir(path, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && documentExtensions.has(extname(entry.name).toLowerCase()))
    .map((entry) => entry.name)
    .sort();
  let done = 0;
  const unreadable: UnreadableDocument[] = [];
  async function* items(): AsyncGenerator<PortfolioItem> {
    for (const file of files) {
      try {
        const document = await reader.parse(await readSource(join(path, file)));
        yield { id: file, document: document.json as PortfolioItem['document'] };
      } catch (error) {
        if (!isCliError(error)) throw error;
        unreadable.push({ id: file, message: error.message });
      } finally {
        done += 1;
      }
    }
  }
  return {
    name: path,
    items: items(),
    unreadable,
    fraction: () => (files.length === 0 ? 1 : done / files.length),
  };
}

/**
 * Opens a portfolio: `-` is NDJSON on standard input, a directory its documents, any other path
 * an NDJSON file. A path that does not exist is an input error.
 */
export async function openPortfolio(
  path: string,
  reader: DocumentReader,
): Promise<PortfolioSource> {
  if (path === '-') {
    return {
      name: 'stdin',
      items: ndjsonItems(process.stdin, 'stdin'),
      unreadable: [],
      fraction: () => null,
    };
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw inputError(
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file or directory' : String(code)}`,
    );
  }
  if (info.isDirectory()) return directory(path, reader);
  return ndjsonFile(path, info.size);
}
