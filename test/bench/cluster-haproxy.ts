// HAProxy's counters per node from its stats CSV: health checks, connection and response errors, retries, 5xx answers.
import type { TestCluster } from '../support/cluster';

export interface NodeCounters {
  /** Failed health checks and UP→DOWN transitions (a starved node that misses its checks flaps). */
  failedChecks: number;
  wentDown: number;
  /** Connections to the node that failed, and responses from it that were broken (HAProxy answers those with 502). */
  connErrors: number;
  respErrors: number;
  /** Connection attempts HAProxy repeated, and those it sent to another node instead. */
  retries: number;
  redispatches: number;
  /** 5xx answers given for this node (its own, and HAProxy's 502/503/504). */
  http5xx: number;
}

const FIELDS: Record<keyof NodeCounters, string> = {
  failedChecks: 'chkfail',
  wentDown: 'chkdown',
  connErrors: 'econ',
  respErrors: 'eresp',
  retries: 'wretr',
  redispatches: 'wredis',
  http5xx: 'hrsp_5xx',
};

/** The counters of each node (and of the backend as a whole, under "backend"); empty if the stats page is unreachable. */
export async function haproxyCounters(cluster: TestCluster): Promise<Record<string, NodeCounters>> {
  try {
    const csv = await (await fetch(`${cluster.haproxy.statsUrl};csv`, { signal: AbortSignal.timeout(5000) })).text();
    const [header, ...rows] = csv
      .replace(/^# /, '')
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const out: Record<string, NodeCounters> = {};
    for (const r of rows) {
      if (r[col('pxname')] !== 'circletime_nodes') continue;
      const name = r[col('svname')] === 'BACKEND' ? 'backend' : (r[col('svname')] ?? '?');
      const entries = Object.entries(FIELDS).map(([key, field]) => [key, Number(r[col(field)]) || 0]);
      out[name] = Object.fromEntries(entries) as unknown as NodeCounters;
    }
    return out;
  } catch {
    return {};
  }
}

/** What changed between two readings (e.g. during the takeover), keeping only counters that moved. */
export function countersSince(after: Record<string, NodeCounters>, before: Record<string, NodeCounters>): Record<string, Partial<NodeCounters>> {
  const out: Record<string, Partial<NodeCounters>> = {};
  for (const [name, a] of Object.entries(after)) {
    const b = before[name];
    const moved = Object.entries(a).filter(([key, v]) => v !== (b?.[key as keyof NodeCounters] ?? 0));
    if (moved.length > 0) out[name] = Object.fromEntries(moved.map(([key, v]) => [key, v - (b?.[key as keyof NodeCounters] ?? 0)]));
  }
  return out;
}
