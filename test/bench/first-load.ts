// `npm run bench:first-load [-- --json --tries N --rate N]`: time from opening /j/<code> to the seated lobby, in
// Chromium with the CPU throttled (4× by default), each try a fresh browser context (cold cache, no service worker).
// `--client-dir A --client-dir B` times two builds' pages in turn, try by try (fair on a machine others share).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildClientIfStale, top } from '../../scripts/build-client.mjs';
import { stopAllChildren } from './child-process';
import { num } from './options';
import { createGroups, setupStaff, startSessions } from './setup-api';
import { startCircletime } from './start-server';

const USAGE = 'usage: npm run bench:first-load -- [--tries N] [--rate N] [--client-dir <built pages>] [--json] [--verbose]';
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const TRIES = flag('--tries') ? num('--tries', value('--tries'), 1, 50, USAGE) : 5;
const RATE = flag('--rate') ? num('--rate', value('--rate'), 1, 20, USAGE) : 4;
const JSON_OUT = flag('--json');
const VERBOSE = flag('--verbose');
/** Other builds' pages (e.g. an older commit's dist/client), each served by a server of its own; default dist/client. */
const CLIENT_DIRS = args.flatMap((a, i) => (a === '--client-dir' && args[i + 1] ? [resolve(args[i + 1]!)] : []));

/** One try's timings, ms since the navigation started (the page's own clock, performance.now()). */
interface Try {
  /** The page's scripts have run (DOMContentLoaded ends after the module scripts). */
  ready: number;
  /** The avatar grid ("which one is you?") is on screen. */
  choose: number;
  /** The avatar was tapped (at once, by the page's own script: see instantChild). */
  tap: number;
  /** The seated lobby is on screen: the number this bench is about. */
  seated: number;
  /** Script bytes the page fetched (compressed, as sent) and how many script files, before the avatars showed. */
  scriptBytes: number;
  scripts: number;
}

/**
 * Runs in the page before its scripts: marks, in the page's own clock, the first moment each test id is in the
 * document, and taps this child's avatar the moment it can be tapped (a child who knows their animal; no robot's
 * wait for the page to settle counted in the time). A string, not a function: tsx would add helpers the page lacks.
 */
const instantChild = (childId: string) => `(() => {
  const marks = (window.__marks = {});
  const look = () => {
    for (const id of ['choose-avatar', 'seated'])
      if (!(id in marks) && document.querySelector('[data-testid="' + id + '"]')) marks[id] = performance.now();
    const mine = document.querySelector('[data-testid="choose-avatar"][data-child-id=' + ${JSON.stringify(JSON.stringify(childId))} + ']');
    if (!('tap' in marks) && mine && !mine.disabled) {
      marks.tap = performance.now();
      mine.click();
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

async function oneTry(browser: Browser, url: string, childId: string): Promise<Try> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(instantChild(childId));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByTestId('seated').waitFor({ timeout: 30_000 });
    // The scripts fetched before the avatars showed: the shell (once seated, every activity's view follows).
    const m = (await page.evaluate(`(() => {
      const marks = window.__marks;
      const shell = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js') && r.startTime < marks['choose-avatar']);
      return {
        ...marks,
        ready: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
        scripts: shell.length,
        scriptBytes: shell.reduce((n, r) => n + r.encodedBodySize, 0),
      };
    })()`)) as Record<string, number | undefined>;
    const at = (key: string) => m[key] ?? Number.NaN;
    return { ready: at('ready'), choose: at('choose-avatar'), tap: at('tap'), seated: at('seated'), scripts: at('scripts'), scriptBytes: at('scriptBytes') };
  } finally {
    await context.close();
  }
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** One build under test: its server, its session (a child per try) and its tries so far. */
interface Build {
  clientDir: string;
  entry: string;
  url: string;
  childIds: string[];
  tries: Try[];
}

async function prepare(clientDir: string): Promise<Build> {
  const html = join(clientDir, 'tablet/index.html');
  if (!existsSync(html)) throw new Error(`no built tablet page at ${html} (npm run build)`);
  const entry = /src="(\/assets\/[^"]+\.js)"/.exec(readFileSync(html, 'utf8'))?.[1] ?? '?';
  const server = await startCircletime(top, [], VERBOSE, false, clientDir);
  const api = await setupStaff(server.baseUrl, server.setupCode);
  // One child per try (a seat once taken stays with its tablet) and one for the untimed warm-up; auto-approve seats a claim at once.
  const groups = await createGroups(api, 1, TRIES + 1, 1);
  const [session] = await startSessions(api, groups, 1);
  if (!session) throw new Error('no session started');
  return { clientDir, entry, url: `${server.baseUrl}/j/${session.code}`, childIds: session.childIds, tries: [] };
}

function summary(b: Build) {
  const seated = b.tries.map((t) => t.seated);
  return {
    clientDir: b.clientDir,
    entry: b.entry,
    cpuThrottle: RATE,
    tries: b.tries.map((t) => ({
      seatedMs: Math.round(t.seated),
      readyMs: Math.round(t.ready),
      chooseMs: Math.round(t.choose),
      tapMs: Math.round(t.tap),
      scripts: t.scripts,
      scriptBytes: t.scriptBytes,
    })),
    seatedMs: { min: Math.round(Math.min(...seated)), median: Math.round(median(seated)), max: Math.round(Math.max(...seated)) },
  };
}

async function main(): Promise<void> {
  if (CLIENT_DIRS.length === 0) {
    buildClientIfStale({ logTo: 'stderr' });
    CLIENT_DIRS.push(join(top, 'dist/client'));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    const builds: Build[] = [];
    for (const dir of CLIENT_DIRS) builds.push(await prepare(dir));
    // The first page a server ever serves warms its caches and JIT; not counted.
    for (const b of builds) await oneTry(browser, b.url, b.childIds[TRIES]!);
    for (let i = 0; i < TRIES; i++) {
      for (const b of builds) {
        const t = await oneTry(browser, b.url, b.childIds[i]!);
        b.tries.push(t);
        if (!JSON_OUT) {
          console.log(
            `${builds.length > 1 ? `${b.entry} ` : ''}try ${i + 1}: seated at ${Math.round(t.seated)} ms (scripts run by ${Math.round(t.ready)} ms, avatars at ${Math.round(t.choose)} ms; ${t.scripts} scripts, ${(t.scriptBytes / 1024).toFixed(1)} KB sent)`,
          );
        }
      }
    }
    const all = builds.map(summary);
    if (JSON_OUT) console.log(JSON.stringify(all.length === 1 ? all[0] : all));
    else
      for (const s of all)
        console.log(
          `seated (${RATE}× CPU throttle, ${TRIES} cold tries, ${s.entry}): min ${s.seatedMs.min} ms, median ${s.seatedMs.median} ms, max ${s.seatedMs.max} ms`,
        );
  } finally {
    await browser.close();
    await stopAllChildren();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
