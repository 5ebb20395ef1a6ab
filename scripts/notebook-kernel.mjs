// The Jupyter kernel of the example notebooks, and running them. tslab (the TypeScript kernel)
// lives in examples/notebooks/ with its own lockfile, apart from the library's dependencies (it
// brings a TypeScript 5.0 whose `tsc` would shadow the project's). This checkout is linked there as
// `partner-alignment`, so a notebook imports the built package by its name, as a user would, and
// tslab's TypeScript finds its types through `typesVersions` (node10 resolution). The kernel spec
// is installed into .jupyter-kernel/ (git-ignored), never into the machine's Jupyter.
//
//   node scripts/notebook-kernel.mjs            install the kernel if needed, then execute every
//                                               notebook of examples/notebooks/ in place (outputs
//                                               committed with it); `npm run notebooks` builds first
//   import { executeNotebook } from ...         the same for tests: execute one notebook to a file
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const notebooks = join(root, 'examples', 'notebooks');
const kernelPrefix = join(root, '.jupyter-kernel');
/** Debian's Python, which has Jupyter (the `python3` first on PATH may not). */
export const python = process.env.NOTEBOOK_PYTHON ?? '/usr/bin/python3';

/** Whether Jupyter's nbconvert can run here. */
export function hasJupyter() {
  return spawnSync(python, ['-c', 'import nbconvert, nbclient'], { stdio: 'ignore' }).status === 0;
}

/** Installs tslab, links this checkout as `partner-alignment`, and installs the kernel spec. */
export function ensureKernel() {
  if (!existsSync(join(notebooks, 'node_modules', 'tslab'))) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', notebooks], {
      stdio: 'inherit',
    });
  }
  const link = join(notebooks, 'node_modules', 'partner-alignment');
  if (!existsSync(link)) symlinkSync(relative(dirname(link), root), link, 'dir');
  if (!existsSync(join(kernelPrefix, 'share', 'jupyter', 'kernels', 'tslab'))) {
    mkdirSync(kernelPrefix, { recursive: true });
    execFileSync(
      join(notebooks, 'node_modules', '.bin', 'tslab'),
      ['install', `--python=${python}`, `--prefix=${kernelPrefix}`],
      { stdio: 'inherit' },
    );
  }
}

/** Executes a notebook with Jupyter and tslab, writing the executed copy to `output`. */
export function executeNotebook(input, output) {
  ensureKernel();
  const result = spawnSync(
    python,
    [
      '-m',
      'nbconvert',
      '--to',
      'notebook',
      '--execute',
      '--ExecutePreprocessor.timeout=300',
      '--ExecutePreprocessor.record_timing=False',
      input,
      '--output',
      output,
    ],
    {
      cwd: dirname(input),
      encoding: 'utf8',
      env: {
        ...process.env,
        JUPYTER_PATH: join(kernelPrefix, 'share', 'jupyter'),
        PATH: `${join(notebooks, 'node_modules', '.bin')}:${process.env.PATH}`,
      },
    },
  );
  if (result.status !== 0) {
    throw new Error(`nbconvert failed on ${input}:\n${result.stderr}\n${result.stdout}`);
  }
}

if (process.argv[1] === import.meta.filename) {
  if (!existsSync(join(root, 'dist', 'report.cjs'))) {
    console.error('Build first: npm run build (the notebooks import the built package).');
    process.exit(1);
  }
  for (const file of readdirSync(notebooks).filter((f) => f.endsWith('.ipynb'))) {
    const path = join(notebooks, file);
    const started = Date.now();
    executeNotebook(path, path);
    console.log(
      `executed ${relative(root, path)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
}
