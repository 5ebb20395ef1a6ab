/**
 * The library, loaded when a command needs it (its engines and zod schemas are most of the start-up
 * time, which `--help` and `--version` do not pay). The CLI uses only the public entries: the build
 * keeps this import pointing at the package's own `index.js`.
 *
 * @module
 */
export type Library = typeof import('../index.js');

/** Loads the library's main entry. */
export function loadLibrary(): Promise<Library> {
  return import('../index.js');
}

/** The report entry (`partner-alignment/report`): rows, display helpers and the review. */
export type Report = typeof import('../report.js');

/** Loads the report entry. */
export function loadReport(): Promise<Report> {
  return import('../report.js');
}
