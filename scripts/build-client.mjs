// Builds the client pages with Vite when dist/client is missing or older than its sources.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const top = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(top, 'dist/client/.build-stamp');

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

/** `logTo: 'stderr'` keeps the build's lines off stdout (a bench printing JSON). */
export function buildClientIfStale({ logTo = 'inherit' } = {}) {
  const sources = ['client', 'shared', 'vite.config.ts', 'package-lock.json'].map((p) => join(top, p)).filter(existsSync);
  const sourceTime = Math.max(...sources.map(newest));
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sourceTime) return false;
  (logTo === 'stderr' ? console.error : console.log)('Building the client pages (first start or changed sources)…');
  execFileSync(process.execPath, [join(top, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: top,
    stdio: logTo === 'stderr' ? ['ignore', 2, 2] : 'inherit',
  });
  writeFileSync(stamp, new Date().toISOString());
  return true;
}
