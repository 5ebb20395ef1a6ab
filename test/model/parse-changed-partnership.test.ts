// parseChangedPartnership parses only the members a patch changed and shares the rest with the
// original: it must give exactly what parsePartnership gives for the whole changed document, and
// its errors when the change breaks the document.
import { test } from '@fast-check/vitest';
import { applyPatch, type Operation } from 'rfc6902';
import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/support/partnerships.js';
import type { JsonPatchOperation } from '../../src/alignment/improvement.js';
import { rankImprovements } from '../../src/alignment/rank-improvements.js';
import { encodePartnership, encodePartnershipMember } from '../../src/model/encode-partnership.js';
import { parseChangedPartnership, parsePartnership } from '../../src/model/parse-partnership.js';
import type { Partnership, PartnershipJson } from '../../src/model/partnership.js';
import { samples } from '../../src/model/samples.js';
import { anyAsOf, variations } from '../alignment/arbitraries.js';
import { runs } from '../property-runs.js';

/** The document of `input` with `patch` applied by rfc6902, and the members the patch changes. */
function changedDocument(input: Partnership, patch: ReadonlyArray<JsonPatchOperation>) {
  const document = JSON.parse(JSON.stringify(encodePartnership(input))) as PartnershipJson;
  applyPatch(document, patch as Operation[]);
  const members = new Set(patch.map((operation) => operation.path.split('/')[1] ?? ''));
  const changes = Object.fromEntries(
    [...members].map((member) => [member, document[member as keyof PartnershipJson]]),
  );
  return { document, changes };
}

/** Every improvement's patch gives, parsed alone, what the whole document parses to. */
function checkImprovements(input: Partnership, asOf: string): number {
  const improvements = rankImprovements(input, { asOf });
  for (const improvement of improvements) {
    const { document, changes } = changedDocument(input, improvement.patch);
    const changed = parseChangedPartnership(input, changes);
    expect(changed).toEqual(parsePartnership(document));
    expect(changed).toEqual(improvement.partnership);
  }
  return improvements.length;
}

describe('parseChangedPartnership', () => {
  it('gives what parsePartnership gives for every improvement of the samples and generated partnerships', () => {
    let count = 0;
    for (const raw of [samples.northwindAdvisory, samples.lumenField]) {
      for (const asOf of ['2026-11-27', '2027-09-30'])
        count += checkImprovements(parsePartnership(raw), asOf);
    }
    for (let i = 0; i < 6; i++) {
      const asOf = '2027-11-15';
      count += checkImprovements(
        parsePartnership(generatePartnership(20261127 + i, { asOf })),
        asOf,
      );
    }
    expect(count).toBeGreaterThan(30);
  });

  it('throws the error parsePartnership throws when the change breaks a reference', () => {
    const input = parsePartnership(samples.northwindAdvisory);
    const { document, changes } = changedDocument(input, [
      { op: 'replace', path: '/goals/0/objective', value: 'no-such-objective' },
    ]);
    expect(() => parsePartnership(document)).toThrow();
    let expected: unknown;
    try {
      parsePartnership(document);
    } catch (error) {
      expected = error;
    }
    expect(() => parseChangedPartnership(input, changes)).toThrow(expected as Error);
    try {
      parseChangedPartnership(input, changes);
    } catch (error) {
      expect(error).toEqual(expected);
    }
  });

  it('parses the whole document again when the currency changes, and shares nothing', () => {
    const input = parsePartnership(samples.lumenField);
    const { document, changes } = changedDocument(input, [
      { op: 'replace', path: '/name', value: 'Renamed' },
    ]);
    expect(parseChangedPartnership(input, changes)).toEqual(parsePartnership(document));
    const currency = changedDocument(input, [{ op: 'replace', path: '/currency', value: 'EUR' }]);
    const changed = parseChangedPartnership(input, currency.changes);
    expect(changed).toEqual(parsePartnership(currency.document));
    expect(changed.goals[0]?.target).not.toBe(input.goals[0]?.target);
  });
});

describe('encodePartnershipMember', () => {
  it('writes each member as encodePartnership writes it in the whole document', () => {
    const inputs = [
      parsePartnership(samples.northwindAdvisory),
      parsePartnership(samples.lumenField),
      parsePartnership(generatePartnership(20261127, { asOf: '2027-11-15' })),
    ];
    for (const input of inputs) {
      const whole = encodePartnership(input) as Record<string, unknown>;
      for (const member of Object.keys(input)) {
        expect(encodePartnershipMember(input, member)).toEqual(whole[member]);
      }
      expect(encodePartnershipMember(input, 'no-such-member')).toBeUndefined();
    }
  });
});

describe.each([
  ['Northwind', parsePartnership(samples.northwindAdvisory)],
  ['Lumen', parsePartnership(samples.lumenField)],
])('parseChangedPartnership on variations of %s', (_, base) => {
  test.prop([variations(base), anyAsOf], { numRuns: runs(10) })(
    'gives what parsePartnership gives for every improvement',
    (p, asOf) => {
      checkImprovements(p, asOf);
    },
  );
});
