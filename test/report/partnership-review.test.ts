import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import {
  analyzePartnership,
  isValidationError,
  type PartnershipJson,
  samples,
} from '../../src/index.js';
import { partnershipReview, toHtml, toMarkdown } from '../../src/report.js';
import { deepFreeze } from '../money/deep-freeze.js';

const asOf = '2026-11-27';
const northwind = partnershipReview(samples.northwindAdvisory, { asOf });

function issueOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (!isValidationError(error)) throw error;
    const issue = error.issues[0];
    return `${issue?.code} at ${issue?.path.join('.')}`;
  }
  return 'no error';
}

describe('partnershipReview', () => {
  it('keeps what the page shows, as plain data', () => {
    expect(northwind.partnership).toMatchObject({
      name: 'Stratus Cloud × Northwind Advisory',
      vendor: 'Stratus Cloud',
      partner: 'Northwind Advisory',
      currency: 'USD',
    });
    // The quarterly review of FY2027-Q2 (Oct–Dec 2026) is due 30 days after the quarter ends.
    expect(northwind.charter.nextReview).toEqual({
      cadence: 'Quarterly business review',
      period: 'FY2027-Q2',
      due: '2027-01-30',
    });
    expect(northwind.objectives.map((o) => [o.id, o.status.status])).toEqual([
      ['services-revenue', 'on-track'],
      ['certified-consultants', 'ahead'],
      ['practice-utilization', 'ahead'],
      ['new-deals', 'on-track'],
      ['resale-arr', 'on-track'],
    ]);
    expect([northwind.alignment.display, northwind.alignment.grade]).toEqual(['82.9', 'B']);
    expect(northwind.improvements.map((i) => i.rank)).toEqual([1, 2, 3]);
    expect(northwind.economics?.sources.map((s) => s.source)).toEqual([
      'resale-margin',
      'services',
    ]);
    expect(JSON.parse(JSON.stringify(northwind))).toEqual(northwind);
    expect(structuredClone(northwind)).toEqual(northwind);
  });

  it("reads the partner's economics as the analysis does, so the page and its diagnosis agree", () => {
    for (const [sample, economics] of [
      [samples.lumenField, undefined],
      [samples.northwindAdvisory, undefined],
      [samples.lumenField, { source: 'actuals' }],
    ] as const) {
      const review = partnershipReview(sample, { asOf, ...(economics ? { economics } : {}) });
      const analysis = analyzePartnership(sample, { asOf, ...(economics ? { economics } : {}) });
      const expected = analysis.economics.kind === 'computed' ? analysis.economics : undefined;
      expect([
        review.economics?.source,
        review.economics?.revenue,
        review.economics?.grossProfit,
        review.economics?.marginShare,
      ]).toEqual([
        expected?.source,
        expected?.revenue,
        expected?.grossProfit,
        expected?.marginShare,
      ]);
    }
    // Lumen on its plan: the margin is 3.74% of the partner's gross profit, the figure the
    // diagnosis's margin-below-benchmark cause quotes ("margin is 3.7% of ...").
    const lumen = partnershipReview(samples.lumenField, { asOf });
    expect([lumen.economics?.source, lumen.economics?.marginShare]).toEqual(['plan', '0.0374']);
  });

  it('measures each objective against the plan the diagnosis reads: its goals where set', () => {
    // Services revenue FY2027-Q1: actual 548,300 against the agreed goal of 560,000 (the cascade's
    // step was 690,135.94): pace 548300 / 560000 = 0.97910..., at least 0.95: on track, as the
    // diagnosis says ("on plan").
    const services = northwind.objectives[0]?.status;
    expect([
      services?.status,
      services?.paceExact?.slice(0, 6),
      services?.expectedToDateExact,
      services?.actualToDateExact,
      northwind.diagnosis.status,
    ]).toEqual(['on-track', '0.9791', '560000', '548300', 'on-plan']);
  });

  it('shows the diagnosis: its verdict, and as many causes as asked with their remedies', () => {
    const lumen = partnershipReview(samples.lumenField, { asOf, causes: 2 });
    expect(lumen.diagnosis.status).toBe('behind');
    expect(lumen.diagnosis.causes.map((c) => [c.code, c.remedyGainExact])).toEqual([
      ['goals-assigned', '3.33333333333'],
      ['margin-below-benchmark', '2.75'],
    ]);
    // The findings leave out what the diagnosis already shows.
    expect(lumen.alignment.findings.map((f) => f.code)).not.toContain('goals-assigned');
    expect(partnershipReview(samples.lumenField, { asOf, causes: 0 }).diagnosis.causes).toEqual([]);
  });

  it('shows as many improvements and findings as asked, and no economics without a profile', () => {
    const short = partnershipReview(samples.northwindAdvisory, {
      asOf,
      improvements: 1,
      findings: 0,
    });
    expect([short.improvements.length, short.alignment.findings.length]).toEqual([1, 0]);
    const { economics: _economics, ...rest } = samples.northwindAdvisory as PartnershipJson;
    expect(partnershipReview(rest as PartnershipJson, { asOf }).economics).toBeNull();
  });

  it('names the option at fault, inside the engine groups too', () => {
    const doc = samples.northwindAdvisory;
    expect([
      issueOf(() => partnershipReview(doc, undefined as never)),
      issueOf(() => partnershipReview(doc, { asOf: '27.11.2026' })),
      issueOf(() => partnershipReview(doc, { asOf, improvements: 21 })),
      issueOf(() => partnershipReview(doc, { asOf, colour: 'red' } as never)),
      issueOf(() => partnershipReview(doc, { asOf, progress: { forecast: 'guess' } } as never)),
      issueOf(() => partnershipReview(doc, { asOf, progress: { asOf } } as never)),
      issueOf(() => partnershipReview(doc, { asOf, economics: { source: 'rumour' } } as never)),
      issueOf(() => partnershipReview({ ...doc, currency: 'usd' }, { asOf })),
    ]).toEqual([
      'required at options.asOf',
      'invalid-date at options.asOf',
      'too-big at options.improvements',
      'unknown-field at options.colour',
      'invalid-value at options.progress.forecast',
      'unknown-field at options.progress.asOf',
      'invalid-value at options.economics.source',
      'unknown-currency at partnership.currency',
    ]);
  });

  it('never changes the partnership it reads', () => {
    const doc = deepFreeze(JSON.parse(JSON.stringify(samples.lumenField)) as PartnershipJson);
    const before = JSON.stringify(doc);
    partnershipReview(doc, { asOf });
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('toMarkdown', () => {
  it('writes the charter, objectives, diagnosis, improvements, alignment and economics', () => {
    const markdown = toMarkdown(northwind);
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '# Stratus Cloud × Northwind Advisory',
      '## Charter',
      '## Objectives',
      '## Diagnosis: On plan',
      '## Best improvements',
      '## Alignment: 82.9 of 100, grade B',
      '### Findings',
      "## The partner's economics",
    ]);
    expect(markdown).toContain(
      '- **Reviews\\:** Quarterly business review, Yearly strategic review; next: Quarterly business review of Q2 FY2027 (1 Oct – 31 Dec 2026), due 30 Jan 2027 (in 64 days)'.replace(
        '\\:',
        ':',
      ),
    );
    expect(markdown).toContain('| Economics | 90 | 10% | 9 |');
    // The largest risk first, with its remedy and the points it gains (1.42857142857 → 1.4).
    expect(markdown).toContain(
      '1. **info:** 1 of 7 period goals was assigned rather than agreed with the partner (new-deals) → Agree the 1 assigned period goal with the partner (+1.4)',
    );
  });

  it('writes dates and numbers in the locale', () => {
    const german = toMarkdown(northwind, { locale: de });
    expect(german).toContain('Partnership review as of 27. Nov. 2026');
    expect(german).toContain('due 30. Jan. 2027 (in 64 Tagen)');
    expect(german).toContain('Q2 FY2027 (1. Okt. – 31. Dez. 2026)');
    expect(german).toContain('| Mutuality | 85,7 | 20\u00a0% | 17,1 |');
    expect(toMarkdown(northwind, { locale: enUS })).toContain('due Jan 30, 2027');
  });

  it('reads a review back from JSON, and refuses what is not one', () => {
    const back = JSON.parse(JSON.stringify(northwind));
    expect(toMarkdown(back)).toBe(toMarkdown(northwind));
    expect([
      issueOf(() => toMarkdown({ ...back, asOf: 'soon' })),
      issueOf(() => toMarkdown({ ...back, alignment: { ...back.alignment, score: '1e3' } })),
      issueOf(() => toMarkdown(northwind, { locale: 'de' } as never)),
      issueOf(() => toMarkdown(42 as never)),
    ]).toEqual([
      'invalid-date at review.asOf',
      'invalid-value at review.alignment.score',
      'invalid-type at options.locale',
      'invalid-type at review',
    ]);
  });
});

describe('toHtml', () => {
  it('writes one self-contained page with a chart per objective and four more', async () => {
    const html = await toHtml(northwind);
    expect(html.match(/<svg/g)).toHaveLength(northwind.objectives.length + 4);
    expect(html).not.toMatch(/<script|<link|@import|url\(/);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('@page { size: A4;');
    const german = await toHtml(northwind, { locale: de });
    expect(german).toContain('<html lang="de">');
    // The charts' axes use the locale's decimal comma too (d3-format reads it from the spec):
    // Lumen's ARR axis runs 1.5M, 2M, 2.5M, ...
    const lumenGerman = await toHtml(partnershipReview(samples.lumenField, { asOf }), {
      locale: de,
    });
    expect(lumenGerman).toContain('>1,5M<');
    expect(lumenGerman).not.toContain('>1.5M<');
  });
});
