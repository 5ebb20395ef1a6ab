// Independent checks of scoreAlignment, rankImprovements and compareAlignment. The expected motive
// fit, economics, mutuality and clarity components are recomputed here from the partnership with
// exact BigInt fractions and a from-scratch reading of the documented rules
// (defaultAlignmentSettings' TSDoc), not with the library's code; governance is read from the report
// (its review schedule has its own tests) and the total rebuilt from the five components and gate.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareAlignment } from '../../src/alignment/compare-alignment.js';
import { defaultMotiveProfiles } from '../../src/alignment/default-profiles.js';
import { rankImprovements } from '../../src/alignment/rank-improvements.js';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { daysBetween } from '../../src/calendar/day-arithmetic.js';
import { encodePartnership } from '../../src/model/encode-partnership.js';
import { parsePartnership } from '../../src/model/parse-partnership.js';
import type { Partnership } from '../../src/model/partnership.js';
import { samples } from '../../src/model/samples.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { runs } from '../property-runs.js';
import { anyAsOf, variations } from './arbitraries.js';

// ---- exact fractions ------------------------------------------------------------------------
type F = { n: bigint; d: bigint };
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const f = (n: bigint, d = 1n): F => {
  const g = gcd(n, d) || 1n;
  return d < 0n ? { n: -n / g, d: -d / g } : { n: n / g, d: d / g };
};
const q = (x: { toFixed(): string } | string): F => {
  const text = typeof x === 'string' ? x : x.toFixed();
  const negative = text.startsWith('-');
  const [w = '0', frac = ''] = text.replace('-', '').split('.');
  return f((negative ? -1n : 1n) * BigInt(w + frac), 10n ** BigInt(frac.length));
};
const add = (a: F, b: F) => f(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: F, b: F) => f(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: F, b: F) => f(a.n * b.n, a.d * b.d);
const div = (a: F, b: F) => f(a.n * b.d, a.d * b.n);
const lt = (a: F, b: F) => a.n * b.d < b.n * a.d;
const le = (a: F, b: F) => a.n * b.d <= b.n * a.d;
const ZERO = f(0n);
const ONE = f(1n);
const HUNDRED = f(100n);
/** |a − b| below 1e-9: the library keeps component scores to 12 places. */
const near = (a: F, b: F) => {
  const diff = sub(a, b);
  return (diff.n < 0n ? -diff.n : diff.n) * 1_000_000_000n < diff.d;
};

// ---- the documented rules, from scratch -------------------------------------------------------
const coverageOf = { weak: q('0.25'), moderate: q('0.5'), strong: q('0.8') } as const;
const rank = { weak: 0, moderate: 1, strong: 2 } as const;

function profileWeights(p: Partnership): Map<string, F> {
  const declared = p.partner.motiveProfile;
  const weights = new Map<string, F>();
  if (declared !== undefined) {
    for (const [motive, w] of Object.entries(declared.weights)) weights.set(motive, q(w as never));
    return weights;
  }
  for (const { archetype, share } of p.partner.archetypes) {
    for (const [motive, w] of Object.entries(defaultMotiveProfiles[archetype])) {
      weights.set(motive, add(weights.get(motive) ?? ZERO, mul(q(share), q(w as string))));
    }
  }
  return weights;
}

/** An objective's weight over the heaviest objective's (no weight: 1). */
function factor(p: Partnership, id: string): F {
  const weights = p.charter.objectives.map((o) => q(o.weight ?? '1'));
  const heaviest = weights.reduce((a, w) => (lt(a, w) ? w : a), ZERO);
  const objective = p.charter.objectives.find((o) => o.id === id);
  return div(q(objective?.weight ?? '1'), heaviest);
}
const statusCredit = { planned: q('0.5'), 'in-progress': q('0.5'), delivered: ONE, missed: ZERO };

/**
 * motive → objective → coverage: the strongest declared contribution, else the metric's
 * (moderate), times the objective's weight over the heaviest's.
 */
function objectiveCoverage(p: Partnership, motive: string): Map<string, F> {
  const out = new Map<string, F>();
  for (const o of p.charter.objectives) {
    const declared = o.contributions.filter((c) => c.motive === motive);
    if (declared.length > 0) {
      const best = declared.reduce((a, c) => (rank[c.strength] > rank[a.strength] ? c : a));
      out.set(o.id, mul(coverageOf[best.strength], factor(p, o.id)));
    } else if (o.metric.motives.includes(motive as never)) {
      out.set(o.id, mul(coverageOf.moderate, factor(p, o.id)));
    }
  }
  return out;
}

