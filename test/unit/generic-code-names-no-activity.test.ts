// Generic code knows no activity: outside an activity's own folders and the one-line registries, no file of shared/,
// server/, client/ or scripts/ names an activity id, one of its event or intent types, or imports from its folders.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, ACTIVITY_IDS, activityEventTypes } from '../../shared/activities/registry';
import { ACTIVITY_FOLDERS, REGISTRIES } from '../support/activity-layout';
import { REPO } from '../support/test-server';

/** Files that name activities on purpose, and why. */
const CONTENT = new Map<string, string>([
  // Programmes are content: a template is a list of rounds of named activities.
  ['shared/programmes/templates/getting-along.ts', 'programme template'],
  ['shared/programmes/templates/screen-time.ts', 'programme template'],
  ['shared/programmes/templates/self-confidence.ts', 'programme template'],
  // The demo's two sessions are content too: which rounds it plays, from the template.
  ['scripts/demo/script.ts', 'demo script'],
]);

const ownFolder = (file: string) => ACTIVITY_IDS.some((id) => ACTIVITY_FOLDERS.some((f) => file.startsWith(f.replace('<id>', id))));

function genericFiles(): string[] {
  const out = execFileSync('git', ['ls-files', 'shared', 'server', 'client', 'scripts'], { cwd: REPO, encoding: 'utf8' });
  return out
    .split('\n')
    .filter((f) => /\.(ts|mts|mjs)$/.test(f))
    .filter((f) => !ownFolder(f) && !REGISTRIES.includes(f) && !CONTENT.has(f));
}

/** Every way a file can name an activity: its id, its event and intent types (quoted), or a path into its folders. */
function mentions(text: string): string[] {
  const types = [...activityEventTypes().map(([type]) => type), ...ACTIVITY_IDS.flatMap((id) => Object.keys(ACTIVITIES[id].intents))];
  const quoted = [...ACTIVITY_IDS, ...types].filter((n) => ["'", '"', '`'].some((q) => text.includes(`${q}${n}${q}`)));
  const paths = ACTIVITY_IDS.filter((id) => new RegExp(`/${id}(/|'|")`).test(text)).map((id) => `path …/${id}`);
  return [...quoted, ...paths];
}

describe('generic code and activities', () => {
  it('no generic file names an activity, its event or intent types, or imports from its folders', () => {
    const files = genericFiles();
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => mentions(readFileSync(join(REPO, f), 'utf8')).map((n) => `${f}: ${n}`));
    expect(found).toEqual([]);
  });

  it('the check finds a mention when there is one', () => {
    const [id] = ACTIVITY_IDS;
    expect(mentions(`if (round.activity === '${id}') {}`)).toEqual([id]);
    expect(mentions(`import { x } from '../activities/${id}/views';`)).toEqual([`path …/${id}`]);
    expect(mentions('const plain = 1;')).toEqual([]);
  });

  it('every file allowed to name activities still exists and still needs to', () => {
    for (const f of CONTENT.keys()) expect(mentions(readFileSync(join(REPO, f), 'utf8')).length, f).toBeGreaterThan(0);
  });
});
