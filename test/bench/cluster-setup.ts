// What the cluster bench runs on: a throwaway PostgreSQL (or a fresh database on DATABASE_URL), N nodes behind HAProxy, staff, groups and live sessions.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stopCluster } from '../../scripts/pg-cluster-lib.mjs';
import { startTestCluster, type TestCluster } from '../support/cluster';
import { dropDatabase, freshDatabaseOn, privateCluster } from '../support/postgres';
import { log } from './log';
import { createGroups, setupStaff, startSessions, type Api, type BenchSession } from './setup-api';

export interface BenchDatabase {
  url: string;
  /** Where it came from, for the report: "throwaway PostgreSQL 15 on 127.0.0.1:PORT" or the given server. */
  origin: string;
  /** The postmaster's PID when the bench started PostgreSQL itself (its CPU is then measured), else undefined. */
  serverPid: number | undefined;
  /** Stops the throwaway cluster (or drops the fresh database on the given server); keepData keeps it for a look. */
  close(keepData: boolean): Promise<void>;
}

/**
 * With DATABASE_URL (any database of a PostgreSQL server the bench may create databases on), a fresh database there;
 * without, a throwaway cluster of the bench's own on loopback. Either way the bench never writes into existing data.
 */
export async function benchDatabase(given: string | undefined): Promise<BenchDatabase> {
  if (given) {
    const url = await freshDatabaseOn(given, 'ct_bench');
    const host = new URL(given).host;
    return { url, origin: `fresh database on the given server ${host}`, serverPid: undefined, close: (keep) => (keep ? Promise.resolve() : dropDatabase(url)) };
  }
  const pgc = await privateCluster();
  // If the bench dies on the way (error, Ctrl+C, hard timeout), PostgreSQL must not outlive it; stopCluster is
  // synchronous (pg_ctl through spawnSync), as an 'exit' handler must be, and a no-op once the folder is gone.
  const onExit = () => {
    try {
      stopCluster(pgc.dir);
    } catch {
      // Leaving anyway; the folder is in the temp dir.
    }
  };
  process.once('exit', onExit);
  const url = await pgc.freshDatabaseUrl('ct_bench');
  log(`cluster: throwaway PostgreSQL on ${new URL(pgc.url).host} started in ${(pgc.startMs / 1000).toFixed(1)} s (${pgc.dir})`);
  return {
    url,
    origin: `throwaway PostgreSQL on ${new URL(pgc.url).host}`,
    // The first line of postmaster.pid is the postmaster's PID.
    serverPid: Number(readFileSync(join(pgc.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined,
    async close(keep) {
      process.removeListener('exit', onExit);
      stopCluster(pgc.dir, { keep });
      if (keep) log(`cluster: PostgreSQL data kept in ${pgc.dir} (start it with pg_ctl -D ${pgc.dir}/data start)`);
    },
  };
}

/** The nodes and HAProxy on loopback (test/support/cluster.ts, deploy/haproxy.cfg as shipped); temp folders go at exit. */
export async function startBenchNodes(
  databaseUrl: string,
  nodes: number,
  keepData: boolean,
  nodeArgs: readonly string[] = [],
  acceptSockets?: number,
): Promise<TestCluster> {
  // An empty client folder: the bench needs no pages, and must not depend on a build in dist/client.
  const noClient = mkdtempSync(join(tmpdir(), 'ct-bench-noclient-'));
  // Registered before the start, which can fail (then test/support/cluster.ts has stopped what it started).
  if (!keepData) process.once('exit', () => rmSync(noClient, { recursive: true, force: true }));
  const cluster = await startTestCluster({
    nodes,
    databaseUrl,
    // 6-digit join codes, as recommended for hosted deployments.
    // --server-node-args reach the nodes as NODE_OPTIONS (their command line is test/support's, shared with the tests).
    env: {
      JOIN_CODE_DIGITS: '6',
      CLIENT_DIR: noClient,
      ...(acceptSockets !== undefined ? { ACCEPT_SOCKETS: String(acceptSockets) } : {}),
      ...(nodeArgs.length > 0 ? { NODE_OPTIONS: nodeArgs.join(' ') } : {}),
    },
    readyTimeoutMs: 60_000,
  });
  if (!keepData) {
    const dirs = [dirname(cluster.haproxy.configFile), ...cluster.nodes.map((n) => n.dataDir)];
    process.once('exit', () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  }
  return cluster;
}

/**
 * The first account, created through HAProxy with the code the first node printed. Every printed code is tried: if
 * two nodes starting together each made one, only the one the database kept works.
 */
async function setupThroughProxy(cluster: TestCluster): Promise<Api> {
  const codes = cluster.nodes.map((n) => n.output().match(/Setup code[^\d]*(\d{8})/)?.[1]).filter((c): c is string => c !== undefined);
  const errors: string[] = [];
  for (const code of codes) {
    try {
      return await setupStaff(cluster.url, code);
    } catch (err) {
      errors.push(err instanceof Error ? err.message : String(err));
    }
  }
  throw new Error(`no setup code worked (${codes.length} printed): ${errors.join('; ')}`);
}

export interface ClusterSessions {
  api: Api;
  sessions: BenchSession[];
}

/** Staff, groups and live sessions, all through HAProxy (requests without ?room= go round-robin, as staff pages' do). */
export async function setupClusterSessions(cluster: TestCluster, rooms: number, children: number, concurrency: number): Promise<ClusterSessions> {
  const api = await setupThroughProxy(cluster);
  const groups = await createGroups(api, rooms, children, concurrency);
  const sessions = await startSessions(api, groups, concurrency);
  return { api, sessions };
}