function motiveFit(p: Partnership): F {
  let total = ZERO;
  for (const [motive, w] of profileWeights(p)) {
    const byObjective = objectiveCoverage(p, motive);
    let uncovered = ONE;
    for (const c of byObjective.values()) uncovered = mul(uncovered, sub(ONE, c));
    for (const commitment of p.commitments) {
      const best = commitment.objectives
        .map((id) => byObjective.get(id))
        .reduce<F | undefined>(
          (a, c) => (c !== undefined && (a === undefined || lt(a, c)) ? c : a),
          undefined,
        );
      if (best !== undefined) {
        const covers = mul(mul(best, q('0.25')), statusCredit[commitment.status]);
        uncovered = mul(uncovered, sub(ONE, covers));
      }
    }
    total = add(total, mul(w, sub(ONE, uncovered)));
  }
  return mul(HUNDRED, total);
}

function economics(p: Partnership): { score: F; cap?: F } {
  const m = q(p.terms.resaleMargin);
  const b = q(p.terms.benchmarkMargin);
  // at or above: 100 − 10·b/m (90 at the benchmark; 90 for 0 against 0); below: 90·(m/b)²
  const score = le(b, m)
    ? m.n === 0n
      ? f(90n)
      : sub(HUNDRED, div(mul(f(10n), b), m))
    : mul(f(90n), mul(div(m, b), div(m, b)));
  if (b.n === 0n) return { score };
  const r = div(m, b);
  if (le(r, q('0.5'))) return { score, cap: f(35n) };
  if (lt(r, q('0.75')))
    return { score, cap: add(f(35n), div(mul(f(65n), sub(r, q('0.5'))), q('0.25'))) };
  return { score };
}

function mutuality(p: Partnership): F {
  // each goal counts by its objective's weight; agreed 1, proposed 1/2, assigned 0
  const credit = { agreed: ONE, proposed: f(1n, 2n), assigned: ZERO };
  const total = p.goals.map((g) => factor(p, g.objective)).reduce(add, ZERO);
  const earned = p.goals
    .map((g) => mul(factor(p, g.objective), credit[g.provenance.status]))
    .reduce(add, ZERO);
  const goals = total.n === 0n ? ZERO : div(earned, total);
  // a missed commitment counts for no side and is not tied
  const kept = p.commitments.filter((c) => c.status !== 'missed');
  const sides = BigInt(new Set(kept.map((c) => c.side)).size);
  const known = new Set<string>(p.charter.objectives.map((o) => o.id));
  const tied = BigInt(kept.filter((c) => c.objectives.some((id) => known.has(id))).length);
  const tiedShare = p.commitments.length === 0 ? ZERO : f(tied, BigInt(p.commitments.length));
  return mul(
    HUNDRED,
    add(add(mul(q('0.5'), goals), mul(q('0.25'), f(sides, 2n))), mul(q('0.25'), tiedShare)),
  );
}

function clarity(p: Partnership): F {
  const { charter } = p;
  const weights = profileWeights(p);
  const purpose = charter.purpose.trim() === '' ? ZERO : ONE;
  const days = daysBetween(charter.horizon.start, charter.horizon.end) + 1;
  const horizon = days >= 365 ? ONE : ZERO;
  const opportunity = charter.opportunities.some((o) => q(o.targetShare).n > 0n) ? ONE : ZERO;
  const known = new Set<string>(charter.opportunities.map((o) => o.id));
  const tied = charter.objectives.filter((o) => {
    if (o.opportunity !== undefined && known.has(o.opportunity)) return true;
    const motives = [...o.contributions.map((c) => c.motive), ...o.metric.motives];
    return motives.some((m) => (weights.get(m)?.n ?? 0n) > 0n);
  });
  // objectives count by weight
  const all = charter.objectives.map((o) => factor(p, o.id)).reduce(add, ZERO);
  const share =
    charter.objectives.length === 0
      ? ZERO
      : div(tied.map((o) => factor(p, o.id)).reduce(add, ZERO), all);
  return mul(
    HUNDRED,
    [
      mul(q('0.2'), purpose),
      mul(q('0.1'), horizon),
      mul(q('0.3'), opportunity),
      mul(q('0.4'), share),
    ].reduce(add),
  );
}

