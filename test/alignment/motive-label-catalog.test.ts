// motiveLabel reads a built-in motive's label from the catalog, which is not always its id with
// spaces: managed-services revenue keeps its hyphen (a survivor of the mutation run).
import { describe, expect, it } from 'vitest';
import { motiveCatalog, motiveLabel } from '../../src/alignment/motive-catalog.js';

describe('motiveLabel', () => {
  it('gives the catalog’s label for a built-in motive', () => {
    expect(motiveLabel('managed-services-revenue')).toBe('managed-services revenue');
    for (const [motive, entry] of Object.entries(motiveCatalog)) {
      expect(motiveLabel(motive as keyof typeof motiveCatalog)).toBe(entry.label);
    }
  });
});
