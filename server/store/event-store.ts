// The event store interfaces every implementation (SQLite now, PostgreSQL later) must satisfy.
import type { SessionEvent } from '../../shared/session/events';

/** The live path: append-only. Rooms, the review and the exports get only this. */
export interface EventStore {
  /**
   * Append events durably. Resolves only once they are committed; appends made in the same
   * tick are committed together (group commit). Rejects the whole batch on any conflict.
   */
  append(events: readonly SessionEvent[]): Promise<void>;
  /** Events of one session with seq > afterSeq, in seq order. */
  read(sessionId: string, afterSeq?: number): Promise<SessionEvent[]>;
  /** Highest committed seq of a session, 0 if none. */
  lastSeq(sessionId: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Children's-data controls: the only operations that change or remove what was logged. Used by the
 * retention purge and by erasing one child on a guardian's request, never by a live session.
 */
export interface EventStoreDataControls {
  /**
   * The one sanctioned rewrite of the log: every event of the given sessions is replaced by
   * `rewrite(event)`, all sessions in one atomic step. The rewrite must keep each event's session, seq,
   * type and time (the store refuses otherwise and changes nothing). `alongside` runs in the same
   * transaction (the caller's own rows, e.g. the roster row becoming a placeholder); if it throws,
   * nothing is rewritten. Resolves with how many events changed.
   */
  rewriteForErasure(sessionIds: readonly string[], rewrite: (event: SessionEvent) => SessionEvent, alongside?: () => void): Promise<number>;
  /**
   * Deletes every event of the given sessions (retention purge); `alongside` runs in the same
   * transaction (the group's other rows). Resolves with how many events were deleted.
   */
  purgeSessions(sessionIds: readonly string[], alongside?: () => void): Promise<number>;
}

export type ManagedEventStore = EventStore & EventStoreDataControls;
