// The SQLite event store: one row per event, group-committed in one transaction per tick; erasure and purge for data controls.
import type { Actor, SessionEvent } from '../../shared/session/events';
import type { Db } from './database';
import type { ManagedEventStore } from './event-store';
import { checkedRewrite } from './erasure-rewrite';
import { GroupCommit } from './group-commit';

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

export class SqliteEventStore implements ManagedEventStore {
  private readonly insert;
  private readonly selectAfter;
  private readonly selectLast;
  private readonly writeBatch;
  private readonly committer: GroupCommit;
  private readonly updateRow;
  private readonly deleteSession;

  constructor(private readonly db: Db) {
    this.insert = db.prepare(
      'INSERT INTO events (session_id, seq, at, actor, type, payload, intent_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.selectAfter = db.prepare('SELECT * FROM events WHERE session_id = ? AND seq > ? ORDER BY seq');
    this.selectLast = db.prepare('SELECT MAX(seq) AS seq FROM events WHERE session_id = ?');
    this.writeBatch = db.transaction((events: SessionEvent[]) => {
      for (const e of events) {
        this.insert.run(e.sessionId, e.seq, e.at, JSON.stringify(e.actor), e.type, JSON.stringify(e.payload), e.intentId ?? null);
      }
    });
    this.committer = new GroupCommit((events) => this.writeBatch(events));
    this.updateRow = db.prepare('UPDATE events SET actor = ?, payload = ? WHERE session_id = ? AND seq = ?');
    this.deleteSession = db.prepare('DELETE FROM events WHERE session_id = ?');
  }

  append(events: readonly SessionEvent[]): Promise<void> {
    return this.committer.append(events);
  }

  async read(sessionId: string, afterSeq = 0): Promise<SessionEvent[]> {
    return (this.selectAfter.all(sessionId, afterSeq) as EventRow[]).map(fromRow);
  }

  async lastSeq(sessionId: string): Promise<number> {
    return (this.selectLast.get(sessionId) as { seq: number | null }).seq ?? 0;
  }

  // Both data controls do all their work synchronously, in one transaction: nothing can interleave
  // between the caller's checks (no live session) and the commit.
  async rewriteForErasure(sessionIds: readonly string[], rewrite: (event: SessionEvent) => SessionEvent, alongside?: () => void): Promise<number> {
    // Appends still waiting for this tick land first, so none slips past the rewrite.
    this.committer.flush();
    const changed: SessionEvent[] = [];
    for (const id of sessionIds) {
      for (const row of this.selectAfter.all(id, 0) as EventRow[]) {
        const next = checkedRewrite(fromRow(row), rewrite);
        if (next) changed.push(next);
      }
    }
    this.db.transaction(() => {
      for (const e of changed) this.updateRow.run(JSON.stringify(e.actor), JSON.stringify(e.payload), e.sessionId, e.seq);
      alongside?.();
    })();
    return changed.length;
  }

  async purgeSessions(sessionIds: readonly string[], alongside?: () => void): Promise<number> {
    this.committer.flush();
    return this.db.transaction(() => {
      const n = sessionIds.reduce((sum, id) => sum + this.deleteSession.run(id).changes, 0);
      alongside?.();
      return n;
    })();
  }

  async close(): Promise<void> {
    this.committer.flush();
  }
}
