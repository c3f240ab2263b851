// The event store interface every implementation (SQLite now, PostgreSQL later) must satisfy.
import type { SessionEvent } from '../../shared/session/events';

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
