// What a room needs of a connected client: who it is (from the handshake) and how to reach it.
import type { CatchupMessage, MetricsMessage, ViewMessage } from '../../shared/protocol/messages';
import type { Who } from '../../shared/session/rules';

export interface RoomClient {
  readonly id: string;
  readonly who: Who;
  sendView(m: ViewMessage): void;
  sendCatchup(m: CatchupMessage): void;
  /** Staff clients only: the session's live participation metrics. */
  sendMetrics(m: MetricsMessage): void;
  /** Ends the connection (session over); the client does not reconnect. */
  close(): void;
}
