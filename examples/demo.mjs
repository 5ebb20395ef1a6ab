// A tour of what partner-alignment can do today, run against the built package exactly as a user
// would import it: by its own name, through the exports map (`npm run demo` builds it first).
import { createRequire } from 'node:module';
import * as library from 'partner-alignment';

const require = createRequire(import.meta.url);
const { version } = require('partner-alignment/package.json');

const heading = (text) => console.log(`\n== ${text} ${'='.repeat(Math.max(0, 72 - text.length))}`);

console.log(`partner-alignment ${version}`);

heading('Diagnosis: why is each partner (not) reaching its goals?');
for (const [name, document] of Object.entries(library.samples)) {
  const analysis = library.analyzePartnership(document, { asOf: '2026-11-27' });
  const { diagnosis, alignment } = analysis;
  console.log(
    `\n${analysis.partnership.name} (${name}), alignment ${alignment.display} (${alignment.grade})`,
  );
  console.log(diagnosis.summary);
  for (const cause of diagnosis.causes) {
    const remedy =
      cause.remedy === null
        ? ''
        : ` → ${cause.remedy.description} (+${Number(cause.remedy.gain).toFixed(1)} points)`;
    console.log(`  ${cause.severity.padEnd(8)} ${cause.code}: ${cause.message}${remedy}`);
  }
}

heading('Public API');
const names = Object.keys(library).sort((a, b) => a.localeCompare(b));
console.log(`${names.length} exports; the reference is built by \`npm run docs\` into docs/api/.`);

heading('Money: exact amounts, split fairly');
const budget = library.money('100000.00', 'EUR');
const quarters = library.allocate(budget, ['1', '1', '1']);
console.log(
  `${library.formatMoney(budget, { locale: 'en-IE' })} over three equal quarters: ` +
    quarters.map((part) => library.formatMoney(part, { locale: 'en-IE' })).join(' + '),
);
console.log(
  `They add back to ${library.toDecimalString(library.sumMoney(quarters, 'EUR'))} EUR exactly; ` +
    `the leftover cent goes to the earliest of equal weights.`,
);
const yen = library.allocate(library.money('1000', 'JPY'), ['0.5', '0.3', '0.2']);
console.log(
  `JPY has no minor unit: 1000 JPY by 50/30/20 → ${yen.map(library.toDecimalString).join(' / ')}`,
);

heading('Calendar: fiscal periods as values');
const july = { kind: 'month-based', id: 'fy-july', startMonth: 7 };
const may15 = library.periodOf(july, '2027-05-15', 'quarter');
console.log(
  `On a July–June fiscal year, 2027-05-15 falls in ${library.formatPeriodKey(may15)} ` +
    `(${library.periodStart(july, may15)} to ${library.periodEnd(july, may15)}).`,
);
const nrf = library.nrfRetail;
for (const year of [2022, 2023]) {
  const fiscalYear = library.parsePeriodKey(nrf, `FY${year}`);
  const weeks = library.periodDays(nrf, fiscalYear) / 7;
  console.log(
    `US retail (NRF 4-5-4) fiscal ${year}: ${library.periodStart(nrf, fiscalYear)} to ` +
      `${library.periodEnd(nrf, fiscalYear)}, ${weeks} weeks`,
  );
}
const spans = library.periodsBetween(july, '2026-08-15', '2027-01-31', 'quarter');
console.log('A horizon from 2026-08-15 to 2027-01-31, by fiscal quarter:');
console.table(
  spans.map((span) => ({
    period: library.formatPeriodKey(span.period),
    from: span.coveredStart,
    to: span.coveredEnd,
    days: `${span.coveredDays} of ${span.days}`,
    partial: span.partial,
  })),
);

heading('Model: the bundled partnerships, parsed and summarised');
const partnerships = Object.values(library.samples).map((json) => library.parsePartnership(json));
for (const p of partnerships) {
  const { charter, partner, vendor } = p;
  const archetypes = partner.archetypes
    .map((a) => `${a.archetype} ${a.share.times(100).toString()}%`)
    .join(', ');
  const sides = (side) => charter.stakeholders.filter((s) => s.side === side).length;
  const opportunities = charter.opportunities
    .map(
      (o) =>
        `${o.name} (${library.formatMoney(o.yearlySize, { locale: 'en' })} a year, growing ` +
        `${o.growthRate.times(100).toString()}%, capture ${o.targetShare.times(100).toString()}%)`,
    )
    .join('; ');
  console.log(
    `\n${p.name}. Why: ${charter.purpose} From ${charter.horizon.start} to ${charter.horizon.end}, ` +
      `on the ${p.calendar.id} fiscal calendar. What: ${opportunities}; ` +
      `${charter.objectives.length} objectives (${charter.objectives.map((o) => o.name).join(', ')}). ` +
      `How: ${sides('vendor')} ${vendor.name} and ${sides('partner')} ${partner.name} stakeholders ` +
      `(${partner.name}: ${archetypes}), reviews ${charter.reviewCadences.map((c) => c.name.toLowerCase()).join(' and ')}, ` +
      `${charter.reviewsHeld.length} held so far; ${p.goals.length} period goals, ` +
      `${p.commitments.length} commitments, ${p.actuals.length} actuals.`,
  );
}

const broken = structuredClone(library.samples.northwindAdvisory);
broken.goals[1].period = 'FY2031-Q1';
broken.partner.archetypes[1].share = '0.3';
broken.goals[0].objective = 'services-revenu';
const result = library.safeParsePartnership(broken);
console.log(
  `\nA damaged copy of the first sample is refused, every issue at once:\n${result.error.message}`,
);

