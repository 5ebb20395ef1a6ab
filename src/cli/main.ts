#!/usr/bin/env node
/**
 * The `partner-alignment` command. Reserved: the commands that read partnership files and write
 * reports arrive with the report layer. Today it answers `--version` and `--help` and refuses
 * everything else with exit code 2, so that scripts never mistake it for a working command.
 *
 * @module
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };

const usage = `partner-alignment ${version}

Usage:
  partner-alignment --version   print the version
  partner-alignment --help      print this help

No commands are available yet: this entry point is reserved for the command-line tool.
Use the library from code: import { ... } from 'partner-alignment'.`;

const [argument] = process.argv.slice(2);
if (argument === '--version' || argument === '-v') {
  process.stdout.write(`${version}\n`);
} else if (argument === '--help' || argument === '-h' || argument === undefined) {
  process.stdout.write(`${usage}\n`);
} else {
  process.stderr.write(`partner-alignment: unknown command "${argument}"\n\n${usage}\n`);
  process.exitCode = 2;
}
