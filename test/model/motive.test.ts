import { describe, expect, it } from 'vitest';
import { BuiltInMotive, builtInMotives, MotiveId } from '../../src/index.js';

describe('builtInMotives', () => {
  it('lists the twelve motives of the catalog, each once', () => {
    expect(new Set(builtInMotives).size).toBe(12);
    expect(BuiltInMotive.options).toEqual([...builtInMotives]);
  });
});

describe('MotiveId', () => {
  it.each([...builtInMotives])('accepts the built-in %s', (motive) => {
    expect(MotiveId.parse(motive)).toBe(motive);
  });
  it.each(['custom:net-new-logos', 'custom:a', 'custom:x2-y3'])('accepts the custom %s', (m) => {
    expect(MotiveId.parse(m)).toBe(m);
  });
  it.each(['happiness', 'custom:', 'custom:Net', 'custom:a--b', 'custom:-a', 'Retention', 3])(
    'refuses %s',
    (motive) => {
      expect(MotiveId.safeParse(motive).success).toBe(false);
    },
  );
});
