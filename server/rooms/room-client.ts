// What a room needs of a connected client: who it is (from the handshake) and how to reach it.
import type { CatchupMessage, MomentsMessage, NoticeMessage, ViewMessage } from '../../shared/protocol/messages';
import type { MetricsWire } from '../../shared/protocol/metrics-wire';
import type { Who } from '../../shared/session/rules';

export interface RoomClient {
  readonly id: string;
  readonly who: Who;
  /** `viewJson`, when given, is `JSON.stringify(m.view)` already made: a socket may send it instead of encoding again. */
  sendView(m: ViewMessage, viewJson?: string): void;
  /** Screens only: new moments when nothing else of the screen's view changed (shared/session/screen-moments.ts). */
  sendMoments(m: MomentsMessage): void;
  sendCatchup(m: CatchupMessage): void;
  /** Staff clients only: the session's live participation metrics. */
  sendMetrics(m: MetricsWire): void;
  /** Ends the connection (session over, or its join code replaced); the client does not reconnect. Says why first when given. */
  close(notice?: NoticeMessage): void;
  /**
   * The room moved to another node: drops the transport only, so the client reconnects by itself and the load
   * balancer takes it to the new owner (a server-side disconnect would be final for a Socket.IO client).
   */
  moved(): void;
}
