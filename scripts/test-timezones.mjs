// Runs the calendar tests, and the engine tests that count days, again under time zones chosen
// to break naive date code:
// UTC, UTC+14 (Pacific/Kiritimati: the first to see a new day) and UTC-3:30 with daylight saving
// (America/St_Johns). Each run writes its own vitest JSON report beside the main one.
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'Pacific/Kiritimati', 'America/St_Johns'];
// Everything that turns dates into days: calendars, the engines that count elapsed days, and the
// report's dates for people (made as Date objects at the date-fns edge).
const folders = [
  'test/calendar',
  'test/progress',
  'test/alignment/review-schedule.test.ts',
  'test/report/localization.test.ts',
];
const vitest = [
  'vitest',
  'run',
  ...folders,
  '--passWithNoTests',
  '--reporter=dot',
  '--reporter=json',
];

for (const zone of zones) {
  const file = `reports/vitest-tz-${zone.replaceAll('/', '-')}.json`;
  console.log(`\n[time zone ${zone}]`);
  const run = spawnSync('npx', [...vitest, `--outputFile.json=${file}`], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) {
    console.error(`Tests failed under TZ=${zone}`);
    process.exit(run.status ?? 1);
  }
}
