// parsePatchedPartnership parses only the parts a patch changes and copies the rest from the
// original: it must give exactly what parsePartnership gives for the whole patched document (the
// patch applied here by rfc6902, a maintained JSON Patch library), and its errors when the change
// breaks the document.
import { test } from '@fast-check/vitest';
import { applyPatch, type Operation } from 'rfc6902';
import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/support/partnerships.js';
import { rankImprovements } from '../../src/alignment/rank-improvements.js';
import { encodePartnership, encodePartnershipPart } from '../../src/model/encode-partnership.js';
import { parsePartnership } from '../../src/model/parse-partnership.js';
import {
  type PatchOperation,
  parsePatchedPartnership,
} from '../../src/model/parse-patched-partnership.js';
import type { Partnership } from '../../src/model/partnership.js';
import { samples } from '../../src/model/samples.js';
import { anyAsOf, variations } from '../alignment/arbitraries.js';
import { runs } from '../property-runs.js';

/** The partnership's document with the patch applied by rfc6902, parsed as a whole. */
function reference(input: Partnership, patch: ReadonlyArray<PatchOperation>): Partnership {
  const document = JSON.parse(JSON.stringify(encodePartnership(input)));
  const results = applyPatch(document, patch as Operation[]);
  expect(results.every((result) => result === null)).toBe(true);
  return parsePartnership(document);
}

/** The error a call throws (or a failed test when it throws none). */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

/** Every improvement's patch, parsed alone, gives what the whole patched document parses to. */
function checkImprovements(input: Partnership, asOf: string): number {
  const improvements = rankImprovements(input, { asOf });
  for (const improvement of improvements) {
    const changed = parsePatchedPartnership(input, improvement.patch);
    expect(changed).toEqual(reference(input, improvement.patch));
    expect(changed).toEqual(improvement.partnership);
  }
  return improvements.length;
}

const northwind = parsePartnership(samples.northwindAdvisory);
const lumen = parsePartnership(samples.lumenField);

describe('parsePatchedPartnership', () => {
  it('gives what parsePartnership gives for every improvement of the samples and generated partnerships', () => {
    let count = 0;
    for (const input of [northwind, lumen]) {
      for (const asOf of ['2026-11-27', '2027-09-30']) count += checkImprovements(input, asOf);
    }
    for (let i = 0; i < 8; i++) {
      const asOf = '2027-11-15';
      const input = parsePartnership(generatePartnership(20261127 + i, { asOf }));
      count += checkImprovements(input, asOf);
    }
    expect(count).toBeGreaterThan(40);
  });

  it('gives what parsePartnership gives for inserts, replaced lists, members and several parts', () => {
    const goal = encodePartnership(northwind).goals[0];
    const patches: ReadonlyArray<ReadonlyArray<PatchOperation>> = [
      [{ op: 'add', path: '/goals/0', value: { ...goal, period: 'FY2026-Q1' } }],
      [{ op: 'replace', path: '/goals', value: [goal] }],
      [{ op: 'replace', path: '/name', value: 'Renamed' }],
      [{ op: 'replace', path: '/currency', value: 'EUR' }],
      [
        { op: 'replace', path: '/goals/1/target', value: '12345' },
        { op: 'replace', path: '/goals/2/target', value: '23456' },
        { op: 'replace', path: '/goals/1/provenance', value: { status: 'assigned' } },
        { op: 'replace', path: '/charter/purpose', value: 'Another purpose' },
      ],
      [
        { op: 'replace', path: '/goals/1/target', value: '12345' },
        { op: 'replace', path: '/goals', value: [goal] },
      ],
    ];
    for (const patch of patches) {
      const expected = thrownOrValue(() => reference(northwind, patch));
      const actual = thrownOrValue(() => parsePatchedPartnership(northwind, patch));
      expect(actual).toEqual(expected);
    }
  });

  it('throws the error parsePartnership throws when the change breaks a reference or a bound', () => {
    for (const patch of [
      [{ op: 'replace', path: '/goals/0/objective', value: 'no-such-objective' }],
      [{ op: 'replace', path: '/goals/0/target', value: 'twelve' }],
      [{ op: 'add', path: '/charter/stakeholders/-', value: { id: 'x' } }],
    ] as const) {
      const expected = thrown(() => reference(northwind, patch));
      expect(thrown(() => parsePatchedPartnership(northwind, patch))).toEqual(expected);
    }
  });

  it('shares nothing mutable with the original', () => {
    const changed = parsePatchedPartnership(northwind, [
      { op: 'replace', path: '/name', value: 'Renamed' },
    ]);
    expect(changed.goals).not.toBe(northwind.goals);
    expect(changed.goals[0]).not.toBe(northwind.goals[0]);
    expect(changed.goals[0]?.period).not.toBe(northwind.goals[0]?.period);
    expect(changed.charter.objectives[0]).not.toBe(northwind.charter.objectives[0]);
  });
});

/** The value a call returns, or the error it throws. */
function thrownOrValue(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    return error;
  }
}

describe('encodePartnershipPart', () => {
  it('writes each part as encodePartnership writes it in the whole document', () => {
    const generated = parsePartnership(generatePartnership(20261127, { asOf: '2027-11-15' }));
    for (const input of [northwind, lumen, generated]) {
      const whole = encodePartnership(input) as unknown as Record<string, Record<string, unknown>>;
      for (const member of Object.keys(input)) {
        expect(encodePartnershipPart(input, [member])).toEqual(whole[member]);
      }
      for (const key of Object.keys(input.charter)) {
        expect(encodePartnershipPart(input, ['charter', key])).toEqual(whole['charter']?.[key]);
      }
      expect(encodePartnershipPart(input, ['goals', '1'])).toEqual(
        (whole['goals'] as unknown as unknown[])[1],
      );
      expect(encodePartnershipPart(input, ['calendar', 'id'])).toEqual(whole['calendar']?.['id']);
      expect(encodePartnershipPart(input, ['no-such-member'])).toBeUndefined();
      expect(encodePartnershipPart(input, ['goals', '100000'])).toBeUndefined();
    }
  });
});

describe.each([
  ['Northwind', northwind],
  ['Lumen', lumen],
])('parsePatchedPartnership on variations of %s', (_, base) => {
  test.prop([variations(base), anyAsOf], { numRuns: runs(10) })(
    'gives what parsePartnership gives for every improvement',
    (p, asOf) => {
      checkImprovements(p, asOf);
    },
  );
});
