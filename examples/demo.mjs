// A tour of what partner-alignment can do today, run against the built package exactly as a user
// would import it: by its own name, through the exports map (`npm run demo` builds it first).
import { createRequire } from 'node:module';
import * as library from 'partner-alignment';

const require = createRequire(import.meta.url);
const { version } = require('partner-alignment/package.json');

const heading = (text) => console.log(`\n== ${text} ${'='.repeat(Math.max(0, 72 - text.length))}`);

console.log(`partner-alignment ${version}`);

heading('Public API');
const names = Object.keys(library).sort((a, b) => a.localeCompare(b));
console.log(`${names.length} exports: ${names.join(', ')}`);

heading('Errors');
const error = new library.ValidationError('Invalid partnership document', [
  {
    path: ['objectives', 0, 'target', 'amount'],
    message: 'Not a decimal number',
    received: '"1,5M"',
    expected: 'a decimal string such as "1500000.00"',
  },
]);
console.log(error.message);
