// Session events: the durable log's entries (envelope + a union discriminated on `type`).
import type { ActivityEventBody } from '../activities/registry';
import type { ObservationTag } from './observations';
import type { ReactionKind } from './reactions';
import type { RoundEventBody } from './round-types';
import type { AgeBand, Language, RosterEntry } from './roster';

/** Who caused an event. Identity comes from the socket handshake, never from a payload. */
export type Actor = { kind: 'seat'; childId: string } | { kind: 'guest' } | { kind: 'staff'; staffId: string } | { kind: 'system' };

/** Events of the session itself (seats, presence, settings), before rounds and activities. */
export type CoreEventBody =
  | {
      type: 'session.started';
      payload: {
        groupId: string;
        groupName: string;
        language: Language;
        ageBand: AgeBand;
        autoApprove: boolean;
        roster: RosterEntry[];
      };
    }
  | { type: 'session.ended'; payload: { reason: 'staff' | 'abandoned' } }
  | { type: 'roster.synced'; payload: { roster: RosterEntry[] } }
  /** The facilitator gave the session a new join code. The code itself is not logged: it is a key, kept in the index. */
  | { type: 'join.code_changed'; payload: Record<string, never> }
  | { type: 'seat.requested'; payload: { childId: string; deviceHash: string } }
  | { type: 'seat.granted'; payload: { childId: string; deviceHash: string; by: 'auto' | 'staff' } }
  /** `by: 'self'`: the tablet went back to the keypad before anyone answered its request. */
  | { type: 'seat.denied'; payload: { childId: string; deviceHash: string; by?: 'self' } }
  | { type: 'seat.released'; payload: { childId: string; by: 'staff' | 'self' } }
  | { type: 'seat.moved'; payload: { fromChildId: string; toChildId: string } }
  | { type: 'presence.changed'; payload: { childId: string; connected: boolean; reason?: 'restart' } }
  | { type: 'settings.changed'; payload: { autoApprove: boolean } }
  | { type: 'eyes.changed'; payload: { on: boolean } }
  | { type: 'wave.sent'; payload: { childId: string } }
  /** `to`: the child in focus (on stage, holding the star) when the reaction was sent. */
  | { type: 'reaction.sent'; payload: { childId: string; kind: ReactionKind; to?: string } }
  /** `id`: the intent id that logged it, so an undo can name it. */
  | { type: 'observation.tagged'; payload: { id: string; childId: string; tag: ObservationTag; note?: string } }
  | { type: 'observation.undone'; payload: { id: string } };

export type EventBody = CoreEventBody | RoundEventBody | ActivityEventBody;

export type EventType = EventBody['type'];

/** An event as stored: sequence (1-based, per session), session, server time in ms, actor. */
export type SessionEvent = EventBody & {
  seq: number;
  sessionId: string;
  at: number;
  actor: Actor;
  /** The client intent that caused it, so a repeated intent id is recognised after a restart. */
  intentId?: string;
};

export type EventOf<T extends EventType> = Extract<SessionEvent, { type: T }>;
