// Hostile calls into the report layer (issue 11): a chart spec from a caller is JSON of a bounded
// size, or a ValidationError naming where it is not; never a raw TypeError, a stack overflow, a
// hang or an SVG with NaN in it. What a valid spec may make toSvg draw: svg-budget.test.ts.
import { describe, expect, it } from 'vitest';
import { isValidationError } from '../../src/errors.js';
import { encodePartnership, parsePartnership, samples } from '../../src/index.js';
import { partnershipReview, toDisplay, toSvg } from '../../src/report.js';
import { bar, issuesOf } from './chart-spec-support.js';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}
describe('toSvg', () => {
  it('refuses a spec with a number that is not finite, rather than drawing NaN', async () => {
    expect(await issuesOf(() => toSvg({ ...bar, width: Number.POSITIVE_INFINITY }))).toEqual([
      'invalid-value spec.width: Infinity',
    ]);
  });

  it('refuses a width or height that is neither a number of pixels nor "container"', async () => {
    expect(await issuesOf(() => toSvg({ ...bar, height: '1e99999999' }))).toEqual([
      'invalid-value spec.height: "1e99999999"',
    ]);
  });

  it('refuses a spec holding what JSON cannot (a symbol, a function, a bigint), naming where', async () => {
    for (const [value, kind] of [
      [Symbol('x'), 'a symbol'],
      [() => 1, 'a function'],
      [10n, '10n'],
    ] as const) {
      expect(await issuesOf(() => toSvg({ ...bar, description: value } as never))).toEqual([
        `invalid-type spec.description: ${kind}`,
      ]);
    }
  });

  it('says that JSON has no undefined, for a value left undefined in a list', async () => {
    try {
      await toSvg({ ...bar, description: [undefined] } as never);
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error) && error.issues[0]?.message).toBe(
        'A chart spec is JSON, which has no undefined',
      );
    }
  });

  it('refuses a spec that refers to itself, rather than overflowing the stack', async () => {
    const spec: Record<string, unknown> = { ...bar };
    spec['usermeta'] = { spec };
    expect(await issuesOf(() => toSvg(spec as never))).toEqual([
      'invalid-value spec.usermeta.spec: an object',
    ]);
  });

  it('refuses a spec nested deeper than 64 levels, rather than overflowing the stack', async () => {
    const issues = await issuesOf(() => toSvg({ ...bar, description: nested(100_000) } as never));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^too-big spec\.description(\.0)+: an array$/);
  });

  it('checks a spec that shares one object many times once per object, not once per path', async () => {
    let shared: unknown = { a: 1 };
    for (let i = 0; i < 60; i++) shared = [shared, shared];
    // 2^60 paths, 61 objects: a walk by path would never end.
    expect(
      await issuesOf(() => toSvg({ ...bar, usermeta: { shared }, width: -1 } as never)),
    ).toEqual(['too-small spec.width: -1']);
  });

  it('refuses an encoding, data or config that is not an object', async () => {
    for (const key of ['encoding', 'data', 'config']) {
      expect(
        await issuesOf(() => toSvg({ ...bar, [key]: 'x'.repeat(1_000_000) } as never)),
      ).toEqual([`invalid-type spec.${key}: "${'x'.repeat(37)}..."`]);
    }
  });

  it('refuses a scale of null rather than taking the default', async () => {
    expect(await issuesOf(() => toSvg(bar, { scale: null } as never))).toEqual([
      'invalid-type options.scale: null',
    ]);
  });
});

// A caller-made spec is a program: each generator, transform, size or tick count below asks Vega
// for one synchronous step that no timer can stop (1e9 rows, 1e9 ticks...). toSvg draws the
// vocabulary of this module's charts within svgLimits, and refuses the rest before Vega runs.
describe('partnershipReview', () => {
  it('changing a review does not change the partnership it was made from', () => {
    const partnership = parsePartnership(samples.northwindAdvisory);
    const before = JSON.stringify(encodePartnership(partnership));
    const review = partnershipReview(partnership, { asOf: '2026-11-27' });
    const unit = review.objectives[0]?.unit as { kind: string };
    unit.kind = 'changed';
    (review.partnership.calendar as { id: string }).id = 'changed';
    expect(JSON.stringify(encodePartnership(partnership))).toBe(before);
  });
});

describe('toDisplay', () => {
  it('keeps a __proto__ key as an own key and never takes it as the prototype', () => {
    const value = JSON.parse('{"__proto__":{"polluted":true},"a":1}');
    const shown = toDisplay(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(shown)).toBe(Object.prototype);
    expect('polluted' in shown).toBe(false);
    expect(JSON.stringify(shown)).toBe('{"__proto__":{"polluted":true},"a":1}');
  });
});
