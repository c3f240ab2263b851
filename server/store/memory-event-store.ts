// An in-memory event store with the same contract, data controls included (for the in-process test transport).
import type { SessionEvent } from '../../shared/session/events';
import type { ManagedEventStore } from './event-store';
import { checkedRewrite } from './erasure-rewrite';
import { GroupCommit } from './group-commit';

export class MemoryEventStore implements ManagedEventStore {
  private readonly sessions = new Map<string, SessionEvent[]>();
  private readonly committer = new GroupCommit((events) => this.commit(events));

  private commit(events: SessionEvent[]): void {
    // Check the whole batch before writing any of it, as a transaction would.
    const next = new Map<string, number>();
    for (const e of events) {
      const last = next.get(e.sessionId) ?? this.sessions.get(e.sessionId)?.at(-1)?.seq ?? 0;
      if (e.seq <= last) throw new Error(`seq conflict in ${e.sessionId}: ${e.seq} after ${last}`);
      next.set(e.sessionId, e.seq);
    }
    for (const e of events) {
      const list = this.sessions.get(e.sessionId) ?? [];
      list.push(structuredClone(e));
      this.sessions.set(e.sessionId, list);
    }
  }

  append(events: readonly SessionEvent[]): Promise<void> {
    return this.committer.append(events);
  }

  async read(sessionId: string, afterSeq = 0): Promise<SessionEvent[]> {
    return (this.sessions.get(sessionId) ?? []).filter((e) => e.seq > afterSeq).map((e) => structuredClone(e));
  }

  async lastSeq(sessionId: string): Promise<number> {
    return this.sessions.get(sessionId)?.at(-1)?.seq ?? 0;
  }

  async rewriteForErasure(sessionIds: readonly string[], rewrite: (event: SessionEvent) => SessionEvent, alongside?: () => void): Promise<number> {
    this.committer.flush();
    // Every rewrite is checked (and `alongside` run) before any is kept, as one transaction would.
    const changed: SessionEvent[] = [];
    for (const id of sessionIds) {
      for (const e of this.sessions.get(id) ?? []) {
        const next = checkedRewrite(e, rewrite);
        if (next) changed.push(next);
      }
    }
    alongside?.();
    for (const e of changed) {
      const list = this.sessions.get(e.sessionId) ?? [];
      list[list.findIndex((x) => x.seq === e.seq)] = structuredClone(e);
    }
    return changed.length;
  }

  async purgeSessions(sessionIds: readonly string[], alongside?: () => void): Promise<number> {
    this.committer.flush();
    alongside?.();
    let n = 0;
    for (const id of sessionIds) {
      n += this.sessions.get(id)?.length ?? 0;
      this.sessions.delete(id);
    }
    return n;
  }

  async close(): Promise<void> {
    this.committer.flush();
  }
}
