// The bundled samples as of 2026-11-27, scored by hand with scoring version 2 and the default
// settings. Neither sample declares objective weights, so every objective counts 1; both held their
// reviews with both sides (and the strategic ones with both sponsors) present.
import { describe, expect, it } from 'vitest';
import { parsePartnership, samples, scoreAlignment } from '../../src/index.js';

const asOf = '2026-11-27';
const rows = (raw: typeof samples.lumenField) => {
  const score = scoreAlignment(parsePartnership(raw), { asOf });
  return {
    total: [score.score.toString(), score.display, score.grade],
    components: score.components.map((c) => [c.id, c.score.toString(), c.points.toString()]),
    coverage: score.motives.map((m) => [m.motive, m.coverage.toString()]),
    findings: score.findings.map((f) => `${f.severity} ${f.code}`),
  };
};

describe('scoreAlignment on Northwind Advisory (consulting 0.8, reseller 0.2)', () => {
  // Commitments cover their objective's coverage × 0.25 × the credit of their status (delivered
  // 1, planned or in progress 0.5):
  // services revenue 0.24: services-revenue strong 0.8, new-deals moderate 0.5, c-mdf (planned,
  //   through services-revenue 0.8) 0.1, c-leads (in progress, new-deals 0.5) 0.0625, c-presales
  //   (delivered, new-deals 0.5) 0.125 → 1 − 0.2 × 0.5 × 0.9 × 0.9375 × 0.875 = 0.926171875
  // consultant utilization 0.20: certified-consultants 0.5, practice-utilization 0.8,
  //   c-enablement (in progress, 0.5) 0.0625, c-certify (in progress, 0.8) 0.1
  //   → 1 − 0.5 × 0.2 × 0.9375 × 0.9 = 0.915625
  // deal volume 0.18: new-deals 0.8, c-mdf 0.1, c-leads 0.1, c-presales 0.2
  //   → 1 − 0.2 × 0.9 × 0.9 × 0.8 = 0.8704
  // bill rate 0.16: services-revenue weak 0.25, certified-consultants 0.5, c-enablement 0.0625,
  //   c-mdf (0.25) 0.03125, c-certify (0.5) 0.0625 → 1 − 0.75 × 0.5 × 0.9375 × 0.96875 × 0.9375
  //   = 0.6807098388671875 → 0.680709838867 (12 places)
  // resale margin 0.07: resale-arr moderate 0.5; retention 0.11, product breadth and discount
  //   discipline 0.02 each: nothing
  // motive fit = 100 × (0.24 × 0.926171875 + 0.2 × 0.915625 + 0.18 × 0.8704 + 0.16 ×
  //   0.680709838867 + 0.07 × 0.5) = 22.228125 + 18.3125 + 15.6672 + 10.891357421872 + 3.5
  //   = 70.599182421872 → × 0.45 = 31.7696320898424
  // economics: margin at the benchmark → 90 × 0.10 = 9
  // mutuality: (4 agreed + 2 × 0.5 proposed) / 7 = 0.714285714286 × 0.5 + both sides 0.25 + 5 of
  //   5 tied 0.25 = 85.7142857143 × 0.20 = 17.14285714286
  // governance 100 × 0.15 = 15; clarity 100 × 0.10 = 10
  // total 31.7696320898424 + 9 + 17.14285714286 + 15 + 10 = 82.9124892327024 → 82.9, B
  // (scoring version 1 read 83.8: it counted the planned and in-progress commitments in full)
  it('scores 82.9 (B), to the numbers worked out by hand', () => {
    const northwind = rows(samples.northwindAdvisory);
    expect(northwind.total).toEqual(['82.9124892327024', '82.9', 'B']);
    expect(northwind.components).toEqual([
      ['motive-fit', '70.599182421872', '31.7696320898424'],
      ['economics', '90', '9'],
      ['mutuality', '85.7142857143', '17.14285714286'],
      ['governance', '100', '15'],
      ['clarity', '100', '10'],
    ]);
    expect(northwind.coverage.slice(0, 4)).toEqual([
      ['services-revenue', '0.926171875'],
      ['consultant-utilization', '0.915625'],
      ['deal-volume', '0.8704'],
      ['bill-rate', '0.680709838867'],
    ]);
    expect(northwind.findings).toEqual([
      'warning motive-unserved',
      'warning goals-assigned',
      'info goals-proposed',
    ]);
  });
});

describe('scoreAlignment on Lumen Field Software (declared profile)', () => {
  // subscription revenue 0.35: lumen-arr strong 0.8, active-users and joint-wins moderate 0.5,
  //   c-marketplace (delivered, 0.5) 0.125 → 1 − 0.2 × 0.5 × 0.5 × 0.875 = 0.95625
  // user growth 0.25: active-users 0.8, c-marketplace (0.8) 0.2 → 0.84
  // discount discipline 0.15: discount-depth 0.8, c-pricing (delivered) 0.2 → 0.84
  // product breadth 0.10: modules-per-customer 0.5, c-tech (planned) 0.5 × 0.25 × 0.5 = 0.0625
  //   → 1 − 0.5 × 0.9375 = 0.53125; retention 0.15: nothing
  // motive fit = 33.46875 + 21 + 12.6 + 5.3125 = 72.38125 → × 0.45 = 32.5715625
  // economics: 90 × (0.10 / 0.12)² = 62.5 × 0.10 = 6.25 (ratio 0.833 ≥ 0.75: no cap)
  // mutuality: (2 + 2 × 0.5) / 6 = 0.5 × 0.5 + 0.25 + 3 of 3 tied 0.25 = 75 × 0.20 = 15
  // governance 100 × 0.15 = 15; clarity 100 × 0.10 = 10
  // total 32.5715625 + 6.25 + 15 + 15 + 10 = 78.8215625 → 78.8, B
  // (version 1 read 79.0: the planned c-tech covered product breadth at 0.125, so 0.5625)
  it('scores 78.8 (B), and says that platform-arr declares less than its metric would give', () => {
    const lumen = rows(samples.lumenField);
    expect(lumen.total).toEqual(['78.8215625', '78.8', 'B']);
    expect(lumen.components).toEqual([
      ['motive-fit', '72.38125', '32.5715625'],
      ['economics', '62.5', '6.25'],
      ['mutuality', '75', '15'],
      ['governance', '100', '15'],
      ['clarity', '100', '10'],
    ]);
    expect(lumen.coverage).toEqual([
      ['subscription-revenue', '0.95625'],
      ['user-growth', '0.84'],
      ['discount-discipline', '0.84'],
      ['retention', '0'],
      ['product-breadth', '0.53125'],
    ]);
    expect(lumen.findings).toEqual([
      'warning motive-unserved',
      'warning objective-serves-no-motive',
      'warning margin-below-benchmark',
      'warning goals-assigned',
      'info contribution-weaker-than-metric',
      'info goals-proposed',
    ]);
  });
});
