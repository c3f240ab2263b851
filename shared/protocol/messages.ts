// Server→client messages and the Socket.IO typed event maps derived from the intent schema.
import type { ErrorCode } from './errors';
import type { Intent } from './intents';
import type { SessionEvent } from '../session/events';
import type { Moment } from '../session/state';
import type { View } from '../session/views';
import type { Participation } from '../metrics';
import type { MetricsWire } from './metrics-wire';

export type IntentResult = { ok: true; seq: number; duplicate?: boolean } | { ok: false; code: ErrorCode; message?: string };

/** A view snapshot with the log version it reflects; versions only go up. */
export interface ViewMessage<V extends View = View> {
  version: number;
  view: V;
  /** The server's clock when sent, so clients can draw timers against it. */
  serverNow: number;
}

/**
 * The screen's new floating moments (waves, cheers) at `version`, when nothing else of its view changed: the rest
 * of the screen's last view stands (shared/session/screen-moments.ts applies it). Most of a room's traffic is
 * moments, and a 2-3 KB screen view per wave was most of what the server wrote.
 */
export interface MomentsMessage {
  version: number;
  moments: Moment[];
  serverNow: number;
}

/** Events a console missed since the version it last saw (sent on reconnect). */
export interface CatchupMessage {
  since: number;
  events: SessionEvent[];
  truncated: boolean;
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
  view: (m: ViewMessage) => void;
  moments: (m: MomentsMessage) => void;
  catchup: (m: CatchupMessage) => void;
  notice: (m: NoticeMessage) => void;
  metrics: (m: MetricsWire) => void;
}

export interface ClientToServerEvents {
  intent: (intent: Intent, ack: (r: IntentResult) => void) => void;
}
