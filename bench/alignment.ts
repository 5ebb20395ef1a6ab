/**
 * Benchmark of issue 13: `scoreAlignment` reads its settings once per override object instead of
 * on every call. On 200 generated realistic partnerships (see bench/support/partnerships.ts),
 * already parsed, three ways in the same process, rounds alternated:
 * - `defaults`: no settings (read once, then cached);
 * - `reused`: one override object passed with every call (read once per object);
 * - `fresh`: an equal override object made anew for every call, so every call reads and checks
 *   every setting again: what each call cost before the cache.
 * Target: `reused` takes at most 0.85× `fresh` (reading the settings was about a quarter of a
 * score). Times are medians of CPU time. Writes bench/results/alignment.json.
 */
import { writeFileSync } from 'node:fs';
import { type AlignmentSettingsOverrides, parsePartnership, scoreAlignment } from '../src/index.js';
import { machine } from './support/machine.js';
import { generatePortfolio } from './support/partnerships.js';

const COUNT = 200;
const ROUNDS = 15;
const TARGET = 0.85;
const asOf = '2026-11-27';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** CPU time of `run` in milliseconds (user and system: steadier than the wall clock on a shared machine). */
function time(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const partnerships = generatePortfolio(COUNT).map((document) => parsePartnership(document));
const overrides = (): AlignmentSettingsOverrides => ({
  componentWeights: { economics: '0.10', clarity: '0.10' },
  strengthCoverage: { strong: '0.8' },
});
const reused = overrides();
let sink = 0;
const ways: Record<string, () => void> = {
  defaults: () => {
    for (const p of partnerships) sink += scoreAlignment(p, { asOf }).findings.length;
  },
  reused: () => {
    for (const p of partnerships)
      sink += scoreAlignment(p, { asOf, settings: reused }).findings.length;
  },
  fresh: () => {
    for (const p of partnerships)
      sink += scoreAlignment(p, { asOf, settings: overrides() }).findings.length;
  },
};
for (let i = 0; i < 5; i++) for (const run of Object.values(ways)) run();
const times: Record<string, number[]> = { defaults: [], reused: [], fresh: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(ways)) times[name]?.push(time(run));
}
if (sink === 0) throw new Error('nothing was scored');
const ms = (name: string) => Number(median(times[name] ?? []).toFixed(3));
const perCall = (name: string) => Number(((ms(name) * 1000) / COUNT).toFixed(1));
const ratio = Number((ms('reused') / ms('fresh')).toFixed(3));
const passed = ratio <= TARGET;
const results = {
  benchmark:
    'alignment: scoreAlignment of 200 generated parsed partnerships, settings read once (defaults, one reused override object) against read on every call (a fresh override object each call), median CPU time of 15 alternated rounds',
  command: process.env['BENCH_COMMAND'] ?? 'npm run bench -- alignment',
  date: new Date().toISOString(),
  machine: machine(),
  rounds: ROUNDS,
  partnerships: COUNT,
  medianMs: { defaults: ms('defaults'), reused: ms('reused'), fresh: ms('fresh') },
  microsecondsPerScore: {
    defaults: perCall('defaults'),
    reused: perCall('reused'),
    fresh: perCall('fresh'),
  },
  settingsShareOfFreshCall: Number((1 - ratio).toFixed(3)),
  reusedOverFresh: ratio,
  ratioTarget: TARGET,
  passed,
};
console.log(results);
writeFileSync('bench/results/alignment.json', `${JSON.stringify(results, null, 2)}\n`);
if (!passed) {
  console.error(
    `alignment benchmark: reused settings take ${ratio}× fresh ones, above the target of ${TARGET}×`,
  );
  process.exit(1);
}
