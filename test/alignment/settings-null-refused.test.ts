// A setting given as null is refused like any other wrong value: null never means "the default".
import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { isValidationError } from '../../src/errors.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

/** The code, path and received value of each issue of refused settings. */
function issuesOf(settings: unknown): string[] {
  try {
    scoreAlignment(tiny, { asOf: tinyAsOf, settings: settings as never });
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return error.issues.map((i) => `${i.code} at ${i.path.join('.')}: received ${i.received}`);
  }
  return ['accepted'];
}

describe('scoreAlignment settings overrides', () => {
  it.each(['grades', 'unservedMotiveWeight', 'commitmentFactor', 'derivedStrength'])(
    'refuses %s: null instead of using the default',
    (key) => {
      const issues = issuesOf({ [key]: null });
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatch(
        new RegExp(`^[a-z-]+ at options\\.settings\\.${key}: received null$`),
      );
    },
  );

  it('uses the default when the setting is left out', () => {
    expect(issuesOf({})).toEqual(['accepted']);
  });
});
