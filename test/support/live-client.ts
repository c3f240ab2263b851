// A socket.io-client peer (tablet, screen or console) that records views and awaits the ones a test wants.
import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { Intent } from '../../shared/protocol/intents';
import type { BatchMessage, ClientToServerEvents, HelloMessage, IntentResult, MetricsMessage, ServerToClientEvents } from '../../shared/protocol/messages';
import { BatchFold, type HeldView } from '../../shared/protocol/batch-fold';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { MetricsReceiver, type MetricsWire } from '../../shared/protocol/metrics-wire';

import { describeWait, WAIT_MS, withDeadline, type WaitOptions } from './wait';

type Auth = Record<string, unknown>;
let counter = 0;

/** The screen token from a session's screen URL (`/screen#t=<token>&c=<code>`). */
export function screenTokenOf(screenUrl: string | null): string {
  const token = new URLSearchParams((screenUrl ?? '').split('#')[1] ?? '').get('t');
  if (!token) throw new Error(`no screen token in ${screenUrl}`);
  return token;
}

export function seatToken(): string {
  return randomBytes(16).toString('hex');
}

/** A view as the client held it after a batch (a screen's with its moments folded in, as the pages do). */
export interface ViewRecord<V extends HeldView = HeldView> {
  version: number;
  view: V;
  serverNow: number;
}

export class LiveClient<V extends HeldView = HeldView> {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  /** Each view held, one per batch that changed it. */
  readonly views: ViewRecord<V>[] = [];
  /** Every batch as it came, and the hellos. */
  readonly batches: BatchMessage[] = [];
  readonly hellos: HelloMessage[] = [];
  /** The connections' first batches (history since the version named in the handshake). */
  readonly catchups: BatchMessage[] = [];
  private readonly fold = new BatchFold<V>();
  /** Live metrics (consoles only), as whole snapshots. */
  readonly metrics: MetricsMessage[] = [];
  /** The metrics messages as they came (a whole snapshot, then deltas). */
  readonly metricsWire: MetricsWire[] = [];
  version = 0;
  private waiters: { pred: (v: V) => boolean; resolve: (v: V) => void }[] = [];
  /** Notices the server sent (codes), in order. */
  readonly notices: string[] = [];
  /** The room (join code) named in the URL; like the pages, it follows a new code the session was given. */
  room: string | undefined;
  private auth: Auth;
  private readonly label: string;

  constructor(
    url: string,
    auth: Auth,
    opts: { cookie?: string; reconnection?: boolean; room?: string; transports?: ('websocket' | 'polling')[]; ca?: string } = {},
  ) {
    // Like the pages, name the room in the URL (a tablet's code is its room) so a load balancer can route it.
    const room = opts.room ?? (typeof auth.code === 'string' ? auth.code : undefined);
    this.room = room;
    this.auth = { ...auth };
    this.label = `${String(auth.role ?? 'client')}${room ? ` (room ${room})` : ''}`;
    this.socket = io(url, {
      transports: opts.transports ?? ['websocket'],
      ...(room ? { query: { room } } : {}),
      reconnection: opts.reconnection ?? true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 1000,
      forceNew: true,
      ...(opts.cookie ? { extraHeaders: { cookie: opts.cookie } } : {}),
      // HTTPS mode: trust the laptop's CA, as a tablet that installed it does.
      ...(opts.ca ? { ca: opts.ca } : {}),
      auth: (cb) => cb({ protocol: PROTOCOL_VERSION, ...this.auth, ...(this.version > 0 ? { since: this.version } : {}) }),
    });
    this.socket.on('hello', (m) => this.hellos.push(m));
    this.socket.on('batch', (m) => {
      this.batches.push(m);
      if (m.catchup) this.catchups.push(m);
      const r = this.fold.accept(m);
      if (r) this.version = r.version;
      if (!r?.viewChanged) return;
      // Like the pages: a view naming a new join code moves the room (and a tablet's code) to it for later reconnects.
      const code = (r.view as { code?: unknown }).code;
      if (typeof code === 'string' && this.room !== undefined && code !== this.room) this.follow(code);
      this.views.push({ version: r.version, view: r.view, serverNow: r.serverNow });
      this.waiters = this.waiters.filter((w) => (w.pred(r.view) ? (w.resolve(r.view), false) : true));
    });
    // Like the pages: a refusal that is not final (server.error, rate.limited) is retried after a pause.
    this.socket.on('connect_error', (err) => {
      const data = (err as Error & { data?: { code?: string; joinCode?: string } }).data;
      const code = data?.code;
      // Told the session's new code (its old one was replaced): like the pages, reconnect with it at once.
      if (code === 'join.code_changed' && data?.joinCode && (opts.reconnection ?? true) && !this.closing) {
        this.follow(data.joinCode);
        setTimeout(() => !this.closing && this.socket.connect(), 0);
        return;
      }
      if ((opts.reconnection ?? true) && !this.socket.active && (code === 'server.error' || code === 'join.rate_limited') && !this.closing) {
        setTimeout(() => !this.closing && this.socket.connect(), 300);
      }
    });
    this.socket.on('notice', (m) => this.notices.push(m.code));
    // Whole snapshots rebuilt from the deltas, as the pages do (a new connection starts from a whole one).
    const metricsReceiver = new MetricsReceiver();
    this.socket.on('disconnect', () => metricsReceiver.reset());
    this.socket.on('batch', ({ metrics: wire }) => {
      if (!wire) return;
      this.metricsWire.push(wire);
      const m = metricsReceiver.accept(wire);
      if (m) this.metrics.push(m);
    });
  }

