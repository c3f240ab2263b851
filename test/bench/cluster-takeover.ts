// What the machine, the surviving nodes and PostgreSQL did during a takeover: CPU, health checks, database connections.
import { get as httpGet } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ClusterNode } from '../support/cluster';
import { sampleDbActivity, type DbActivity } from './cluster-log-check';
import { cpuMeter, machineMeter, type MachineLoad } from './proc-stats';

export interface TakeoverWatch {
  /** CPU % of one core of each survivor (and PostgreSQL's process tree, when the bench started it). */
  cpuPct: Record<string, number>;
  machine: MachineLoad;
  /** GET /healthz on a new connection straight to each survivor's HEALTH_PORT, as HAProxy checks it. */
  healthzMs: number[];
  /** The survivors' database connections (sampled from pg_stat_activity). */
  db: DbActivity;
  /** This process's event-loop delay p99: the clients' own timings are only as good as this. */
  clientLoopP99Ms: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** GET /healthz on a new connection (agent: false), as HAProxy's checks do: a node slow to accept shows here too. */
function healthzOnce(url: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const req = httpGet(`${url}/healthz`, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.once('end', () => resolve());
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve());
  });
}

/** One check at a time to each URL's /healthz (answered without the database), timing each, until stopped. */
function probeHealth(urls: readonly string[]): { stop(): Promise<number[]> } {
  const samples: number[] = [];
  let running = true;
  const loops = urls.map(async (url) => {
    while (running) {
      const t0 = performance.now();
      await healthzOnce(url, 10_000);
      samples.push(performance.now() - t0);
      await sleep(100);
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return samples;
    },
  };
}

/** Starts watching just before the kill; stop() when the seats are back (or the wait gave up). */
export function watchTakeover(survivors: readonly ClusterNode[], databaseUrl: string, postgresPid: number | undefined): { stop(): Promise<TakeoverWatch> } {
  const meters = survivors.map((n) => [n.name, cpuMeter(n.process.pid ?? 0)] as const);
  const pg = postgresPid ? cpuMeter(postgresPid, true) : undefined;
  const machine = machineMeter();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const probe = probeHealth(survivors.map((n) => `http://127.0.0.1:${n.healthPort}`));
  const db = sampleDbActivity(databaseUrl);
  return {
    async stop() {
      const healthzMs = await probe.stop();
      const dbActivity = await db.stop();
      loop.disable();
      const cpuPct: Record<string, number> = Object.fromEntries(meters.map(([name, m]) => [name, m.stop()]));
      if (pg) cpuPct.postgres = pg.stop();
      return { cpuPct, machine: machine.stop(), healthzMs, db: dbActivity, clientLoopP99Ms: loop.count > 0 ? loop.percentile(99) / 1e6 : 0 };
    },
  };
}
