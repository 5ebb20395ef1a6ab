import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  encodePartnership,
  formatPeriodKey,
  type Partnership,
  type PartnershipJson,
  parsePartnership,
  samples,
  toDecimal,
} from '../../src/index.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { partnershipJson } from './arbitraries.js';

/** A value as compared for equality: Decimals by value, periods by key. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value === 'object' && value !== null) {
    if ('toFixed' in value && 'isFinite' in value) {
      return `decimal:${(value as { toFixed(): string }).toFixed()}`;
    }
    if ('granularity' in value && 'calendar' in value) {
      const period = value as Parameters<typeof formatPeriodKey>[0];
      return `period:${period.calendar}:${formatPeriodKey(period)}`;
    }
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, comparable(inner)]),
    );
  }
  return value;
}

/**
 * The sample JSON as encode writes it: decimals other than money amounts in plain notation without
 * trailing fraction zeros (money keeps its minor units), everything else untouched.
 */
function canonical(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((inner) => canonical(inner, key));
  if (typeof value === 'object' && value !== null) {
    const isMoney = 'currency' in value && 'amount' in value;
    return Object.fromEntries(
      Object.entries(value).map(([name, inner]) => [
        name,
        isMoney ? inner : canonical(inner, name),
      ]),
    );
  }
  if (
    typeof value === 'string' &&
    /^-?\d+(\.\d+)?$/.test(value) &&
    key !== 'id' &&
    key !== 'name'
  ) {
    return toDecimal(value).toFixed();
  }
  return value;
}

describe('encodePartnership', () => {
  it.each(Object.entries(samples))(
    'writes %s back as its canonical JSON, key for key',
    (_n, json) => {
      const encoded = encodePartnership(parsePartnership(json));
      expect(JSON.stringify(encoded)).toBe(JSON.stringify(canonical(json)));
    },
  );

  it('keeps money at its minor units and periods as keys', () => {
    const encoded = encodePartnership(parsePartnership(samples.northwindAdvisory));
    expect(encoded.commitments[1]?.amount).toEqual({ amount: '60000.00', currency: 'USD' });
    expect(encoded.commitments[0]?.period).toBe('FY2027-H1');
    expect(encoded.charter.objectives[2]?.baseline).toBe('64');
  });

  it('never mutates the partnership it writes', () => {
    const partnership = deepFreeze(parsePartnership(samples.lumenField));
    const before = comparable(partnership);
    encodePartnership(partnership);
    expect(comparable(partnership)).toEqual(before);
  });

  test.prop([partnershipJson], { numRuns: 60 })(
    'writes JSON that parses back to an equal value',
    (json) => {
      const value: Partnership = parsePartnership(json);
      const encoded: PartnershipJson = encodePartnership(value);
      expect(comparable(parsePartnership(encoded))).toEqual(comparable(value));
    },
  );

  test.prop([partnershipJson], { numRuns: 60 })(
    'is stable: parse, encode, parse, encode',
    (json) => {
      const once = encodePartnership(parsePartnership(json));
      const twice = encodePartnership(parsePartnership(JSON.parse(JSON.stringify(once))));
      expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
    },
  );
});
