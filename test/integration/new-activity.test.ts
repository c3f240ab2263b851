// `npm run new-activity` in a copy of the repo: it adds only the new activity's folders and one line per registry, and
// the copy then type-checks, lints, passes the activity's own tests and the tests that iterate over every activity, builds, and plays.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_FOLDERS, REGISTRIES } from '../support/activity-layout';
import { REPO } from '../support/test-server';

const ID = 'feelings-weather';

/** The registries the scaffold adds a line to (the review's pictures and the demo's rounds are optional: none). */
const TOUCHED_REGISTRIES = [
  'shared/activities/list.ts',
  'shared/activities/error-list.ts',
  'client/screen/activities/list.ts',
  'client/tablet/activities/index.ts',
  'client/console/activities/list.ts',
];

/** Tests that go over every activity (words, glossary, events, replay sentences, generic code, protocol, room fuzz, the tablet's words). */
const GENERIC_TESTS = [
  'test/unit/activity-words.test.ts',
  'test/unit/glossary.test.ts',
  'test/unit/activity-events.test.ts',
  'test/unit/review-replay-describe.test.ts',
  'test/unit/generic-code-names-no-activity.test.ts',
  'test/unit/metrics-know-no-activity.test.ts',
  'test/unit/protocol.test.ts',
  'test/unit/room-fuzz.test.ts',
  'test/unit/tablet-dictionary.test.ts',
];

let copy = '';
const node = process.execPath;

/** Runs a command in the copy; its output is printed when it fails. */
function run(args: string[], env: Record<string, string> = {}): { status: number | null; out: string } {
  const r = spawnSync(node, args, {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) console.log(`[copy] ${args.join(' ')} failed:\n${out.slice(-6000)}`);
  return { status: r.status, out };
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: copy, encoding: 'utf8' });

describe('npm run new-activity', () => {
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'ct-new-activity-'));
    // The repository's tracked files as they are in the work tree, and its installed packages.
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: REPO, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const f of files) {
      mkdirSync(dirname(join(copy, f)), { recursive: true });
      cpSync(join(REPO, f), join(copy, f));
    }
    symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'), 'dir');
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'copy');
  }, 120_000);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('refuses an id that is not kebab-case or already taken, changing nothing', () => {
    const refusals: [string, RegExp][] = [
      ['FeelingsWeather', /kebab-case/],
      ['feelings_weather', /kebab-case/],
      ['9-lives', /kebab-case/],
      ['pass-star', /already exists/],
      // Pass the Star's words are under consolePage.star: an activity "star" would clash with them.
      ['star', /consolePage\.star/],
    ];
    for (const [bad, why] of refusals) {
      const r = spawnSync(node, ['--import', 'tsx', 'scripts/new-activity.ts', bad], { cwd: copy, encoding: 'utf8' });
      expect(r.status, bad).toBe(2);
      expect(r.stderr, bad).toMatch(why);
    }
    expect(git('status', '--porcelain')).toBe('');
  });

  it('adds only its folders and one line per registry; the copy type-checks, lints, passes the tests, builds and plays', () => {
    const made = spawnSync('npm', ['run', 'new-activity', ID], { cwd: copy, encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);

    // New files only inside the activity's folders (and its tests).
    const added = git('ls-files', '--others', '--exclude-standard').split('\n').filter(Boolean);
    const folders = ACTIVITY_FOLDERS.map((f) => f.replace('<id>', ID));
    const tests = [`test/unit/${ID}.test.ts`, `test/e2e/${ID}.test.ts`];
    expect(added.filter((f) => !folders.some((d) => f.startsWith(d)) && !tests.includes(f))).toEqual([]);
    for (const t of tests) expect(added).toContain(t);
    for (const side of ['shared/activities', 'client/screen/activities', 'client/tablet/activities', 'client/console/activities'])
      expect(
        added.some((f) => f.startsWith(`${side}/${ID}/`)),
        side,
      ).toBe(true);

    // Changed files: exactly the registries, each with one added line and nothing removed.
    const changed = git('diff', '--name-only').split('\n').filter(Boolean).sort();
    expect(changed).toEqual([...TOUCHED_REGISTRIES].sort());
    for (const f of TOUCHED_REGISTRIES) {
      expect(REGISTRIES).toContain(f);
      const [plus, minus] = git('diff', '--numstat', '--', f).trim().split('\t');
      expect([f, plus, minus]).toEqual([f, '1', '0']);
      expect(git('diff', '-U0', '--', f)).toContain(ID);
    }

    const tsc = run(['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);
    expect(tsc.status, 'tsc').toBe(0);
    const lint = run(['node_modules/@biomejs/biome/bin/biome', 'check', ...added.filter((f) => f.endsWith('.ts')), ...TOUCHED_REGISTRIES]);
    expect(lint.status, 'biome').toBe(0);

    const unit = run(['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', `test/unit/${ID}.test.ts`, ...GENERIC_TESTS], { FUZZ_SEEDS: '20' });
    expect(unit.status, 'vitest').toBe(0);
    // The activity's own test and the generic ones ran (not an empty run).
    expect(unit.out).toMatch(new RegExp(`${ID}\\.test\\.ts`));
    expect(unit.out).toMatch(new RegExp(`Test Files\\s+${GENERIC_TESTS.length + 1} passed`));

    const build = run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
    expect(build.status, 'vite build').toBe(0);
    // It plays: its own end-to-end test (two tablets, the screen, the console in Chromium) passes on the built pages.
    const e2e = run(['node_modules/vitest/vitest.mjs', 'run', '--project', 'e2e', `test/e2e/${ID}.test.ts`]);
    expect(e2e.status, 'e2e').toBe(0);
    expect(e2e.out).toMatch(/Tests\s+1 passed/);

    // The tablet's view of the new activity is loaded on demand, like every other activity's.
    expect(readFileSync(join(copy, 'client/tablet/activities/index.ts'), 'utf8')).toContain(`import('./${ID}')`);
  }, 600_000);
});
