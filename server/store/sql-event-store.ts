// The event store on SQL (SQLite or PostgreSQL): one row per event, group-committed, fenced per room; erasure and purge in the caller's transaction.
import type { Actor, SessionEvent } from '../../shared/session/events';
import type { ManagedEventStore, Fence } from './event-store';
import { checkedRewrite } from './erasure-rewrite';
import { GroupCommit, type PendingAppend } from './group-commit';
import { lockFor, placeholders, type Sql, type SqlValue } from './sql/sql';

interface EventRow {
  session_id: string;
  seq: number;
  at: number;
  actor: string;
  type: string;
  payload: string;
  intent_id: string | null;
}

function fromRow(r: EventRow): SessionEvent {
  const e = {
    sessionId: r.session_id,
    seq: r.seq,
    at: r.at,
    actor: JSON.parse(r.actor) as Actor,
    type: r.type,
    payload: JSON.parse(r.payload) as unknown,
    ...(r.intent_id ? { intentId: r.intent_id } : {}),
  };
  // Rows are only ever written from SessionEvent values by this class.
  return e as SessionEvent;
}

/** Rows per INSERT: 7 values each stays well under both engines' limits on bound parameters. */
const ROWS_PER_INSERT = 400;
const ROW = '(?, ?, ?, ?, ?, ?, ?)';
/** Rows in PostgreSQL's one-statement commit (9 values each; bound parameters stop at 65,535). */
const PG_ROWS_PER_STATEMENT = 2000;
/** A row with its append's fence (node, epoch), typed: a VALUES list takes no types from the table it feeds. */
const ROW_FENCED = '(?::text, ?::integer, ?::bigint, ?::text, ?::text, ?::text, ?::text, ?::text, ?::bigint)';

export class SqlEventStore implements ManagedEventStore {
  private readonly committer: GroupCommit;

  constructor(private readonly sql: Sql) {
    this.committer = new GroupCommit((batch) =>
      this.sql.dialect === 'postgres' && batch.reduce((n, p) => n + p.events.length, 0) <= PG_ROWS_PER_STATEMENT
        ? this.commitInOneStatement(batch)
        : this.sql.transaction((tx) => this.commitBatch(tx, batch)),
    );
  }

  /**
   * PostgreSQL: the fence check and the insert as one statement, so one round trip instead of four (BEGIN, owners,
   * insert, COMMIT). Every commit of the node waits for the one before it, and after a failover the survivor's
   * event loop is busy: each round trip then costs a turn of it. The owner rows are locked (FOR SHARE) and compared
   * as in commitBatch, and each append's rows go in only if its room is still held at its epoch.
   */
  private async commitInOneStatement(batch: readonly PendingAppend[]): Promise<ReadonlySet<PendingAppend>> {
    const ids = [...new Set(batch.filter((p) => p.fence !== undefined).map((p) => p.sessionId))];
    const owners =
      ids.length > 0
        ? `SELECT session_id, node_id, epoch FROM room_owners WHERE session_id IN (${placeholders(ids.length)}) FOR SHARE`
        : 'SELECT NULL::text AS session_id, NULL::text AS node_id, NULL::bigint AS epoch WHERE false';
    const values: SqlValue[] = [...ids];
    const rows: string[] = [];
    for (const p of batch) {
      for (const e of p.events) {
        rows.push(ROW_FENCED);
        values.push(
          e.sessionId,
          e.seq,
          e.at,
          JSON.stringify(e.actor),
          e.type,
          JSON.stringify(e.payload),
          e.intentId ?? null,
          p.fence?.nodeId ?? null,
          p.fence?.epoch ?? null,
        );
      }
    }
    const stored = await this.sql.all<{ session_id: string; seq: number }>(
      `WITH owners AS MATERIALIZED (${owners}),
         v (session_id, seq, at, actor, type, payload, intent_id, fence_node, fence_epoch) AS (VALUES ${rows.join(', ')})
       INSERT INTO events (session_id, seq, at, actor, type, payload, intent_id)
       SELECT v.session_id, v.seq, v.at, v.actor, v.type, v.payload, v.intent_id FROM v
       WHERE v.fence_node IS NULL
          OR EXISTS (SELECT 1 FROM owners o WHERE o.session_id = v.session_id AND o.node_id = v.fence_node AND o.epoch = v.fence_epoch)
       RETURNING session_id, seq`,
      values,
    );
    const done = new Set(stored.map((r) => `${r.session_id}|${r.seq}`));
    // All of an append's rows share its fence, so they went in together or not at all.
    return new Set(batch.filter((p) => p.events[0] !== undefined && !done.has(`${p.sessionId}|${p.events[0].seq}`)));
  }