  /** A tablet's seat token (to come back as the same device from another client). */
  get seatToken(): string | undefined {
    return typeof this.auth.seatToken === 'string' ? this.auth.seatToken : undefined;
  }

  /** Names the new code in the URL of every later (re)connect, and as a tablet's code in its handshake. */
  private follow(code: string): void {
    this.room = code;
    this.socket.io.opts.query = { room: code };
    if (typeof this.auth.code === 'string') this.auth = { ...this.auth, code };
  }

  get last(): V | undefined {
    return this.views.at(-1)?.view;
  }

  /**
   * The first view (the last one received, or a later one) that satisfies pred. Fails after its own deadline
   * (default WAIT_MS) naming what it waited for and the last view seen.
   */
  until(pred: (v: V) => boolean, opts: WaitOptions = {}): Promise<V> {
    const last = this.last;
    if (last && pred(last)) return Promise.resolve(last);
    return this.waitFor(pred, opts);
  }

  /** Like until, but only views that arrive from now on count. */
  next(pred: (v: V) => boolean, opts: WaitOptions = {}): Promise<V> {
    return this.waitFor(pred, opts);
  }

  private waitFor(pred: (v: V) => boolean, opts: WaitOptions): Promise<V> {
    let waiter!: { pred: (v: V) => boolean; resolve: (v: V) => void };
    const found = new Promise<V>((resolve) => this.waiters.push((waiter = { pred, resolve })));
    return withDeadline(found, {
      timeoutMs: opts.timeoutMs ?? WAIT_MS,
      what: `a view of ${this.describe()} where ${describeWait(pred, opts.what)}`,
      last: () => this.last,
      cancel: () => (this.waiters = this.waiters.filter((w) => w !== waiter)),
    });
  }

  connected(opts: WaitOptions = {}): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return this.once('connect', () => undefined, { what: opts.what ?? `${this.describe()} to connect`, timeoutMs: opts.timeoutMs });
  }

  /** Resolves with the reason of the next disconnect ('io server disconnect' when the server closed it). */
  disconnected(opts: WaitOptions = {}): Promise<string> {
    return this.once('disconnect', (reason) => String(reason), { what: opts.what ?? `${this.describe()} to disconnect`, timeoutMs: opts.timeoutMs });
  }

  /** Resolves with the handshake error code of the next failed connection attempt. */
  connectError(opts: WaitOptions = {}): Promise<string> {
    return this.once('connect_error', (err) => String((err as Error & { data?: { code?: string } }).data?.code ?? (err as Error).message), {
      what: opts.what ?? `a refused connection of ${this.describe()}`,
      timeoutMs: opts.timeoutMs,
    });
  }

  /** The next `event` on the socket, mapped; fails after the deadline with the socket's state. */
  private once<T>(event: 'connect' | 'disconnect' | 'connect_error', map: (arg: unknown) => T, opts: WaitOptions & { what: string }): Promise<T> {
    let handler!: (arg: unknown) => void;
    const happened = new Promise<T>((resolve) => this.socket.once(event, (handler = (arg: unknown) => resolve(map(arg)))));
    return withDeadline(happened, {
      timeoutMs: opts.timeoutMs ?? WAIT_MS,
      what: opts.what,
      last: () => ({ connected: this.socket.connected, active: this.socket.active, views: this.views.length }),
      cancel: () => this.socket.off(event, handler as never),
    });
  }

  /** Which client this is, for messages: its role and, for a tablet, its code. */
  private describe(): string {
    return this.label;
  }

  send(intent: Record<string, unknown> & { type: Intent['type'] }, id = `t${Date.now().toString(36)}${(counter++).toString(36)}x`): Promise<IntentResult> {
    return this.socket
      .timeout(WAIT_MS)
      .emitWithAck('intent', { id, ...intent } as Intent)
      .catch((err: unknown) => {
        throw new Error(`no answer within ${WAIT_MS} ms to ${intent.type} (${id}) from ${this.describe()}; connected: ${this.socket.connected}`, {
          cause: err,
        });
      });
  }

  private closing = false;
  close(): void {
    this.closing = true;
    this.socket.close();
  }
}
