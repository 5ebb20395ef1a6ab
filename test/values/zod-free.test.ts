/**
 * The money and calendar functions load no zod, so that a caller who needs only them (the coming
 * `partner-alignment/values` entry) does not pay for it. esbuild, tsup's bundler, resolves every
 * import of the function modules; zod must not be among them. (The suite shares one module graph
 * per worker, so zod cannot be mocked away here.)
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Every module of money/ and calendar/ that holds functions (schemas live in their own). */
const functionModules = [
  'money/allocate.js',
  'money/arithmetic.js',
  'money/comparison.js',
  'money/currency.js',
  'money/decimal-arithmetic.js',
  'money/errors.js',
  'money/format-money.js',
  'money/iso-4217.js',
  'money/minor-units.js',
  'money/money.js',
  'money/round-money.js',
  'money/to-decimal.js',
  'money/to-decimal-string.js',
  'calendar/add-periods.js',
  'calendar/calendars.js',
  'calendar/child-periods.js',
  'calendar/compare-periods.js',
  'calendar/day-arithmetic.js',
  'calendar/day-number.js',
  'calendar/elapsed-share.js',
  'calendar/errors.js',
  'calendar/fiscal-year-layout.js',
  'calendar/format-period-key.js',
  'calendar/parent-period.js',
  'calendar/parse-period-key.js',
  'calendar/period-bounds.js',
  'calendar/period-of.js',
  'calendar/periods-between.js',
  'calendar/periods-in-year.js',
  'calendar/to-iso-date.js',
  'calendar/today.js',
  'calendar/unchecked-days.js',
];

describe('the bundle of each function module', () => {
  it('holds no zod, as esbuild (the bundler of tsup) resolves the imports', async () => {
    const root = fileURLToPath(new URL('../../src/', import.meta.url));
    const result = await build({
      entryPoints: functionModules.map((path) => `${root}${path.replace(/\.js$/, '.ts')}`),
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      outdir: 'unused',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('decimal.js'))).toBe(true);
    expect(inputs.filter((input) => /node_modules\/zod\//.test(input))).toEqual([]);
  });
});

describe('the zod check itself', () => {
  it('would notice zod: the bundle of a schema module holds it', async () => {
    const root = fileURLToPath(new URL('../../src/', import.meta.url));
    const result = await build({
      entryPoints: [`${root}money/schemas.ts`],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      outdir: 'unused',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => /node_modules\/zod\//.test(input))).toBe(true);
  });
});
