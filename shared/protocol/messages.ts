// Server→client messages (protocol 2: hello, then batches) and the Socket.IO event maps; docs/protocol.md explains them.
import type { ErrorCode } from './errors';
import type { Intent } from './intents';
import type { WireEvent } from './recipient-events';
import type { View } from '../session/views';
import type { MetricsWire } from './metrics-wire';
import type { Participation } from '../metrics';

export type IntentResult = { ok: true; seq: number; duplicate?: boolean } | { ok: false; code: ErrorCode; message?: string };

/** The first message on every connection, before its first batch. */
export interface HelloMessage {
  protocol: number;
  /** The room's committed log version when the connection was admitted. */
  version: number;
  serverNow: number;
}

/**
 * What happened in the log between two versions, as this recipient may see it, and its view if that changed.
 * `events` are the recipient-visible events with fromSeq < seq ≤ toSeq, oldest first (others in that range were
 * not for this recipient); `view`, when present, is the whole state as of toSeq; absent, the last view stands.
 */
export interface BatchMessage<V extends View = View> {
  fromSeq: number;
  toSeq: number;
  events: WireEvent[];
  view?: V;
  /**
   * The first batch of a connection: its events are history the page missed (a reconnect or a restart, from the
   * `since` it named), to be listed, never animated as if happening now.
   */
  catchup?: true;
  /** Catch-up only: more was missed than CATCHUP_MAX_EVENTS; `events` are the newest of it. */
  truncated?: true;
  /**
   * Staff only: the live participation metrics as of toSeq — whole in a connection's first batch, afterwards what
   * changed (see metrics-wire.ts) — on every batch whose events changed them.
   */
  metrics?: MetricsWire;
  /** The server's clock when sent, so clients can draw timers against it. */
  serverNow: number;
}

/**
 * Live participation metrics of the session (staff only): the same module the review uses, computed
 * from the committed log up to `version`. Never sent to a screen or a tablet.
 */
export interface MetricsMessage {
  version: number;
  metrics: Participation;
}

export interface NoticeMessage {
  code: ErrorCode;
  message?: string;
}

export interface ServerToClientEvents {
  hello: (m: HelloMessage) => void;
  batch: (m: BatchMessage) => void;
  notice: (m: NoticeMessage) => void;
}

export interface ClientToServerEvents {
  intent: (intent: Intent, ack: (r: IntentResult) => void) => void;
}
