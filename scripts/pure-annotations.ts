// An esbuild plugin for the library build. It wraps every top-level initializer of a module of src/
// that does work when the module loads (builds a zod schema, freezes a table, clones Decimal) in an
// arrow function called at once and marked `/* @__PURE__ */`:
//
//   export const PeriodKey = z.string().regex(...)        // as written
//   export const PeriodKey = /* @__PURE__ */ (() => z.string().regex(...))();   // as built
//
// so that an application's bundler can drop, from the one bundled file per entry, every such value
// it does not use. A mark on the whole initializer is understood alike by esbuild, Rollup, webpack
// and terser, where marks on each call of a chain or on a spread are not. The promise is no larger
// than `"sideEffects": false` in package.json already makes for whole modules (STYLE.md: no
// module-level effects, no I/O), and the build refuses a module that breaks it with a top-level
// statement that is not a declaration.
import { readFile } from 'node:fs/promises';
import type { Options } from 'tsup';
import ts from 'typescript';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/** Tells whether evaluating `node` at module load may call, read a property or spread. */
function doesWork(node: ts.Node): boolean {
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
  if (
    ts.isCallExpression(node) ||
    ts.isNewExpression(node) ||
    ts.isPropertyAccessExpression(node) ||
    ts.isElementAccessExpression(node) ||
    ts.isSpreadElement(node) ||
    ts.isSpreadAssignment(node) ||
    ts.isTaggedTemplateExpression(node) ||
    // `${x}` converts x to a string, which a bundler cannot prove free of effects.
    ts.isTemplateExpression(node)
  ) {
    return true;
  }
  return ts.forEachChild(node, doesWork) === true;
}

/**
 * Returns the source text with each working top-level initializer wrapped and marked, and where
 * the module has a top-level statement with effects (`file:line`), if anywhere.
 */
export function annotatePure(
  fileName: string,
  text: string,
): { annotated: string; effects: string[] } {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const wraps: [number, number][] = [];
  const effects: string[] = [];
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (!ts.isIdentifier(declaration.name)) {
          // Destructuring reads properties when the module loads, and cannot be wrapped.
          const { line } = source.getLineAndCharacterOfPosition(declaration.getStart(source));
          effects.push(`${fileName}:${line + 1}`);
          continue;
        }
        if (init !== undefined && doesWork(init)) wraps.push([init.getStart(source), init.end]);
      }
    } else if (ts.isExportAssignment(statement)) {
      if (doesWork(statement.expression)) {
        wraps.push([statement.expression.getStart(source), statement.expression.end]);
      }
    } else if (
      !(
        ts.isImportDeclaration(statement) ||
        ts.isImportEqualsDeclaration(statement) ||
        ts.isExportDeclaration(statement) ||
        ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement) ||
        ts.isModuleDeclaration(statement) ||
        ts.isEmptyStatement(statement)
      )
    ) {
      const { line } = source.getLineAndCharacterOfPosition(statement.getStart(source));
      effects.push(`${fileName}:${line + 1}`);
    }
  }
  let annotated = text;
  for (const [start, end] of wraps.sort((a, b) => b[0] - a[0])) {
    annotated = `${annotated.slice(0, start)}/* @__PURE__ */ (() => (${annotated.slice(start, end)}))()${annotated.slice(end)}`;
  }
  return { annotated, effects };
}

/** The esbuild plugin: annotates every `.ts` file whose path starts with `root`. */
export function pureAnnotations(root: string): Plugin {
  return {
    name: 'pure-annotations',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!args.path.startsWith(root)) return undefined;
        const { annotated, effects } = annotatePure(args.path, await readFile(args.path, 'utf8'));
        if (effects.length > 0) {
          return {
            errors: effects.map((where) => ({
              text: `${where}: a top-level statement with effects; a module of src/ only declares (see scripts/pure-annotations.ts)`,
            })),
          };
        }
        return { contents: annotated, loader: 'ts' };
      });
    },
  };
}
