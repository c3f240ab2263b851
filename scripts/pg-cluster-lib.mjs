// Throwaway PostgreSQL clusters on loopback (initdb + pg_ctl), shared by scripts/pg-cluster.mjs, scripts/test.mjs and the tests.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The state file inside a cluster's folder; `stop` and `restart` read it, so they need only the folder. */
export const STATE_FILE = 'cluster.json';

const SEARCH = ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin', '/usr/local/bin', '/usr/bin'];

/** Where initdb and pg_ctl live: $PG_BIN, Debian's versioned folder, or the PATH. */
export function pgBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const found = SEARCH.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl')));
  if (!found) throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found; set PG_BIN or install postgresql');
  return found;
}

// initdb and postgres refuse to run as root, so as root everything runs as the `postgres` OS user.
const asRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function ids(user) {
  return { uid: Number(execFileSync('id', ['-u', user]).toString().trim()), gid: Number(execFileSync('id', ['-g', user]).toString().trim()) };
}

/** Runs a PostgreSQL tool (as `postgres` when we are root); throws with its output when it fails. */
function pg(tool, args) {
  const file = join(pgBin(), tool);
  const [cmd, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  // cwd: the postgres user cannot always read the caller's folder, and initdb complains about that.
  const r = spawnSync(cmd, argv, { cwd: tmpdir(), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it). */
export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => res(port));
    });
  });
}

export function readState(dir) {
  return JSON.parse(readFileSync(join(resolve(dir), STATE_FILE), 'utf8'));
}

function pgCtlStart(state) {
  // -w waits until the server accepts connections; -t bounds that wait so a broken start fails instead of hanging.
  pg('pg_ctl', ['-D', state.dataDir, '-l', state.logFile, '-w', '-t', '60', 'start']);
}

/**
 * Creates and starts a cluster. `dir` defaults to a new temp folder; `port` to a free one.
 * Returns { dir, port, url, dataDir, logFile, startMs } and writes the same to <dir>/cluster.json.
 */
export async function startCluster({ dir, port } = {}) {
  const t0 = performance.now();
  const base = dir ? resolve(dir) : mkdtempSync(join(tmpdir(), 'ct-pg-'));
  mkdirSync(base, { recursive: true });
  const dataDir = join(base, 'data');
  const logFile = join(base, 'postgres.log');
  if (asRoot()) {
    const { uid, gid } = ids('postgres');
    chownSync(base, uid, gid);
  }
  // --no-sync skips fsyncing initdb's own files: a throwaway cluster need not survive a power cut between initdb and
  // its first checkpoint, and it saves seconds. The running server itself keeps fsync=on.
  pg('initdb', ['-D', dataDir, '--auth=trust', '-U', 'postgres', '--encoding=UTF8', '--locale=C', '--no-sync', '--no-instructions']);
  const chosen = port ?? (await freePort());
  const conf = [
    '# Written by scripts/pg-cluster-lib.mjs: a throwaway test cluster, reachable only from this machine.',
    "listen_addresses = '127.0.0.1'",
    `port = ${chosen}`,
    // The socket lives in the cluster's own folder: /var/run/postgresql may be missing or not ours.
    `unix_socket_directories = '${base}'`,
    // Durable commits as in production, so the "nothing acknowledged is lost" tests mean something.
    'fsync = on',
    'synchronous_commit = on',
    'full_page_writes = on',
    // Test suites open many pools (several servers per file, files in parallel).
    'max_connections = 300',
    'shared_buffers = 32MB',
    'max_wal_size = 256MB',
    'log_min_messages = warning',
    'log_connections = off',
    '',
  ].join('\n');
  writeFileSync(join(dataDir, 'postgresql.auto.conf'), conf);
  const state = { dir: base, port: chosen, url: `postgres://postgres@127.0.0.1:${chosen}/postgres`, dataDir, logFile, startMs: 0 };
  if (asRoot()) {
    const { uid, gid } = ids('postgres');
    chownSync(join(dataDir, 'postgresql.auto.conf'), uid, gid);
  }
  try {
    pgCtlStart(state);
  } catch (e) {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    throw new Error(`${/** @type {Error} */ (e).message}\n--- postgres.log ---\n${log}`);
  }
  state.startMs = Math.round(performance.now() - t0);
  writeFileSync(join(base, STATE_FILE), JSON.stringify(state, null, 2) + '\n');
  return state;
}

/** Stops the cluster in `dir` (fast shutdown: open sessions are cut) and removes the folder unless keep is set. */
export function stopCluster(dir, { keep = false } = {}) {
  const base = resolve(dir);
  if (existsSync(join(base, STATE_FILE))) {
    const state = readState(base);
    if (existsSync(join(state.dataDir, 'postmaster.pid'))) pg('pg_ctl', ['-D', state.dataDir, '-m', 'fast', '-w', '-t', '60', 'stop']);
  }
  if (!keep) rmSync(base, { recursive: true, force: true });
}

/** Stops and starts the same cluster on the same port; returns how long PostgreSQL was unreachable for (ms). */
export function restartCluster(dir) {
  const state = readState(dir);
  const t0 = performance.now();
  pg('pg_ctl', ['-D', state.dataDir, '-m', 'fast', '-w', '-t', '60', 'stop']);
  pgCtlStart(state);
  return Math.round(performance.now() - t0);
}

/**
 * Starts a detached watcher (`pg-cluster.mjs watch`) that stops and removes the cluster in `dir` once process `pid`
 * is gone: a test run killed before its teardown must not leave a postgres behind. The watcher leaves by itself
 * when the cluster's folder disappears (a normal stop).
 */
export function stopWhenGone(dir, pid = process.pid) {
  const cli = fileURLToPath(new URL('./pg-cluster.mjs', import.meta.url));
  const child = spawn(process.execPath, [cli, 'watch', '--dir', resolve(dir), '--pid', String(pid)], { detached: true, stdio: 'ignore' });
  child.unref();
}

/** The watcher's loop: polls every 0.5 s. */
export async function watchOwner(dir, pid) {
  const state = join(resolve(dir), STATE_FILE);
  for (;;) {
    if (!existsSync(state)) return;
    try {
      process.kill(pid, 0);
    } catch (e) {
      // EPERM: the process exists but is not ours to signal, so it is alive.
      if (/** @type {NodeJS.ErrnoException} */ (e).code === 'ESRCH') {
        stopCluster(dir);
        return;
      }
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
