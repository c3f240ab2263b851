// The PostgreSQL test harness itself: fresh databases are distinct and usable, a data folder keeps its database, a restart comes back.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clusterUrl, databaseUrlForDataDir, dropDatabase, freshDatabaseUrl, privateCluster, restartPostgres, type PrivateCluster } from '../support/postgres';
import { tempDataDir } from '../support/test-server';

// Runs in both store modes on a cluster of its own (about 1 s): restarting the run's shared cluster would cut the
// connections of test files running beside this one. The env variables point the helpers at it, so the same code
// paths as in a TEST_STORE=postgres run are exercised.
let cluster: PrivateCluster;
beforeAll(async () => {
  cluster = await privateCluster();
  vi.stubEnv('TEST_DATABASE_URL', cluster.url);
  vi.stubEnv('TEST_PG_DIR', cluster.dir);
});
afterAll(() => {
  vi.unstubAllEnvs();
  cluster?.stop();
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const dbName = (url: string) => new URL(url).pathname.slice(1);

describe('PostgreSQL test harness', () => {
  it('uses the cluster named by TEST_DATABASE_URL, which listens on loopback with fsync on', async () => {
    expect(await clusterUrl()).toBe(cluster.url);
    const [settings] = await query<{ fsync: string; listen: string; max: string }>(
      cluster.url,
      "SELECT current_setting('fsync') AS fsync, current_setting('listen_addresses') AS listen, current_setting('max_connections') AS max",
    );
    expect(settings).toEqual({ fsync: 'on', listen: '127.0.0.1', max: '300' });
  });

  it('gives each caller a distinct, empty, usable database', async () => {
    const [a, b] = await Promise.all([freshDatabaseUrl('harness'), freshDatabaseUrl('harness')]);
    expect(dbName(a!)).toMatch(/^harness_[0-9a-f]{16}$/);
    expect(dbName(a!)).not.toBe(dbName(b!));
    await query(a!, 'CREATE TABLE only_in_a (n int)');
    await query(a!, 'INSERT INTO only_in_a VALUES (1), (2)');
    expect(await query(a!, 'SELECT count(*)::int AS n FROM only_in_a')).toEqual([{ n: 2 }]);
    expect(await query(b!, "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).toEqual([{ n: 0 }]);

    await dropDatabase(a!);
    await expect(query(a!, 'SELECT 1')).rejects.toMatchObject({ code: '3D000' }); // invalid_catalog_name
    expect(await query(b!, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('gives a data folder the same database every time, and another folder another one', async () => {
    const dir = tempDataDir('ct-harness-');
    const first = await databaseUrlForDataDir(dir);
    await query(first, 'CREATE TABLE kept (n int)');
    // Concurrent first uses from several callers must agree and not fail on "already exists".
    const again = await Promise.all([databaseUrlForDataDir(dir), databaseUrlForDataDir(`${dir}/`)]);
    expect(again).toEqual([first, first]);
    expect(await query(first, "SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'kept'")).toEqual([{ n: 1 }]);
    expect(await databaseUrlForDataDir(tempDataDir('ct-harness-'))).not.toBe(first);
  });

  it('restarts PostgreSQL on the same port: committed rows survive and new connections work at once', async () => {
    const url = await freshDatabaseUrl('restart');
    await query(url, 'CREATE TABLE t (n int)');
    await query(url, 'INSERT INTO t VALUES (42)');
    const held = new pg.Client({ connectionString: url });
    // The server cuts this connection; without a listener that would be an uncaught error.
    held.on('error', () => undefined);
    await held.connect();
    try {
      const downMs = await restartPostgres();
      expect(downMs).toBeGreaterThan(0);
      expect(downMs).toBeLessThan(15_000);
      // The connection open during the restart is dead (57P01 or a closed socket): the restart really happened.
      // A pg.Pool's idle connections die the same way, and the first query on one can fail: servers must retry.
      await expect(held.query('SELECT 1')).rejects.toThrow();
      // A new connection works at once, and the committed row is there.
      expect(await query(url, 'SELECT n FROM t')).toEqual([{ n: 42 }]);
      const [row] = await query<{ ms: number }>(url, 'SELECT (extract(epoch FROM now() - pg_postmaster_start_time()) * 1000)::int AS ms');
      expect(row!.ms).toBeLessThan(downMs + 10_000);
    } finally {
      await held.end().catch(() => undefined);
    }
  });
});
