// Live rooms driven through a cluster's load balancer: seated tablets sending intents that are retried with their ids, and the log checked in PostgreSQL.
import pg from 'pg';
import type { IntentResult } from '../../shared/protocol/messages';
import type { ConsoleView, TabletView } from '../../shared/session/views';
import type { HeldView } from '../../shared/protocol/batch-fold';
import { pgTypes } from '../../server/store/sql/postgres-sql';
import { LiveClient, seatToken } from './live-client';
import type { StaffClient } from './staff-client';

export interface DrivenRoom {
  sessionId: string;
  code: string;
  console: LiveClient<ConsoleView>;
  tablets: LiveClient<TabletView>[];
  childIds: string[];
}

/** An intent the server acknowledged: it must be in the log exactly once. */
export interface Acked {
  sessionId: string;
  intentId: string;
  seq: number;
}

/** Starts `count` sessions of `kids` children each and seats every child on a tablet, all through `url`. */
export async function openRooms(url: string, admin: StaffClient, count: number, kids: number, tag: string): Promise<DrivenRoom[]> {
  const rooms: DrivenRoom[] = [];
  for (let i = 0; i < count; i++) {
    const names = Array.from({ length: kids }, (_, k) => [`${tag}${i}k${k}`, (['cat', 'dog', 'fox', 'owl'] as const)[k % 4]!] as [string, 'cat']);
    const { group, children } = await admin.groupWithChildren(`${tag} room ${i}`, names, true);
    const s = await admin.startSession(group.id);
    const code = s.code!;
    const consoleClient = new LiveClient<ConsoleView>(url, { role: 'console', sessionId: s.id }, { cookie: admin.cookie, room: code });
    const tablets = children.map(() => new LiveClient<TabletView>(url, { role: 'tablet', code, seatToken: seatToken() }));
    rooms.push({ sessionId: s.id, code, console: consoleClient, tablets, childIds: children.map((c) => c.id) });
  }
  for (const r of rooms) {
    await Promise.all(r.tablets.map((t) => t.until((v) => v.status === 'choosing')));
    await Promise.all(r.tablets.map((t, k) => sendUntilAcked(t, { type: 'seat.claim', childId: r.childIds[k]! }, `claim-${r.code}-${k}`, 20_000)));
    await Promise.all(r.tablets.map((t) => t.until((v) => v.status === 'seated')));
  }
  return rooms;
}

/**
 * What a real tablet does: the same intent id again after a timeout, a dropped connection or a server.error, until
 * it is acknowledged or the deadline passes. Resolves with the last answer (undefined if none came).
 */
export async function sendUntilAcked<V extends HeldView>(
  client: LiveClient<V>,
  intent: Parameters<LiveClient['send']>[0],
  id: string,
  deadlineMs: number,
): Promise<IntentResult | undefined> {
  const end = Date.now() + deadlineMs;
  let last: IntentResult | undefined;
  while (Date.now() < end) {
    try {
      // Reconnecting may take until the deadline (a node is down): wait that long, no longer.
      if (!client.socket.connected) await client.connected({ timeoutMs: Math.max(1, end - Date.now()) }).catch(() => undefined);
      if (!client.socket.connected) break;
      const answer: IntentResult = await client.socket.timeout(Math.min(3000, Math.max(1, end - Date.now()))).emitWithAck('intent', { id, ...intent } as never);
      last = answer;
      if (answer.ok || answer.code !== 'server.error') return answer;
    } catch {
      // No answer in time (the node died or hung): send the same id again once connected.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

/** Each tablet waves in a loop (unique ids, retried until acked) while `running()`; acknowledged intents are recorded. */
export function waveLoop(rooms: readonly DrivenRoom[], running: () => boolean, acked: Acked[], gapMs = 150): Promise<void> {
  let n = 0;
  return Promise.all(
    rooms.flatMap((r) =>
      r.tablets.map(async (t, k) => {
        while (running()) {
          const id = `w-${r.code}-${k}-${n++}`;
          const res = await sendUntilAcked(t, { type: 'wave' }, id, 30_000);
          if (res?.ok) acked.push({ sessionId: r.sessionId, intentId: id, seq: res.seq });
          await new Promise((res2) => setTimeout(res2, gapMs));
        }
      }),
    ),
  ).then(() => undefined);
}

export interface LogCheck {
  ackedLost: number;
  seqGaps: number;
  duplicateIntents: number;
}

/** Reads the sessions' logs from PostgreSQL: every acknowledged intent present, no holes in seq, no intent stored twice. */
export async function checkLog(databaseUrl: string, sessionIds: readonly string[], acked: readonly Acked[]): Promise<LogCheck> {
  const client = new pg.Client({ connectionString: databaseUrl, types: pgTypes });
  await client.connect();
  try {
    const rows = (
      await client.query<{ session_id: string; seq: number; intent_id: string | null }>(
        'SELECT session_id, seq, intent_id FROM events WHERE session_id = ANY($1) ORDER BY session_id, seq',
        [sessionIds],
      )
    ).rows;
    const bySession = new Map<string, { seq: number; intent_id: string | null }[]>();
    for (const r of rows) bySession.set(r.session_id, [...(bySession.get(r.session_id) ?? []), r]);
    let seqGaps = 0;
    let duplicateIntents = 0;
    const stored = new Set<string>();
    for (const [sessionId, list] of bySession) {
      list.forEach((r, i) => {
        if (r.seq !== i + 1) seqGaps += 1;
      });
      // An intent's events are one unbroken run of seqs; the same id in two runs was applied twice.
      const runs = new Map<string, number>();
      list.forEach((r, i) => {
        if (!r.intent_id) return;
        stored.add(`${sessionId}|${r.intent_id}|${r.seq}`);
        if (list[i - 1]?.intent_id !== r.intent_id) runs.set(r.intent_id, (runs.get(r.intent_id) ?? 0) + 1);
      });
      for (const count of runs.values()) if (count > 1) duplicateIntents += count - 1;
    }
    const ackedLost = acked.filter((a) => !stored.has(`${a.sessionId}|${a.intentId}|${a.seq}`)).length;
    return { ackedLost, seqGaps, duplicateIntents };
  } finally {
    await client.end();
  }
}

export function closeRooms(rooms: readonly DrivenRoom[]): void {
  for (const r of rooms) for (const c of [r.console, ...r.tablets]) c.close();
}
