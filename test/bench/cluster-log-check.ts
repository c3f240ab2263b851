// The cluster bench's reading of PostgreSQL: who owns each room, and after the run whether the log kept every acknowledged intent exactly once.
import pg from 'pg';

async function withClient<T>(databaseUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The node that owns each session now, from the fenced ownership table every commit checks. */
export function roomOwners(databaseUrl: string, sessionIds: readonly string[]): Promise<Map<string, string>> {
  return withClient(databaseUrl, async (c) => {
    const r = await c.query<{ session_id: string; node_id: string }>('SELECT session_id, node_id FROM room_owners WHERE session_id = ANY($1::text[])', [
      sessionIds,
    ]);
    return new Map(r.rows.map((row) => [row.session_id, row.node_id]));
  });
}

export interface DbActivity {
  samples: number;
  /** Connections of the nodes to the bench's database, and how many of them were busy (not idle), on average. */
  meanConnections: number;
  meanBusy: number;
  maxBusy: number;
  /** What busy connections were doing, summed over samples: "Client:ClientRead" is a transaction waiting for its node. */
  waits: Record<string, number>;
}

/** Samples pg_stat_activity of the bench's database every `everyMs` until stopped: is the nodes' pool the queue? */
export function sampleDbActivity(databaseUrl: string, everyMs = 100): { stop(): Promise<DbActivity> } {
  const out: DbActivity = { samples: 0, meanConnections: 0, meanBusy: 0, maxBusy: 0, waits: {} };
  let running = true;
  let connections = 0;
  let busy = 0;
  const loop = withClient(databaseUrl, async (c) => {
    while (running) {
      const r = await c.query<{ state: string | null; wait: string }>(
        `SELECT state, coalesce(wait_event_type, '-') || ':' || coalesce(wait_event, '-') AS wait FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );
      const active = r.rows.filter((row) => row.state !== 'idle');
      out.samples++;
      connections += r.rows.length;
      busy += active.length;
      out.maxBusy = Math.max(out.maxBusy, active.length);
      for (const row of active) out.waits[row.wait] = (out.waits[row.wait] ?? 0) + 1;
      await new Promise((res) => setTimeout(res, everyMs));
    }
  }).catch(() => undefined);
  return {
    async stop() {
      running = false;
      await loop;
      out.meanConnections = out.samples ? Math.round((connections / out.samples) * 10) / 10 : 0;
      out.meanBusy = out.samples ? Math.round((busy / out.samples) * 10) / 10 : 0;
      return out;
    },
  };
}

export interface ClusterLogCheck {
  eventsTotal: number;
  eventsAfterKill: number;
  /** Acknowledged intent ids with no event in the log. */
  ackedLost: string[];
  /** Missing seqs summed over sessions (each session's seqs must be exactly 1..max). */
  seqGaps: number;
  seqGapExamples: { sessionId: string; missing: number[] }[];
  /** Intent ids stored in two separate places: two sessions, two commits, or two events of a one-event intent. */
  duplicateIntents: string[];
  /** For each room claimed after the kill (taken over by a surviving node): ms from the kill to the claim. */
  takeoverMs: number[];
  /** Seats the log marked disconnected between the kill and the end of the load (a grace window ran out before they came back). */
  seatsMarkedDisconnected: number;
}

interface Row {
  session_id: string;
  seq: number;
  at: string;
  intent_id: string | null;
}

/** One intent applied once is one commit: consecutive seqs of one session, written with one timestamp. */
function isOneCommit(rows: readonly Row[]): boolean {
  const sorted = [...rows].sort((a, b) => a.seq - b.seq);
  return sorted.every((r, i) => i === 0 || (r.session_id === sorted[0]?.session_id && r.at === sorted[0]?.at && r.seq === (sorted[i - 1]?.seq ?? 0) + 1));
}

/**
 * Reads every event of the bench's sessions (read after the nodes stopped; the log is the truth). `oneEventPrefix`
 * marks the bench's own waves and reactions, each of which must be exactly one event.
 */
export function checkClusterLog(
  databaseUrl: string,
  sessionIds: readonly string[],
  ackedIds: readonly string[],
  oneEventPrefix: string,
  window: { killEpochMs: number; loadEndEpochMs: number },
): Promise<ClusterLogCheck> {
  const { killEpochMs, loadEndEpochMs } = window;
  return withClient(databaseUrl, async (c) => {
    const { rows } = await c.query<Row>(
      'SELECT session_id, seq, at::text AS at, intent_id FROM events WHERE session_id = ANY($1::text[]) ORDER BY session_id, seq',
      [sessionIds],
    );
    const bySession = new Map<string, number[]>();
    const byIntent = new Map<string, Row[]>();
    let eventsAfterKill = 0;
    for (const r of rows) {
      let seqs = bySession.get(r.session_id);
      if (!seqs) bySession.set(r.session_id, (seqs = []));
      seqs.push(r.seq);
      if (Number(r.at) >= killEpochMs) eventsAfterKill++;
      if (r.intent_id === null) continue;
      let same = byIntent.get(r.intent_id);
      if (!same) byIntent.set(r.intent_id, (same = []));
      same.push(r);
    }

    let seqGaps = 0;
    const seqGapExamples: ClusterLogCheck['seqGapExamples'] = [];
    for (const sessionId of sessionIds) {
      // Rows come sorted by seq, and (session_id, seq) is the primary key, so holes are where a step is not 1.
      const seqs = bySession.get(sessionId) ?? [];
      const missing: number[] = [];
      let expected = 1;
      for (const seq of seqs) {
        for (; expected < seq; expected++) missing.push(expected);
        expected = seq + 1;
      }
      seqGaps += missing.length;
      if (missing.length > 0 && seqGapExamples.length < 5) seqGapExamples.push({ sessionId, missing: missing.slice(0, 10) });
    }

    const duplicateIntents: string[] = [];
    for (const [id, same] of byIntent) {
      if (!isOneCommit(same) || (id.startsWith(oneEventPrefix) && same.length > 1)) duplicateIntents.push(id);
    }

    const presence = await c.query<{ n: string }>(
      // Not after the load ended: the bench closing its clients is logged as every seat leaving.
      `SELECT count(*) AS n FROM events WHERE session_id = ANY($1::text[]) AND type = 'presence.changed' AND at >= $2 AND at < $3
         AND (payload::jsonb ->> 'connected') = 'false'`,
      [sessionIds, killEpochMs, loadEndEpochMs],
    );
    const claims = await c.query<{ claimed_at: string }>(
      'SELECT claimed_at::text AS claimed_at FROM room_owners WHERE session_id = ANY($1::text[]) AND claimed_at >= $2',
      [sessionIds, killEpochMs],
    );
    return {
      takeoverMs: claims.rows.map((r) => Number(r.claimed_at) - killEpochMs),
      eventsTotal: rows.length,
      eventsAfterKill,
      ackedLost: ackedIds.filter((id) => !byIntent.has(id)),
      seqGaps,
      seqGapExamples,
      duplicateIntents,
      seatsMarkedDisconnected: Number(presence.rows[0]?.n ?? 0),
    };
  });
}
