// A live Socket.IO connection to one session: reconnects with backoff, resumes from the last version seen.
import { io, type Socket } from 'socket.io-client';
import type { Handshake } from '../../shared/protocol/handshake';
import { JOIN_CODE_PATTERN } from '../../shared/protocol/join-code';
import { MOMENT_INTENTS } from '../../shared/protocol/moments';
import type { Intent } from '../../shared/protocol/intents';
import type { ClientToServerEvents, IntentResult, MetricsMessage, NoticeMessage, ServerToClientEvents } from '../../shared/protocol/messages';
import { isErrorCode, type ErrorCode } from '../../shared/protocol/errors';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { MetricsReceiver, type MetricsWire } from '../../shared/protocol/metrics-wire';
import { BatchFold, type HeldView, type Received } from '../../shared/protocol/batch-fold';

export type LinkStatus = 'connecting' | 'connected' | 'reconnecting' | 'closed';

/** Handshake codes after which retrying cannot help; everything else is retried with backoff. */
const TERMINAL: readonly ErrorCode[] = ['protocol.version', 'protocol.invalid', 'auth.required', 'session.ended', 'session.unknown', 'join.code_unknown'];

type HandshakeWithoutVersion = Handshake extends infer H ? (H extends Handshake ? Omit<H, 'protocol' | 'since'> : never) : never;

export interface LiveConnectionOptions<V extends HeldView> {
  handshake: HandshakeWithoutVersion;
  /** Each batch folded: the page's view as of its version, and the events that came with it (docs/protocol.md). */
  onBatch: (r: Received<V>) => void;
  onStatus: (status: LinkStatus, code?: ErrorCode) => void;
  /** Live participation metrics (staff connections only; the server never sends them to a screen or tablet). */
  onMetrics?: (m: MetricsMessage) => void;
  /** A notice the server sends outside any intent (e.g. join codes being guessed). */
  onNotice?: (m: NoticeMessage) => void;
  /** Server URL; default: the page's own origin. */
  url?: string;
  /**
   * The room's join code, sent as `?room=` on every request (websocket and long-polling alike): a load balancer
   * hashes on it so all of a room's clients reach the node that holds the room.
   */
  room: string;
  /**
   * The session has a new join code (a view shows it, or the server answered a reconnect by the old one with it):
   * from now on the connection names it as its room. Return the handshake to use with it (a tablet's carries the
   * code and its seat token), or nothing to keep the one it has.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a handler that only takes note of the code returns nothing at all.
  onNewCode?: (code: string) => HandshakeWithoutVersion | void;
}

export interface LiveConnection {
  send(intent: DistributiveOmit<Intent, 'id'>): Promise<IntentResult>;
  close(): void;
  readonly version: number;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function newIntentId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const ACK_TIMEOUT_MS = 8000;
const SEND_TRIES = 4;
const RETRY_DELAY_MS = 500;

export function connectLive<V extends HeldView>(opts: LiveConnectionOptions<V>): LiveConnection {
  const fold = new BatchFold<V>();
  let everConnected = false;
  let room = opts.room;
  let handshake = opts.handshake;
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(opts.url ?? window.location.origin, {
    transports: ['websocket', 'polling'],
    reconnection: true,
    reconnectionDelay: 300,
    reconnectionDelayMax: 4000,
    randomizationFactor: 0.5,
    query: { room },
    // Read on every (re)connect, so the server knows the last version this page saw.
    auth: (cb) => cb({ ...handshake, protocol: PROTOCOL_VERSION, ...(fold.version > 0 ? { since: fold.version } : {}) }),
  });

  /** Every later (re)connect names the new code: the load balancer routes it to the node serving that code. */
  const follow = (code: string): void => {
    if (code === room || !JOIN_CODE_PATTERN.test(code)) return;
    room = code;
    socket.io.opts.query = { room };
    handshake = opts.onNewCode?.(code) ?? handshake;
  };

  let refusals = 0;
  let closedByUs = false;
  socket.on('connect', () => {
    refusals = 0;
    everConnected = true;
    opts.onStatus('connected');
  });
  socket.on('disconnect', (reason) => {
    if (reason === 'io server disconnect' || reason === 'io client disconnect') opts.onStatus('closed');
    else opts.onStatus('reconnecting');
  });
  socket.on('connect_error', (err) => {
    const data = (err as Error & { data?: { code?: unknown; joinCode?: unknown } }).data;
    const code = isErrorCode(data?.code) ? data.code : undefined;
    // Came back by a code the session no longer uses: told the new one, connect again with it at once.
    if (code === 'join.code_changed' && typeof data?.joinCode === 'string' && data.joinCode !== room) {
      follow(data.joinCode);
      if (!closedByUs) setTimeout(() => !closedByUs && socket.connect(), 0);
      return;
    }
    if (code && TERMINAL.includes(code)) {
      socket.close();
      opts.onStatus('closed', code);
      return;
    }
    opts.onStatus(everConnected ? 'reconnecting' : 'connecting', code);
    // A refusal by the server (busy, rate-limited, its database away) ends Socket.IO's own retrying; retry here.
    if (!socket.active) {
      refusals += 1;
      setTimeout(
        () => {
          if (!closedByUs) socket.connect();
        },
        Math.min(4000, 300 * 2 ** Math.min(refusals, 4)) * (0.5 + Math.random()),
      );
    }
  });
  socket.on('batch', (m) => {
    if (m.metrics) acceptMetrics(m.metrics);
    const received = fold.accept(m);
    if (!received) return;
    const code = (received.view as { code?: unknown }).code;
    if (received.viewChanged && typeof code === 'string') follow(code);
    opts.onBatch(received);
  });
  socket.on('notice', (m) => opts.onNotice?.(m));
  // A late packet from before a reconnect must not replace newer numbers; equal versions may differ in presence.
  let metricsVersion = 0;
  // Whole snapshots from deltas; each connection starts from the whole snapshot the server sends on arrival.
  const metrics = new MetricsReceiver();
  socket.on('disconnect', () => metrics.reset());
  // Staff batches carry the numbers of the commit that changed them.
  function acceptMetrics(wire: MetricsWire): void {
    const m = metrics.accept(wire);
    if (!m || m.version < metricsVersion) return;
    metricsVersion = m.version;
    opts.onMetrics?.(m);
  }

  async function send(partial: DistributiveOmit<Intent, 'id'>): Promise<IntentResult> {
    // The same id on every retry: the server applies it once however often it arrives.
    const intent = { ...partial, id: newIntentId() } as Intent;
    for (let attempt = 1; ; attempt++) {
      // A wave or a cheer is not queued while the connection is down (Socket.IO would send it on reconnect).
      if (MOMENT_INTENTS.has(intent.type) && !socket.connected) return { ok: false, code: 'server.error', message: 'not connected: a moment is not kept' };
      try {
        const result: IntentResult = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('intent', intent);
        // Not stored (the database was away, or the room moved to another node): the same id again, a little later.
        if (result.ok || result.code !== 'server.error' || attempt >= SEND_TRIES || !socket.active) return result;
        await new Promise((r) => setTimeout(r, RETRY_DELAY_MS * attempt));
      } catch (err) {
        if (attempt >= SEND_TRIES || !socket.active) return { ok: false, code: 'server.error', message: String(err) };
      }
    }
  }

  return {
    send,
    close: () => {
      closedByUs = true;
      socket.close();
    },
    get version() {
      return fold.version;
    },
  };
}
