// The fuzz suite of `npm test`: 10,000 arbitrary inputs and 10,000 hostile mutations of the
// samples. `npm run fuzz` runs 200,000 and writes quality/fuzz.json (with times and heap).
import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parsePartnership, samples, ValidationError } from '../../../src/index.js';
import { checkInput } from './check-input.js';
import { arbitraryInput, mutatedSample } from './hostile.js';

describe('parsePartnership on hostile input', () => {
  // Ten thousand parses take their time, more so under coverage: a longer timeout than the rest.
  const long = 300_000;

  test.prop([arbitraryInput], { numRuns: 10_000 })(
    'returns a partnership or a ValidationError for any JSON or JavaScript value, changing nothing',
    (input) => {
      expect(() => checkInput(input)).not.toThrow();
    },
    long,
  );

  test.prop([mutatedSample], { numRuns: 10_000 })(
    'returns a partnership or a short ValidationError for a sample with hostile changes',
    (input) => {
      const outcome = checkInput(input);
      if (!outcome.success) expect(outcome.codes.length).toBeGreaterThan(0);
    },
    long,
  );

  test('refuses only with ValidationError, through parsePartnership too', () => {
    expect(() => parsePartnership({ ...samples.lumenField, goals: 5 })).toThrow(ValidationError);
  });
});
