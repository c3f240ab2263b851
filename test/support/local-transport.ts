// An in-process transport: real Room + memory store, clients that record the views they receive.
import type { BatchMessage, HelloMessage, MetricsMessage } from '../../shared/protocol/messages';
import { MetricsReceiver, type MetricsWire } from '../../shared/protocol/metrics-wire';
import { BatchFold, type HeldView } from '../../shared/protocol/batch-fold';
import type { Who } from '../../shared/session/rules';
import type { PreEncoded } from '../../server/realtime/json-parser';
import { Room } from '../../server/rooms/room';
import type { RoomClient } from '../../server/rooms/room-client';
import type { EventStore } from '../../server/store/event-store';
import { MemoryEventStore } from '../../server/store/memory-event-store';
import { ROSTER } from './session-fixtures';
import { describeWait, withDeadline, type WaitOptions } from './wait';

/** In-process waits: well under the unit suite's 5 s test timeout. */
const LOCAL_WAIT_MS = 2_000;

/** A view as a client holds it after a batch (a screen's with its moments folded in, as the pages do). */
export interface ViewRecord {
  version: number;
  view: HeldView;
  serverNow: number;
}

type View = HeldView;

export class LocalClient implements RoomClient {
  /** Each view the client held, one per batch that changed it. */
  readonly views: ViewRecord[] = [];
  /** Every batch as it came off the wire (parsed), and the hellos. */
  readonly batches: BatchMessage[] = [];
  readonly hellos: HelloMessage[] = [];
  closed = false;
  private readonly fold = new BatchFold();
  private onClosed: (() => void)[] = [];
  private waiters: { pred: (v: View) => boolean; resolve: (v: View) => void }[] = [];

  constructor(
    readonly id: string,
    readonly who: Who,
  ) {}

  sendHello(m: HelloMessage): void {
    this.hellos.push(structuredClone(m));
  }
  /** Parsed from the very JSON a socket would write, and folded as the pages fold it. */
  sendBatch(message: PreEncoded): void {
    const m = JSON.parse(message.json) as BatchMessage;
    this.batches.push(m);
    if (m.metrics) this.acceptMetrics(m.metrics);
    const r = this.fold.accept(m);
    if (!r?.viewChanged) return;
    this.views.push({ version: r.version, view: r.view, serverNow: r.serverNow });
    this.waiters = this.waiters.filter((w) => (w.pred(r.view) ? (w.resolve(r.view), false) : true));
  }
  /** Whole snapshots, rebuilt from the deltas as the pages do. */
  readonly metrics: MetricsMessage[] = [];
  /** The messages as sent (whole or delta). */
  readonly metricsWire: MetricsWire[] = [];
  private readonly metricsReceiver = new MetricsReceiver();
  private acceptMetrics(wire: MetricsWire): void {
    this.metricsWire.push(structuredClone(wire));
    const m = this.metricsReceiver.accept(structuredClone(wire));
    if (!m) throw new Error(`${this.id}: a metrics delta that does not follow the snapshot held`);
    this.metrics.push(m);
  }
  close(): void {
    this.closed = true;
    for (const f of this.onClosed.splice(0)) f();
  }
  /** The room moved to another node: a real client would reconnect; here it only counts. */
  movedCount = 0;
  moved(): void {
    this.movedCount += 1;
  }

  untilClosed(opts: WaitOptions = {}): Promise<void> {
    if (this.closed) return Promise.resolve();
    let done!: () => void;
    const closed = new Promise<void>((resolve) => this.onClosed.push((done = resolve)));
    return withDeadline(closed, {
      timeoutMs: opts.timeoutMs ?? LOCAL_WAIT_MS,
      what: opts.what ?? `${this.id} to be closed`,
      last: () => this.last,
      cancel: () => (this.onClosed = this.onClosed.filter((f) => f !== done)),
    });
  }

  get last(): View | undefined {
    return this.views.at(-1)?.view;
  }

  /** Resolves with the first view (already received or future) that satisfies pred; fails after its deadline. */
  until<V extends View>(pred: (v: V) => boolean, opts: WaitOptions = {}): Promise<V> {
    const last = this.last as V | undefined;
    if (last && pred(last)) return Promise.resolve(last);
    let waiter!: { pred: (v: View) => boolean; resolve: (v: View) => void };
    const found = new Promise<V>((resolve) => this.waiters.push((waiter = { pred: pred as (v: View) => boolean, resolve: resolve as (v: View) => void })));
    return withDeadline(found, {
      timeoutMs: opts.timeoutMs ?? LOCAL_WAIT_MS,
      what: `a view of ${this.id} where ${describeWait(pred, opts.what)}`,
      last: () => this.last,
      cancel: () => (this.waiters = this.waiters.filter((w) => w !== waiter)),
    });
  }
}

export interface LocalSession {
  room: Room;
  store: EventStore;
  clock: { now: number };
  ended: Room[];
}

export async function localSession(autoApprove = true, store: EventStore = new MemoryEventStore()): Promise<LocalSession> {
  const clock = { now: 1_700_000_000_000 };
  const ended: Room[] = [];
  const room = await Room.start(
    'local-1',
    { type: 'session.started', payload: { groupId: 'g1', groupName: 'Sunflowers', language: 'en', ageBand: '7-12', autoApprove, roster: ROSTER } },
    { kind: 'staff', staffId: 'st1' },
    { store, now: () => clock.now, code: '4321', joinUrl: 'http://lan:3000/j/4321', onEnded: (r) => void ended.push(r) },
  );
  return { room, store, clock, ended };
}
