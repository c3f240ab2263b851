// The tests' PostgreSQL: which store a run uses, a fresh database per server, and restarting the cluster under load.
import { createHash, randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';
import { restartCluster, startCluster, stopCluster, stopWhenGone, type ClusterState } from '../../scripts/pg-cluster-lib.mjs';

export type TestStore = 'sqlite' | 'postgres';

/** The store this run tests: env TEST_STORE (`sqlite` by default, or `postgres`). */
export function testStore(): TestStore {
  const v = (process.env.TEST_STORE ?? '').trim().toLowerCase();
  if (v === '' || v === 'sqlite') return 'sqlite';
  if (v === 'postgres' || v === 'postgresql' || v === 'pg') return 'postgres';
  throw new Error(`TEST_STORE must be "sqlite" or "postgres", got "${process.env.TEST_STORE}"`);
}

// A cluster this process started itself, because nobody gave it TEST_DATABASE_URL (e.g. a tsx script outside vitest;
// under vitest, test/support/pg-global-setup.ts starts one cluster for the whole run instead).
let own: Promise<ClusterState> | undefined;

function ownCluster(): Promise<ClusterState> {
  own ??= startCluster().then((state) => {
    // Killed processes run no exit handler: the watcher stops the cluster then.
    stopWhenGone(state.dir);
    // 'exit' handlers must be synchronous; stopCluster is (pg_ctl via spawnSync).
    process.once('exit', () => {
      try {
        stopCluster(state.dir);
      } catch {
        // The process is leaving anyway; the folder is in the temp dir.
      }
    });
    return state;
  });
  return own;
}

/** The maintenance URL (database `postgres`) of the cluster tests use: TEST_DATABASE_URL, or one started for this process. */
export async function clusterUrl(): Promise<string> {
  return process.env.TEST_DATABASE_URL || (await ownCluster()).url;
}

/** The folder of the cluster behind clusterUrl(): TEST_PG_DIR, or this process's own cluster. */
export async function clusterDir(): Promise<string> {
  if (process.env.TEST_DATABASE_URL) {
    if (!process.env.TEST_PG_DIR) throw new Error('TEST_PG_DIR is not set: it must name the folder of the cluster behind TEST_DATABASE_URL');
    return process.env.TEST_PG_DIR;
  }
  return (await ownCluster()).dir;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing an unexpected database name "${name}"`);
  return name;
}

/** Runs one statement on the maintenance database of the cluster at `base`, with a short-lived connection. */
async function admin(base: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(base, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// FILE_COPY copies the tiny template1 in ~60 ms here, against ~140 ms for PostgreSQL 15's default WAL_LOG.
const createDatabase = (base: string, name: string) => admin(base, `CREATE DATABASE ${name} STRATEGY FILE_COPY`);

async function newDatabase(base: string, prefix: string): Promise<string> {
  const name = `${prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 24)}_${randomBytes(8).toString('hex')}`;
  await createDatabase(base, name);
  return withDatabase(base, name);
}

/** A new, empty database on the PostgreSQL server of `base` (any of its database URLs), e.g. the benchmark's DATABASE_URL. */
export function freshDatabaseOn(base: string, prefix = 'ct'): Promise<string> {
  return newDatabase(base, prefix);
}

/** A new, empty database on the test cluster, e.g. postgres://postgres@127.0.0.1:PORT/ct_3f9a…; drop it with dropDatabase. */
export async function freshDatabaseUrl(prefix = 'ct'): Promise<string> {
  return newDatabase(await clusterUrl(), prefix);
}

const byDataDir = new Map<string, Promise<string>>();

/**
 * The database that belongs to a data folder: the same folder always gets the same database, also in another process,
 * so a server restarted on its dataDir finds its data again. The name is a hash of the folder's absolute path
 * (data folders are fresh mkdtemp folders, so two tests never share one); it is created on first use.
 */
export function databaseUrlForDataDir(dataDir: string): Promise<string> {
  const key = resolve(dataDir);
  let url = byDataDir.get(key);
  if (!url) {
    url = (async () => {
      const name = `ct_dir_${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
      const base = await clusterUrl();
      try {
        await createDatabase(base, name);
      } catch (e) {
        // 42P04 duplicate_database: another process (an earlier server of this folder) created it already.
        if ((e as { code?: string }).code !== '42P04') throw e;
      }
      return withDatabase(base, name);
    })();
    url.catch(() => byDataDir.delete(key));
    byDataDir.set(key, url);
  }
  return url;
}

/** Drops a database made by freshDatabaseUrl or databaseUrlForDataDir, closing whatever still uses it. */
export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  if (name === 'postgres') throw new Error('refusing to drop the maintenance database');
  await admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  for (const [dir, p] of byDataDir) if ((await p.catch(() => '')) === url) byDataDir.delete(dir);
}

/**
 * Restarts the cluster behind TEST_DATABASE_URL (its folder comes from TEST_PG_DIR): a fast shutdown that cuts every
 * connection, then a start on the same port. Resolves with how long PostgreSQL was down, in ms.
 * Other test files share that cluster and may run at the same time: a test that restarts PostgreSQL under load should
 * use privateCluster() instead, unless it runs alone.
 */
export async function restartPostgres(dir?: string): Promise<number> {
  return restartCluster(dir ?? (await clusterDir()));
}

export interface PrivateCluster {
  /** Maintenance URL (database `postgres`). */
  url: string;
  dir: string;
  startMs: number;
  /** A new empty database on this cluster. */
  freshDatabaseUrl(prefix?: string): Promise<string>;
  /** Fast stop and start on the same port; resolves with the downtime in ms. */
  restart(): number;
  stop(): void;
}

/** A cluster of the test's own (about 1 s to start here), for tests that restart or break PostgreSQL. */
export async function privateCluster(): Promise<PrivateCluster> {
  const state = await startCluster();
  // A test killed before its afterAll must not leave the cluster running.
  stopWhenGone(state.dir);
  return {
    url: state.url,
    dir: state.dir,
    startMs: state.startMs,
    freshDatabaseUrl: (prefix = 'ct') => newDatabase(state.url, prefix),
    restart: () => restartCluster(state.dir),
    stop: () => stopCluster(state.dir),
  };
}
