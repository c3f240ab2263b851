// What a room needs of a connected client: who it is (from the handshake) and how to reach it.
import type { HelloMessage, NoticeMessage } from '../../shared/protocol/messages';
import type { Who } from '../../shared/session/rules';
import type { PreEncoded } from '../realtime/json-parser';

export interface RoomClient {
  readonly id: string;
  readonly who: Who;
  sendHello(m: HelloMessage): void;
  /** A BatchMessage already serialised: the same object goes to every socket whose batch reads the same. */
  sendBatch(message: PreEncoded): void;
  /** Ends the connection (session over, or its join code replaced); the client does not reconnect. Says why first when given. */
  close(notice?: NoticeMessage): void;
  /**
   * The room moved to another node: drops the transport only, so the client reconnects by itself and the load
   * balancer takes it to the new owner (a server-side disconnect would be final for a Socket.IO client).
   */
  moved(): void;
}
