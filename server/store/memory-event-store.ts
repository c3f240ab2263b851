// An in-memory event store with the live path's contract (for the in-process test transport and the activity harness).
import type { SessionEvent } from '../../shared/session/events';
import type { EventStore, Fence } from './event-store';
import { GroupCommit, type PendingAppend } from './group-commit';

export class MemoryEventStore implements EventStore {
  private readonly sessions = new Map<string, SessionEvent[]>();
  private readonly committer = new GroupCommit(async (batch) => {
    this.commit(batch.flatMap((p: PendingAppend) => p.events));
    return new Set<PendingAppend>();
  });

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

  /** One process owns every room here: fences are not checked. */
  append(events: readonly SessionEvent[], fence?: Fence): Promise<void> {
    return this.committer.append(events, fence);
  }

  async read(sessionId: string, afterSeq = 0): Promise<SessionEvent[]> {
    return (this.sessions.get(sessionId) ?? []).filter((e) => e.seq > afterSeq).map((e) => structuredClone(e));
  }

  async lastSeq(sessionId: string): Promise<number> {
    return this.sessions.get(sessionId)?.at(-1)?.seq ?? 0;
  }

  async close(): Promise<void> {
    await this.committer.flush();
  }
}
