import type { Command } from 'commander';
import { loadLibrary } from '../library.js';
import { writeText } from '../output/write-output.js';

/** `schema`: the JSON Schema of the partnership document, as the package's schema.json has it. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .summary('print the JSON Schema of the partnership document')
    .description(
      "Print the JSON Schema (draft 2020-12) of the partnership document: the same as the package's schema.json (partner-alignment/schema.json). Editors use it to complete and check YAML and JSON as you type.",
    )
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  $ partner-alignment schema --out partnership.schema.json\n  $ partner-alignment schema | jq \'.["$defs"].Actual\'\n',
    )
    .action(async (options: { readonly out?: string }) => {
      const library = await loadLibrary();
      await writeText(`${JSON.stringify(library.toJSONSchema(), null, 2)}\n`, options.out);
    });
}
