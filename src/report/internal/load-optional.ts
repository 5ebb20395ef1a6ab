/**
 * Loads an optional dependency when it is first needed, with a real `import()` in both builds
 * (vega cannot be `require`d on Node 20, so the CommonJS build keeps the `import()`), and turns a
 * missing package into a {@link MissingDependencyError} that names it. Node caches the module; the
 * library keeps no state of its own.
 *
 * @module
 */
import { MissingDependencyError } from '../errors.js';

/** Whether an import failed because the package itself cannot be found. */
function isNotFound(error: unknown, name: string): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = (error as { message?: unknown } | null)?.message;
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    typeof message === 'string' &&
    message.includes(name)
  );
}

/**
 * Runs `importer` (a function that does `import('name')`), or throws a
 * {@link MissingDependencyError} naming the package when it is not installed.
 */
export async function loadOptional<T>(
  name: string,
  purpose: string,
  importer: () => Promise<T>,
): Promise<T> {
  try {
    return await importer();
  } catch (error) {
    if (isNotFound(error, name)) throw new MissingDependencyError(name, purpose, { cause: error });
    throw error;
  }
}
