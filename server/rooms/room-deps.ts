// What a room is given: its store and clock, its join code, this node's fence, and the callbacks it reports through.
import type { EventStore, Fence } from '../store/event-store';
import type { PastTurnsByActivity } from '../../shared/session/past-turns';
import type { InstrumentCatalog } from '../../shared/instruments/catalog';
import type { Room } from './room';

/** How a room learned that another node owns it now. */
export type HandOverReason = 'fenced' | 'claimed';

/** How long a room loaded from its log (a restart, or a takeover from a dead node) waits for tablets to come back. */
export const PRESENCE_GRACE_MS = 4000;

export interface RoomDeps {
  store: EventStore;
  now: () => number;
  code: string;
  joinUrl: string;
  /** This node's claim on the room; every commit carries it (undefined on the laptop: one process). */
  fence?: Fence;
  /** Called once the session's end is committed (the registry marks the session ended in the index). */
  onEnded: (room: Room) => void | Promise<void>;
  /**
   * Called once when the room finds another node owns it (a commit was fenced, or the owner row changed): the
   * room stops and hands its clients over.
   */
  onMoved?: (room: Room, why: HandOverReason) => void;
  /** Grace after loading before seats whose tablet has not come back are logged as disconnected. */
  presenceGraceMs?: number;
  /** How long a tablet must stay away before that is logged (0: at once, as the in-process test harnesses want). */
  presenceDebounceMs?: number;
  /** Limits each tablet's writes to the log (the server always sets it; harnesses with a frozen clock do not). */
  deviceBudgets?: boolean;
  onError?: (err: Error) => void;
  /** Turns per child in the group's earlier sessions (fair scheduling across the programme). */
  pastTurns?: PastTurnsByActivity;
  /** Check-in instruments the server loaded (validated files), by id. */
  instruments?: InstrumentCatalog;
  /** Randomness for rules (first star holder, cards); outcomes are logged, so replay needs none. */
  random?: () => number;
}
