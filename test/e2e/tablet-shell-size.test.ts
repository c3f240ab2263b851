// The tablet's shell (keypad, avatar choice, seated lobby) stays small: its first-load script, read from the build
// (its HTML and the static imports in the Vite manifest), is at most 60 KB gzip. Activity views are not in it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_IDS } from '../../shared/activities/registry';
import { firstLoad } from '../support/first-load-size';
import { REPO } from '../support/test-server';

const CLIENT = join(REPO, 'dist/client');
/** Issue 16: the tablet shell's script ≤ 60 KB gzip. */
const BUDGET = 60 * 1024;

describe('tablet shell size', () => {
  it('loads at most 60 KB gzip of script before the child is seated, and no activity view', () => {
    const load = firstLoad(CLIENT, 'tablet/index.html');
    // The HTML's own script and preloads are all in the set read from the manifest.
    expect(load.htmlScripts.length).toBeGreaterThan(0);
    for (const file of load.htmlScripts) expect(load.scripts).toContain(file);
    expect(load.scripts.filter((f) => ACTIVITY_IDS.some((id) => f.startsWith(`assets/${id}-`)))).toEqual([]);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    expect(load.scriptGzip, `tablet first-load script ${kb(load.scriptGzip)} gzip: ${load.scripts.join(', ')}`).toBeLessThanOrEqual(BUDGET);
  });
});
