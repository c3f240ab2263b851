// One simulated device over Socket.IO (the console or a child's tablet): its latest view, awaited changes, intents.
import { io, type Socket } from 'socket.io-client';
import type { Intent } from '../../shared/protocol/intents';
import type { ClientToServerEvents, IntentResult, ServerToClientEvents } from '../../shared/protocol/messages';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import type { HeldView } from '../../shared/protocol/batch-fold';
import { BatchFold } from '../../shared/protocol/batch-fold';
import { DemoError } from './errors';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An intent as the demo writes it; the peer adds the id. */
export type IntentBody = DistributiveOmit<Intent, 'id'>;

export type PeerAuth = { role: 'console'; sessionId: string } | { role: 'tablet'; code: string; seatToken: string };

interface Waiter<V> {
  pred: (v: V) => boolean;
  resolve: (v: V) => void;
  reject: (e: Error) => void;
}

/** How long a view the demo waits for may take before the demo gives up: far above any real step. */
const WAIT_MS = 20_000;
/** The server's per-socket token bucket refills at 10 intents a second; a refused intent is sent again after this. */
const RATE_RETRY_MS = 150;
const RATE_RETRIES = 20;

let intentCounter = 0;
const runTag = Math.random().toString(36).slice(2, 8);

export class LivePeer<V extends HeldView> {
  private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private waiters: Waiter<V>[] = [];
  private closing = false;
  private broken: Error | null = null;
  latest: V | undefined;

  constructor(
    url: string,
    readonly label: string,
    auth: PeerAuth,
    cookie?: string,
  ) {
    this.socket = io(url, {
      transports: ['websocket'],
      // The demo plays one scripted session: a dropped device is a failure to report, not to paper over.
      reconnection: false,
      forceNew: true,
      timeout: WAIT_MS,
      auth: { protocol: PROTOCOL_VERSION, ...auth },
      ...(cookie ? { extraHeaders: { cookie } } : {}),
    });
    const fold = new BatchFold();
    this.socket.on('batch', (m) => {
      const received = fold.accept(m);
      if (!received?.viewChanged) return;
      this.latest = received.view as V;
      this.waiters = this.waiters.filter((w) => (w.pred(this.latest!) ? (w.resolve(this.latest!), false) : true));
    });
    this.socket.on('connect_error', (err: Error & { data?: { code?: string } }) =>
      this.fail(`${this.label} could not connect: ${err.data?.code ?? err.message}`),
    );
    this.socket.on('disconnect', (reason) => {
      if (!this.closing) this.fail(`${this.label} was disconnected (${reason})`);
    });
  }

  private fail(message: string): void {
    this.broken = new DemoError(message);
    for (const w of this.waiters) w.reject(this.broken);
    this.waiters = [];
  }

  /** The latest view once it satisfies `pred` (now or when a later view arrives); `what` names it in errors. */
  until(what: string, pred: (v: V) => boolean): Promise<V> {
    if (this.latest && pred(this.latest)) return Promise.resolve(this.latest);
    if (this.broken) return Promise.reject(this.broken);
    return new Promise<V>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new DemoError(`${this.label}: no view with ${what} within ${WAIT_MS / 1000} s`));
      }, WAIT_MS);
      const waiter: Waiter<V> = {
        pred,
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      this.waiters.push(waiter);
    });
  }

  /** Sends an intent and returns the server's answer as it is (refusals included). */
  async trySend(intent: IntentBody): Promise<IntentResult> {
    if (this.broken) throw this.broken;
    const id = `demo-${runTag}-${(intentCounter++).toString(36)}`;
    for (let attempt = 0; ; attempt++) {
      const result = await this.socket.timeout(WAIT_MS).emitWithAck('intent', { id, ...intent } as Intent);
      if (result.ok || result.code !== 'rate.limited' || attempt >= RATE_RETRIES) return result;
      // A back-off, not a synchronisation: the server asked this device to slow down.
      await new Promise((r) => setTimeout(r, RATE_RETRY_MS));
    }
  }

  /** Sends an intent the script expects to be accepted; a refusal stops the demo with the server's code. */
  async send(intent: IntentBody): Promise<number> {
    const result = await this.trySend(intent);
    if (!result.ok) throw new DemoError(`${this.label}: ${intent.type} was refused (${result.code}${result.message ? `: ${result.message}` : ''})`);
    return result.seq;
  }

  close(): void {
    this.closing = true;
    this.socket.close();
  }

  /** Called before the session ends: the server then closes the link, which is expected. */
  expectClose(): void {
    this.closing = true;
  }
}
