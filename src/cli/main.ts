#!/usr/bin/env node
/**
 * The `partner-alignment` command: validate partnership documents, cascade their objectives,
 * track progress and score them from a terminal or a script. Node-only; built into `dist/cli.js`.
 * The library and the parsers of YAML and CSV are loaded only by the commands that use them.
 *
 * @module
 */
import { run } from './run.js';

// Output piped into a command that stops reading early (`| head`) ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