  append(events: readonly SessionEvent[], fence?: Fence): Promise<void> {
    return this.committer.append(events, fence);
  }

  private async commitBatch(tx: Sql, batch: readonly PendingAppend[]): Promise<ReadonlySet<PendingAppend>> {
    const fenced = await this.fencedOut(tx, batch);
    const events = batch.filter((p) => !fenced.has(p)).flatMap((p) => p.events);
    for (let i = 0; i < events.length; i += ROWS_PER_INSERT) {
      const chunk = events.slice(i, i + ROWS_PER_INSERT);
      const values: SqlValue[] = [];
      for (const e of chunk) values.push(e.sessionId, e.seq, e.at, JSON.stringify(e.actor), e.type, JSON.stringify(e.payload), e.intentId ?? null);
      await tx.run(`INSERT INTO events (session_id, seq, at, actor, type, payload, intent_id) VALUES ${Array(chunk.length).fill(ROW).join(', ')}`, values);
    }
    return fenced;
  }

  /**
   * The appends whose room this node no longer owns at their epoch. The owner rows are read with a share lock,
   * so a takeover (which updates the row) waits for this commit, and this commit never writes after one.
   */
  private async fencedOut(tx: Sql, batch: readonly PendingAppend[]): Promise<Set<PendingAppend>> {
    const fencedOut = new Set<PendingAppend>();
    const guarded = batch.filter((p) => p.fence !== undefined);
    if (guarded.length === 0) return fencedOut;
    const ids = [...new Set(guarded.map((p) => p.sessionId))];
    const rows = await tx.all<{ session_id: string; node_id: string; epoch: number }>(
      `SELECT session_id, node_id, epoch FROM room_owners WHERE session_id IN (${placeholders(ids.length)})${lockFor(tx, 'share')}`,
      ids,
    );
    const owners = new Map(rows.map((r) => [r.session_id, r]));
    for (const p of guarded) {
      const owner = owners.get(p.sessionId);
      if (!owner || owner.node_id !== p.fence?.nodeId || owner.epoch !== p.fence.epoch) fencedOut.add(p);
    }
    return fencedOut;
  }

  async read(sessionId: string, afterSeq = 0): Promise<SessionEvent[]> {
    return (await this.sql.all<EventRow>('SELECT * FROM events WHERE session_id = ? AND seq > ? ORDER BY seq', [sessionId, afterSeq])).map(fromRow);
  }

  async lastSeq(sessionId: string): Promise<number> {
    return (await this.sql.get<{ seq: number | null }>('SELECT MAX(seq) AS seq FROM events WHERE session_id = ?', [sessionId]))?.seq ?? 0;
  }

  async rewriteForErasure(tx: Sql, sessionIds: readonly string[], rewrite: (event: SessionEvent) => SessionEvent): Promise<number> {
    let changed = 0;
    for (const id of sessionIds) {
      const rows = await tx.all<EventRow>(`SELECT * FROM events WHERE session_id = ? ORDER BY seq${lockFor(tx, 'update')}`, [id]);
      for (const row of rows) {
        const next = checkedRewrite(fromRow(row), rewrite);
        if (!next) continue;
        await tx.run('UPDATE events SET actor = ?, payload = ? WHERE session_id = ? AND seq = ?', [
          JSON.stringify(next.actor),
          JSON.stringify(next.payload),
          next.sessionId,
          next.seq,
        ]);
        changed += 1;
      }
    }
    return changed;
  }

  async purgeSessions(tx: Sql, sessionIds: readonly string[]): Promise<number> {
    let n = 0;
    for (const id of sessionIds) n += await tx.run('DELETE FROM events WHERE session_id = ?', [id]);
    return n;
  }

  async close(): Promise<void> {
    await this.committer.flush();
  }
}
