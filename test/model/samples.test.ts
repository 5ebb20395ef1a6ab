import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePartnership, samples } from '../../src/index.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/data/${name}.json`, import.meta.url), 'utf8'));

describe('samples', () => {
  it('ships in src the very files of examples/data, byte for byte', () => {
    for (const name of ['northwind-advisory', 'lumen-field']) {
      const shipped = readFileSync(
        new URL(`../../src/model/samples/${name}.json`, import.meta.url),
        'utf8',
      );
      const example = readFileSync(
        new URL(`../../examples/data/${name}.json`, import.meta.url),
        'utf8',
      );
      expect(shipped).toBe(example);
    }
  });

  it('holds exactly the JSON of examples/data', () => {
    expect(samples.northwindAdvisory).toEqual(read('northwind-advisory'));
    expect(samples.lumenField).toEqual(read('lumen-field'));
  });

  it('parses both samples cleanly', () => {
    expect(parsePartnership(samples.northwindAdvisory).id).toBe('stratus-northwind');
    expect(parsePartnership(samples.lumenField).id).toBe('stratus-lumen');
  });

  it('is deeply frozen, so no caller can change the shared samples', () => {
    expect(Object.isFrozen(samples)).toBe(true);
    expect(Object.isFrozen(samples.lumenField.charter.objectives[0]?.metric)).toBe(true);
  });
});