// ---- variations: the shared generator, plus dropped objectives, goals, stakeholders, reviews ----
const bases: ReadonlyArray<readonly [string, Partnership]> = [
  ['Northwind', parsePartnership(samples.northwindAdvisory)],
  ['Lumen', parsePartnership(samples.lumenField)],
];
function withDrops(base: Partnership): fc.Arbitrary<Partnership> {
  return fc
    .tuple(
      variations(base),
      fc.array(fc.boolean(), {
        minLength: base.charter.objectives.length,
        maxLength: base.charter.objectives.length,
      }),
      fc.array(fc.boolean(), { minLength: base.goals.length, maxLength: base.goals.length }),
      fc.boolean(),
    )
    .map(([p, keepObjective, keepGoal, keepProfile]) => {
      const objectives = p.charter.objectives.filter((_, i) => keepObjective[i]);
      const ids = new Set<string>(objectives.map((o) => o.id));
      const { motiveProfile: _profile, ...partner } = p.partner;
      const { economics: _economics, ...rest } = p;
      return {
        ...rest,
        partner: keepProfile ? p.partner : partner,
        charter: { ...p.charter, objectives },
        actuals: p.actuals.filter((a) => ids.has(a.objective)),
        goals: p.goals.filter((g, i) => keepGoal[i] && ids.has(g.objective)),
        commitments: p.commitments.map((c) => ({
          ...c,
          objectives: c.objectives.filter((id) => ids.has(id)),
        })),
      } as Partnership;
    });
}

const weightsOf = {
  fit: q('0.45'),
  economics: q('0.10'),
  mutuality: q('0.20'),
  governance: q('0.15'),
  clarity: q('0.10'),
};

describe.each(bases)('scoreAlignment recomputed independently on variations of %s', (_, base) => {
  const any = withDrops(base);

  test.prop([any, anyAsOf], { numRuns: runs(80) })(
    'matches the from-scratch components, total and gate, within 0–100',
    (p, asOf) => {
      const report = scoreAlignment(p, { asOf });
      const score = (id: string) => q(report.components.find((c) => c.id === id)?.score ?? '-1');
      const fit = motiveFit(p);
      const econ = economics(p);
      expect(near(score('motive-fit'), fit)).toBe(true);
      expect(near(score('economics'), econ.score)).toBe(true);
      expect(near(score('mutuality'), mutuality(p))).toBe(true);
      expect(near(score('clarity'), clarity(p))).toBe(true);
      const subtotal = [
        mul(weightsOf.fit, fit),
        mul(weightsOf.economics, econ.score),
        mul(weightsOf.mutuality, mutuality(p)),
        mul(weightsOf.governance, score('governance')),
        mul(weightsOf.clarity, clarity(p)),
      ].reduce(add);
      const expected = econ.cap !== undefined && lt(econ.cap, subtotal) ? econ.cap : subtotal;
      expect(near(q(report.score), expected)).toBe(true);
      expect(le(ZERO, q(report.score)) && le(q(report.score), HUNDRED)).toBe(true);
      // the report reproduces its own score exactly
      const rebuilt = report.components.reduce((s, c) => s.plus(c.points), report.gate.points);
      expect(rebuilt.eq(report.score)).toBe(true);
      expect(JSON.stringify(scoreAlignment(p, { asOf }))).toBe(JSON.stringify(report));
    },
  );

  test.prop([any, anyAsOf, fc.integer({ min: 0, max: 300 })], { numRuns: runs(60) })(
    'never lowers the score when margin rises, from 0 up to past the benchmark',
    (p, asOf, extra) => {
      const raised = {
        ...p,
        terms: {
          ...p.terms,
          resaleMargin: toDecimal(Math.min(1000, extra))
            .div(1000)
            .plus(p.terms.resaleMargin)
            .clampedTo(0, 1),
        },
      };
      expect(scoreAlignment(raised, { asOf }).score.gte(scoreAlignment(p, { asOf }).score)).toBe(
        true,
      );
    },
  );

  test.prop([any, anyAsOf], { numRuns: runs(25) })(
    'ranks improvements whose scores are those of their changed, still valid, partnerships',
    (p, asOf) => {
      const current = scoreAlignment(p, { asOf }).score;
      const improvements = rankImprovements(p, { asOf });
      for (const [i, improvement] of improvements.entries()) {
        const again = scoreAlignment(improvement.partnership, { asOf });
        expect(again.score.eq(improvement.score)).toBe(true);
        expect(improvement.delta.eq(again.score.minus(current))).toBe(true);
        expect(improvement.delta.gt(0)).toBe(true);
        const next = improvements[i + 1];
        if (next !== undefined) expect(improvement.score.gte(next.score)).toBe(true);
        const comparison = compareAlignment(scoreAlignment(p, { asOf }), again);
        const parts = comparison.components.reduce(
          (s, c) => s.plus(c.delta),
          comparison.gate.delta,
        );
        expect(parts.eq(comparison.delta)).toBe(true);
        const motives = comparison.motives.reduce((s, m) => s.plus(m.delta), toDecimal(0));
        expect(
          motives.eq(
            comparison.components.find((c) => c.id === 'motive-fit')?.delta ?? toDecimal(NaN),
          ),
        ).toBe(true);
      }
    },
  );
});

