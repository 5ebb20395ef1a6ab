// Releasing: `changeset version`, run as a dry run in a scratch copy of the package manifest and
// the pending changesets, writes one CHANGELOG entry per changeset and bumps the version by the
// largest bump asked for. (`changeset status`, which needs git, runs in `npm test` instead.)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const frontMatter = /^---\n([\s\S]*?)\n---\n+([\s\S]*?)\s*$/;

interface Changeset {
  readonly file: string;
  readonly bumps: Record<string, string>;
  readonly summary: string;
}

function readChangesets(folder: string): Changeset[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .map((file) => {
      const match = frontMatter.exec(readFileSync(join(folder, file), 'utf8'));
      if (!match) throw new Error(`${file} has no front matter`);
      const bumps = Object.fromEntries(
        (match[1] ?? '')
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => {
            const [name = '', bump = ''] = line.split(':').map((part) => part.trim());
            return [name.replace(/^"|"$/g, ''), bump];
          }),
      );
      return { file, bumps, summary: match[2] ?? '' };
    });
}

const changesets = readChangesets(join(root, '.changeset'));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let scratch = '';
let changelog = '';
let version = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'partner-alignment-changesets-'));
  cpSync(join(root, 'package.json'), join(scratch, 'package.json'));
  cpSync(join(root, '.changeset'), join(scratch, '.changeset'), { recursive: true });
  execFileSync(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], {
    cwd: scratch,
    stdio: 'pipe',
  });
  changelog = readFileSync(join(scratch, 'CHANGELOG.md'), 'utf8');
  version = JSON.parse(readFileSync(join(scratch, 'package.json'), 'utf8')).version;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('changeset version', () => {
  it('finds pending changesets, each naming this package with a valid bump', () => {
    expect(changesets.length).toBeGreaterThan(0);
    for (const { file, bumps } of changesets) {
      expect(Object.keys(bumps), file).toEqual([manifest.name]);
      expect(['major', 'minor', 'patch'], file).toContain(bumps[manifest.name]);
    }
  });

  it('writes one CHANGELOG entry per changeset, each once', () => {
    const entries = changelog.split('\n').filter((line) => line.startsWith('- '));
    expect(entries).toHaveLength(changesets.length);
    for (const { file, summary } of changesets) {
      const firstLine = summary.split('\n')[0] ?? '';
      expect(
        entries.filter((entry) => entry === `- ${firstLine}`),
        file,
      ).toHaveLength(1);
    }
  });

  it('bumps the version by the largest bump any changeset asks for', () => {
    const order = ['patch', 'minor', 'major'];
    const largest = Math.max(...changesets.map((c) => order.indexOf(c.bumps[manifest.name] ?? '')));
    const [major = 0, minor = 0, patch = 0] = String(manifest.version).split('.').map(Number);
    // 0.x: changesets bumps as written (a minor from 0.0.0 gives 0.1.0).
    const expected = [
      `${major}.${minor}.${patch + 1}`,
      `${major}.${minor + 1}.0`,
      `${major + 1}.0.0`,
    ][largest];
    expect(version).toBe(expected);
    expect(changelog).toContain(`## ${version}`);
  });

  it('consumes every changeset it released', () => {
    expect(readChangesets(join(scratch, '.changeset'))).toEqual([]);
  });
});
