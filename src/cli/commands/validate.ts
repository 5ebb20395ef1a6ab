import type { Command } from 'commander';
import { isCliError, reportedFailure } from '../cli-error.js';
import { readOutputOptions, withOutputOptions } from '../common-options.js';
import { type DocumentReader, documentReader } from '../input/read-document.js';
import { checkStdinOnce } from '../input/read-source.js';
import { type Library, loadLibrary } from '../library.js';
import { type Cell, column } from '../output/command-output.js';
import { writeOutput } from '../output/write-output.js';
import { describeIssues, type LocatedIssue, locateIssues } from '../read-partnership.js';

/** What validate found in one file. */
interface FileResult {
  readonly file: string;
  readonly valid: boolean;
  /** Why the file could not be read or parsed, when it could not. */
  readonly error: string | null;
  readonly issues: ReadonlyArray<LocatedIssue>;
  /** The lines the table format prints for it. */
  readonly text: string;
}

async function validateFile(
  path: string,
  library: Library,
  reader: DocumentReader,
): Promise<FileResult> {
  const file = path === '-' ? 'stdin' : path;
  try {
    const document = await reader.read(path);
    const result = library.safeParsePartnership(document.json);
    if (result.success)
      return { file, valid: true, error: null, issues: [], text: `${file}: valid` };
    return {
      file,
      valid: false,
      error: null,
      issues: await locateIssues(document, result.error),
      text: await describeIssues(document, result.error, library),
    };
  } catch (error) {
    if (!isCliError(error) || error.exitCode !== 1) throw error;
    return { file, valid: false, error: error.message, issues: [], text: error.message };
  }
}

/** `validate <files…>`: every issue of every file, exit 1 when any is invalid. */
export function registerValidate(program: Command): void {
  const command = program
    .command('validate')
    .argument('<files...>', 'partnership documents: JSON or YAML files, or - for stdin')
    .summary('check partnership documents and list every issue')
    .description(
      'Check partnership documents (JSON or YAML) and list every issue of every file: where it is (line, column and path), what is wrong, what was received and what would be accepted. Exits with code 1 when any file is invalid.',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ partner-alignment validate northwind.yaml lumen.json\n  $ cat plan.json | partner-alignment validate - --format json\n',
    )
    .action(async (files: string[], options: Record<string, unknown>) => {
      const output = readOutputOptions(options);
      checkStdinOnce(files);
      const library = await loadLibrary();
      const reader = documentReader(library);
      const results: FileResult[] = [];
      for (const file of files) results.push(await validateFile(file, library, reader));
      const invalid = results.filter((result) => !result.valid).length;
      const summary =
        invalid === 0 ? `${results.length} valid` : `${invalid} of ${results.length} invalid`;
      await writeOutput(
        {
          heading: `Validation of ${results.length} document${results.length === 1 ? '' : 's'}: ${summary}`,
          json: results.map(({ text: _text, ...result }) => result),
          tables: [
            {
              name: 'issues',
              title: 'Issues',
              columns: [
                column('file', 'File'),
                column('line', 'Line', 'integer'),
                column('column', 'Column', 'integer'),
                column('path', 'Path'),
                column('code', 'Code'),
                column('message', 'Message'),
                column('received', 'Received'),
                column('expected', 'Expected'),
              ],
              rows: results.flatMap(
                (result): Array<Record<string, Cell>> =>
                  result.error !== null
                    ? [
                        {
                          file: result.file,
                          line: null,
                          column: null,
                          path: '',
                          code: 'unreadable',
                          message: result.error,
                          received: '',
                          expected: '',
                        },
                      ]
                    : result.issues.map((issue) => ({
                        file: result.file,
                        line: issue.line,
                        column: issue.column,
                        path: library.formatIssuePath(issue.path),
                        code: issue.code,
                        message: issue.message,
                        received: issue.received,
                        expected: issue.expected,
                      })),
              ),
            },
            {
              name: 'files',
              title: 'Files',
              columns: [
                column('file', 'File'),
                column('valid', 'Valid', 'boolean'),
                column('issues', 'Issues', 'integer'),
              ],
              rows: results.map((result) => ({
                file: result.file,
                valid: result.valid,
                issues: result.error !== null ? 1 : result.issues.length,
              })),
            },
          ],
          text: `${[...results.map((result) => result.text), ...(results.length > 1 ? [`${results.length} documents: ${summary}`] : [])].join('\n\n')}\n`,
        },
        output,
      );
      if (invalid > 0) throw reportedFailure();
    });
  withOutputOptions(command, ['issues', 'files']);
}
