// The event store interfaces every implementation (SQLite, PostgreSQL, and memory for tests) must satisfy.
import type { SessionEvent } from '../../shared/session/events';
import type { Sql } from './sql/sql';

/**
 * A room's claim to write its log: the node that owns it and the ownership epoch it was given. Every commit of
 * the room's events checks both in the same transaction, so a node that lost the room cannot write to it.
 */
export interface Fence {
  nodeId: string;
  epoch: number;
}

/** The room belongs to another node now (or to this node at a newer epoch): nothing was written. */
export class FencedError extends Error {
  constructor(readonly sessionId: string) {
    super(`room ${sessionId} is owned by another node now`);
    this.name = 'FencedError';
  }
}

/** The live path: append-only. Rooms, the review and the exports get only this. */
export interface EventStore {
  /**
   * Append one room's events durably. Resolves only once they are committed; appends made while a commit is
   * in flight are committed together in the next one (group commit). Rejects the whole batch on any conflict,
   * and a room's appends with a stale `fence` with FencedError (other rooms' events in the batch still land).
   */
  append(events: readonly SessionEvent[], fence?: Fence): Promise<void>;
  /** Events of one session with seq > afterSeq, in seq order. */
  read(sessionId: string, afterSeq?: number): Promise<SessionEvent[]>;
  /** Highest committed seq of a session, 0 if none. */
  lastSeq(sessionId: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Children's-data controls: the only operations that change or remove what was logged, used by the retention
 * purge and by erasing one child on a guardian's request, never by a live session. Each runs inside the caller's
 * transaction `tx`, beside the caller's own rows, so all of it commits or none of it does.
 */
export interface EventStoreDataControls {
  /**
   * The one sanctioned rewrite of the log: every event of the given sessions is replaced by `rewrite(event)`.
   * The rewrite must keep each event's session, seq, type and time (otherwise it throws and the caller's
   * transaction rolls back). Resolves with how many events changed.
   */
  rewriteForErasure(tx: Sql, sessionIds: readonly string[], rewrite: (event: SessionEvent) => SessionEvent): Promise<number>;
  /** Deletes every event of the given sessions (retention purge). Resolves with how many were deleted. */
  purgeSessions(tx: Sql, sessionIds: readonly string[]): Promise<number>;
}

export type ManagedEventStore = EventStore & EventStoreDataControls;