heading('Cascade: each objective broken into steps, first fiscal year by quarter');
for (const p of partnerships) {
  console.log(`\n${p.name}`);
  for (const objective of p.charter.objectives) {
    // Keep each objective's own shape and seasonality; show it by quarter.
    const plan = library.cascade(objective, p.calendar, { granularity: 'quarter' });
    const firstYear = library.toRows(plan).slice(0, 4);
    const kind = objective.metric.aggregation === 'sum' ? 'sum' : 'level';
    console.log(
      `  ${objective.name} (${objective.cascade?.shape.kind ?? 'even'}, ${kind} ` +
        `${objective.baseline.toString()} → ${objective.target.toString()}):`,
    );
    console.log(`    ${firstYear.map((row) => `${row.period} ${row.target}`).join(' | ')}`);
  }
}

const northwind = partnerships[0];
const services = library.cascade(northwind.charter.objectives[0], northwind.calendar);
const missed = [
  {
    period: library.parsePeriodKey(northwind.calendar, 'FY2027-Q1'),
    value: library.toDecimal('420000'),
  },
  {
    period: library.parsePeriodKey(northwind.calendar, 'FY2027-Q2'),
    value: library.toDecimal('450000'),
  },
];
console.log(
  '\nNorthwind misses its first two services quarters; the remaining FY2027 steps by policy:',
);
for (const policy of ['spread', 'keep-shape', 'carry-forward', 'reset']) {
  const result = library.replan(services, missed, { policy, cap: '0.5' });
  const next = library.toRows(result.cascade).slice(2, 4);
  console.log(
    `  ${policy.padEnd(13)} ${next.map((row) => `${row.period} ${row.target}`).join(' | ')}` +
      (result.findings.length > 0 ? `  (${result.findings.map((f) => f.code).join(', ')})` : ''),
  );
}

const asOf = '2026-11-27';
const fixed = (value, places = 2) => (value === null ? 'n/a' : value.toFixed(places));

heading(`Progress as of ${asOf}, against the period goals each side set`);
for (const p of partnerships) {
  console.log(`\n${p.name}`);
  const { objectives, rollUp } = library.evaluatePartnershipProgress(p, { asOf });
  for (const progress of objectives) {
    console.log(
      `  ${progress.status.status.padEnd(11)} ${progress.name}: pace ${fixed(progress.pace)}; ` +
        progress.status.rule +
        (progress.straightLine.status === progress.status.status
          ? ''
          : ` (against a straight line to the target: ${progress.straightLine.status})`),
    );
  }
  console.log(
    `  Attained so far: ${fixed(rollUp.attainment)} of the horizon targets (weighted); weakest: ${rollUp.weakest?.objective} ` +
      `(${rollUp.weakest?.status}).`,
  );
}

heading(`Alignment as of ${asOf}: how well each plan serves the partner's own motives`);
for (const p of partnerships) {
  const report = library.scoreAlignment(p, { asOf });
  console.log(`\n${p.name}: ${report.display} / 100, grade ${report.grade}`);
  for (const component of report.components) {
    console.log(
      `  ${component.id.padEnd(11)} ${component.score.toFixed(1).padStart(5)} × ${component.weight}` +
        `  ${component.reasons[0] ?? ''}`,
    );
  }
  console.log('  Top findings:');
  for (const finding of report.findings.slice(0, 3)) {
    const remedies = library.alignmentRemedies[finding.code];
    console.log(
      `    [${finding.severity}] ${finding.message}.` +
        (remedies.length === 0 ? '' : ` Remedy: ${remedies.join(' or ')}.`),
    );
  }
  console.log('  Best improvements (each found by re-scoring the changed partnership):');
  for (const improvement of library.rankImprovements(p, { asOf }).slice(0, 3)) {
    console.log(
      `    +${improvement.delta.toFixed(1)} → ${improvement.score.toFixed(1)}: ${improvement.description}`,
    );
  }
}

heading("Partner economics: where the partner's profit comes from, and which lever moves it");
for (const p of partnerships) {
  const source = p.id === 'stratus-lumen' ? 'actuals' : 'goals';
  const economics = library.computeEconomics(p, { source });
  const money = (m) => library.formatMoney(m, { locale: 'en' });
  console.log(`\n${p.partner.name} (vendor revenue from its ${source}):`);
  for (const row of economics.total.sources.filter((s) => s.applies)) {
    console.log(
      `  ${row.source.padEnd(17)} revenue ${money(row.revenue).padStart(16)}   gross profit ${money(row.grossProfit).padStart(15)}`,
    );
  }
  const share = economics.total.marginShare;
  console.log(
    `  Gross profit ${money(economics.total.grossProfit)}; resale margin is ` +
      `${share.kind === 'share' ? `${share.value.times(100).toFixed(1)}%` : `undefined (${share.reason})`} of it.`,
  );
  for (const finding of economics.findings) {
    console.log(`  ${finding.severity} ${finding.code}: ${finding.message}.`);
  }
  const ranking = library.rankLevers(p, { source });
  console.log('  Levers, ranked by the gross profit one step adds (and the motive each moves):');
  for (const lever of ranking.levers) {
    console.log(
      lever.kind === 'applicable'
        ? `    ${lever.rank}. ${lever.description}: ${money(lever.delta)} (${lever.motive})`
        : `    -  ${lever.description}: not applicable (${lever.reason})`,
    );
  }
  if (ranking.top !== null) {
    console.log(
      `  What pays ${p.partner.name} most: ${ranking.top.description.toLowerCase()}, ` +
        `${money(ranking.top.delta)}, which serves its ${ranking.top.motive} motive.`,
    );
  }
}
