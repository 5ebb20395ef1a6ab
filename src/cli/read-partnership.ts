import type { Partnership, ValidationError, ValidationIssue } from '../index.js';
import { inputError } from './cli-error.js';
import type { DocumentReader, ReadDocument } from './input/read-document.js';
import type { Library } from './library.js';

/** One issue of a document, with where it was written when the text says. */
export interface LocatedIssue extends ValidationIssue {
  readonly line: number | null;
  readonly column: number | null;
}

/** The issues of a validation error, each with the line and column of its path in the document. */
export async function locateIssues(
  document: ReadDocument,
  error: ValidationError,
): Promise<ReadonlyArray<LocatedIssue>> {
  const located: LocatedIssue[] = [];
  for (const issue of error.issues) {
    const position = await document.locate(issue.path);
    located.push({ ...issue, line: position?.line ?? null, column: position?.column ?? null });
  }
  return located;
}

/**
 * A validation error as lines a person can act on: the file and its summary, then per issue the
 * file, line and column, where in the document (label and path), what is wrong, what was received
 * and what is accepted.
 */
export async function describeIssues(
  document: ReadDocument,
  error: ValidationError,
  library: Library,
): Promise<string> {
  const name = document.source.name;
  const lines = [`${name}: ${error.message.split('\n')[0] ?? ''}`];
  for (const issue of await locateIssues(document, error)) {
    const where = issue.line === null ? name : `${name}:${issue.line}:${issue.column}`;
    lines.push(`${where}: ${issue.label}: ${issue.message}`);
    lines.push(
      `  at ${library.formatIssuePath(issue.path)}; received ${issue.received}; expected ${issue.expected}`,
    );
  }
  if (error.omittedIssues > 0) lines.push(`... and ${error.omittedIssues} more`);
  return lines.join('\n');
}

/** A partnership read from a file or stdin and parsed. */
export interface ReadPartnership {
  readonly document: ReadDocument;
  readonly partnership: Partnership;
}

/** Reads and parses a partnership document; an invalid one is an input error listing its issues. */
export async function readPartnership(
  path: string,
  reader: DocumentReader,
  library: Library,
): Promise<ReadPartnership> {
  const document = await reader.read(path);
  const result = library.safeParsePartnership(document.json);
  if (!result.success) throw inputError(await describeIssues(document, result.error, library));
  return { document, partnership: result.data };
}