describe('rankImprovements on the samples', () => {
  it('proposes changed partnerships that round-trip through JSON and parse again', () => {
    for (const raw of [samples.northwindAdvisory, samples.lumenField]) {
      for (const asOf of ['2026-11-27', '2027-09-30']) {
        for (const improvement of rankImprovements(parsePartnership(raw), { asOf })) {
          const json = JSON.parse(JSON.stringify(encodePartnership(improvement.partnership)));
          expect(scoreAlignment(parsePartnership(json), { asOf }).score.eq(improvement.score)).toBe(
            true,
          );
        }
      }
    }
  });
});

describe('declared contributions against the metric’s derived motives', () => {
  it('lets a declared weak contribution override the metric’s moderate default (documented: declared wins)', () => {
    // Northwind's resale-arr measures resale-margin (a metric motive: moderate, 0.5, by default).
    // Declaring it weak (0.25) wins over that default and lowers the motive's coverage, the one way
    // adding a contribution lowers motive fit; the property holds for a motive the objective
    // did not serve yet (test/alignment/properties.test.ts). Lumen's platform-arr relies on this.
    const northwind = parsePartnership(samples.northwindAdvisory);
    const withContributions = (
      contributions: Partnership['charter']['objectives'][number]['contributions'],
    ): Partnership => ({
      ...northwind,
      partner: {
        ...northwind.partner,
        motiveProfile: { source: 'declared', weights: { 'resale-margin': toDecimal(1) } },
      },
      charter: {
        ...northwind.charter,
        objectives: northwind.charter.objectives.map((o) =>
          o.id === 'resale-arr' ? { ...o, contributions } : o,
        ),
      },
      commitments: [],
    });
    const service = (p: Partnership) =>
      scoreAlignment(p, { asOf: '2026-11-27' }).motives[0]?.objectives.find(
        (o) => o.objective === 'resale-arr',
      );
    expect(service(withContributions([]))).toMatchObject({
      strength: 'moderate',
      origin: 'derived',
    });
    expect(
      service(withContributions([{ motive: 'resale-margin', strength: 'weak' }])),
    ).toMatchObject({
      strength: 'weak',
      origin: 'declared',
    });
  });
});

describe('scoreAlignment settings', () => {
  it('refuses a derived strength and a horizon length it cannot use, naming them', () => {
    // derivedStrength 'huge' used to reach strengthCoverage['huge'] (undefined) for any motive served
    // only through a metric; minimumHorizonDays NaN silently failed every horizon.
    const lumen = parsePartnership(samples.lumenField);
    const settings = {
      derivedStrength: 'huge',
      clarity: { minimumHorizonDays: Number.NaN },
    } as never;
    expect(() =>
      scoreAlignment(lumen, { asOf: '2026-11-27', settings }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to scoreAlignment: 2 issues
        - options.settings.clarity.minimumHorizonDays: Not a whole number of days (received NaN; expected a whole number of days from 0 to 36600, such as 365)
        - options.settings.derivedStrength: Not one of the accepted values (received "huge"; expected "weak", "moderate" or "strong")]
    `);
  });
});
