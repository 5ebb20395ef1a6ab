import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectExamples, examplesInMarkdown, toModule } from './extract-examples.js';

const generated = join(import.meta.dirname, '..', '.generated', 'examples');
rmSync(generated, { recursive: true, force: true });
mkdirSync(generated, { recursive: true });

/** Compares as JSON sees it: a Decimal is its string, a missing optional field is absent. */
function comparable(value: unknown): unknown {
  if (value === undefined || typeof value === 'bigint') return value;
  return JSON.parse(JSON.stringify(value));
}

function check(actual: unknown, expected: unknown): void {
  expect(comparable(actual)).toEqual(expected);
}
check.throws = (fn: () => unknown, name: string): void => {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected the example to throw ${name}`).toBeInstanceOf(Error);
  expect((caught as Error).name).toBe(name);
};

const examples = collectExamples();

describe('documented examples', () => {
  it('finds examples to run', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example, index) => [example.name, example, index] as const))(
    '%s runs and matches its //=> results',
    async (_name, example, index) => {
      const file = join(generated, `example-${index}.ts`);
      writeFileSync(file, example.module);
      const module = (await import(pathToFileURL(file).href)) as {
        run(c: typeof check): Promise<void>;
      };
      await module.run(check);
    },
  );
});

describe('examplesInMarkdown', () => {
  const text = '```ts\nts() //=> 1\n```\n\n```js\njs() //=> 2\n```\n\n```sh\nnpm test\n```\n';
  it('finds the ts blocks', () => {
    expect(examplesInMarkdown('x.md', text).map((example) => example.code)).toEqual([
      'ts() //=> 1\n',
    ]);
  });
  it('finds the js blocks too, in order, when asked', () => {
    expect(
      examplesInMarkdown('x.md', text, { javascript: true }).map((example) => example.code),
    ).toEqual(['ts() //=> 1\n', 'js() //=> 2\n']);
  });
});

describe('toModule', () => {
  it('turns a trailing //=> into a check of the expression', () => {
    expect(toModule("f(1) //=> 'x'", '/e.ts')).toContain("check((f(1)), ('x'));");
  });
  it('checks the variable a declaration with //=> introduces', () => {
    expect(toModule('const a = f(1); //=> 2', '/e.ts')).toContain('check(a, (2));');
  });
  it('applies a lone //=> to the expression statement above it', () => {
    expect(toModule('f(1)\n//=> 3', '/e.ts')).toContain('check((f(1)), (3));');
  });
  it('turns //!> into a check that the expression throws the named error', () => {
    expect(toModule('f(-1) //!> ValidationError', '/e.ts')).toContain(
      'check.throws(() => (f(-1)), "ValidationError");',
    );
  });
  it('points imports of the package at the source entry', () => {
    expect(toModule("import { f } from 'partner-alignment';", '/src/index.ts')).toContain(
      'import { f } from "/src/index.ts";',
    );
  });
  it('points imports of a subpath at its source entry beside the main one', () => {
    expect(toModule("import { f } from 'partner-alignment/values';", '/src/index.ts')).toContain(
      'import { f } from "/src/values.ts";',
    );
  });
  it('leaves imports of the package as written without an entry', () => {
    expect(toModule("import { f } from 'partner-alignment/values';\nf() //=> 1")).toContain(
      "import { f } from 'partner-alignment/values';",
    );
  });
  it('refuses a lone //=> that follows a declaration', () => {
    expect(() => toModule('const a = 1;\n//=> 1', '/e.ts')).toThrow(/lone/);
  });
});
