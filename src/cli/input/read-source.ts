import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { inputError, usageError } from '../cli-error.js';

/** A text read from a file or from standard input. */
export interface Source {
  /** How messages name it: the path as given, or `stdin`. */
  readonly name: string;
  /** The extension in lower case (`.yaml`), empty for stdin and for names without one. */
  readonly extension: string;
  /** The text, without a byte-order mark. */
  readonly text: string;
}

/** The largest input read: far above any partnership document or CSV export of actuals. */
export const maxInputBytes = 64 * 1024 * 1024;

const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
};

function tooLarge(name: string): Error {
  return inputError(
    `cannot read ${name}: larger than ${maxInputBytes / 1024 / 1024} MB, the most this command reads`,
  );
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxInputBytes) throw tooLarge('stdin');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Refuses a command line that names standard input (`-`) more than once: it can be read once. */
export function checkStdinOnce(paths: ReadonlyArray<string | undefined>): void {
  if (paths.filter((path) => path === '-').length > 1) {
    throw usageError('standard input (-) can be read only once per command');
  }
}

/**
 * Reads a file, or standard input for `-`. A file that is missing, unreadable, a directory or too
 * large is an input error naming the file.
 */
export async function readSource(path: string): Promise<Source> {
  let text: string;
  if (path === '-') {
    text = await readStdin();
  } else {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
      if (info.size > maxInputBytes) throw tooLarge(path);
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code !== 'string') throw error;
      throw inputError(`cannot read ${path}: ${reasons[code] ?? code}`);
    }
  }
  return {
    name: path === '-' ? 'stdin' : path,
    extension: path === '-' ? '' : extname(path).toLowerCase(),
    text: text.startsWith('\uFEFF') ? text.slice(1) : text,
  };
}
