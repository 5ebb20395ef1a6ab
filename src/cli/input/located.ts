/** A line and column in a text, both counted from 1. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Data parsed from a text, and where a path of it was written (or its nearest written parent). */
export interface Located {
  readonly value: unknown;
  readonly locate: (path: ReadonlyArray<string | number>) => Promise<Position | undefined>;
}
