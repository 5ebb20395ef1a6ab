// Runs `changeset status` the way it works in any checkout: against `main` when the clone has it,
// else against `origin/main` (a clone of another branch), else against HEAD (a clone with no main
// at all, where it still reads and checks every changeset). It fails on a changeset that cannot be
// read, and on a branch that changes the package without a changeset (`npx changeset`, or
// `npx changeset --empty` for a change users cannot see).
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const exists = (ref) =>
  spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root })
    .status === 0;
const base = ['main', 'origin/main'].find(exists) ?? 'HEAD';
const bin = join(root, 'node_modules', '@changesets', 'cli', 'bin.js');
try {
  execFileSync(process.execPath, [bin, 'status', `--since=${base}`], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (error) {
  console.error(`${error.stdout ?? ''}${error.stderr ?? ''}`.trimEnd());
  console.error(`changeset status failed (compared with ${base}).`);
  process.exit(1);
}
const changesets = readdirSync(join(root, '.changeset')).filter(
  (file) => file.endsWith('.md') && file !== 'README.md',
);
console.log(
  `changeset status passed: ${changesets.length} changesets read, compared with ${base}.`,
);
