// The cluster bench's load: tablets retry each intent with its own id until it is answered, and every seat's way back after a node's death is timed.
import type { IntentResult } from '../../shared/protocol/messages';
import type { TabletView } from '../../shared/session/views';
import type { BenchSocket, ConnectedRoom } from './load-clients';
import { IntentMaker, type IntentRecord } from './load-driver';
import { waitUntil } from './pool';

/** As the pages (client/common/live-connection.ts): an intent unanswered this long is sent again with the same id. */
const ACK_TIMEOUT_MS = 8000;

export interface ClusterIntent extends IntentRecord {
  attempts: number;
  /** First sent after the kill. */
  afterKill: boolean;
}

/** One tablet's way back after the kill; times are performance.now(). */
export interface SeatTrack {
  room: number;
  tablet: number;
  /** Its room was on the killed node, so its connection must drop and come back. */
  moved: boolean;
  /** Its connection dropped after the kill (first drop). */
  droppedAt?: number;
  /** The client's latest reconnect attempt (the one that succeeded, once reconnected) and how many it made. */
  attemptAt?: number;
  attempts: number;
  /** The latest attempt's transport opened (WebSocket upgraded through HAProxy); the handshake is sent next. */
  openedAt?: number;
  /** Connected again after the latest drop: the handshake, which loads the room on its new node, is done. */
  reconnectedAt?: number;
  /** First view saying "seated" on that new connection. */
  seatedAt?: number;
  /** First intent acknowledged after the kill (on the new connection, if it dropped). */
  ackedAt?: number;
  /** Seated and acknowledged again: the later of the two (only the ack for a tablet that never dropped). */
  resumedAt?: number;
}

/** A screen's or console's way back: dropped after the kill, then its first view on the new connection. */
export interface ViewerTrack {
  droppedAt?: number;
  reconnectedAt?: number;
  backAt?: number;
}

/** Why attempts were repeated: the socket dropped, no answer within the timeout, or the server said server.error. */
export type RetryReason = 'disconnected' | 'timeout' | 'server.error';

export class ClusterLoad {
  readonly records: ClusterIntent[] = [];
  readonly seats: SeatTrack[] = [];
  readonly screens: ViewerTrack[] = [];
  readonly consoles: ViewerTrack[] = [];
  readonly retries: Record<RetryReason, number> = { disconnected: 0, timeout: 0, 'server.error': 0 };
  /** Waves and reactions a tablet did not send because its connection was down (as the pages). */
  notSentOffline = 0;
  /** Failed reconnect attempts after the kill, by "role: code or message" (each one costs the client a backoff step). */
  readonly reconnectErrors: Record<string, number> = {};
  /** performance.now() of the SIGKILL. */
  killAt: number | undefined;
  private measuring = false;
  private sending = false;
  /** The run is over: an attempt that fails now is not repeated. */
  private ended = false;
  private pending = 0;
  private readonly runId = Math.random().toString(36).slice(2, 8);
  private readonly seatOf = new Map<BenchSocket, SeatTrack>();

  constructor(
    private readonly rooms: readonly ConnectedRoom[],
    private readonly ratePerTablet: number,
  ) {
    for (const room of rooms) {
      this.screens[room.index] = this.watchViewer(room.screen);
      this.consoles[room.index] = this.watchViewer(room.console);
      for (const [role, socket] of [['screen', room.screen], ['console', room.console], ...room.tablets.map((t) => ['tablet', t] as const)] as const) {
        socket.on('connect_error', (err: Error & { data?: { code?: string }; description?: unknown }) => {
          if (this.killAt === undefined) return;
          // A transport error carries the underlying one (e.g. "Unexpected server response: 503") as its description.
          const description = err.description as { message?: unknown } | undefined;
          const cause = typeof description?.message === 'string' ? `: ${description.message}` : '';
          const key = `${role}: ${err.data?.code ?? `${err.message}${cause}`}`;
          this.reconnectErrors[key] = (this.reconnectErrors[key] ?? 0) + 1;
        });
      }
      room.tablets.forEach((tablet, t) => {
        const seat = this.watchSeat(room.index, t, tablet);
        this.seats.push(seat);
        this.seatOf.set(tablet, seat);
      });
    }
  }

  /** Every tablet starts sending at its own random phase, so 2,000 tablets do not fire in lockstep. */
  start(): void {
    this.sending = true;
    const meanGapMs = 1000 / this.ratePerTablet;
    for (const room of this.rooms) {
      room.tablets.forEach((tablet, t) => {
        const seat = this.seatOf.get(tablet);
        if (!seat) throw new Error(`tablet ${t} of room ${room.index} is not tracked`);
        const maker = new IntentMaker(`c${this.runId}-${room.index}-${t}`);
        // A child may keep tapping under the "reconnecting" pill, but like the pages (MOMENT_INTENTS) the tablet sends
        // no wave or reaction while its connection is down, and sends none of them again once it is back.
        const tick = () => {
          if (!this.sending) return;
          if (tablet.connected) this.send(seat, tablet, maker);
          else this.notSentOffline++;
          setTimeout(tick, meanGapMs * (0.5 + Math.random()));
        };
        setTimeout(tick, Math.random() * meanGapMs);
      });
    }
  }

  /** Every intent id of this run starts with it (each is one wave or one reaction, so one event in the log). */
  get idPrefix(): string {
    return `c${this.runId}-`;
  }

  /** Intents sent while this is on count for latency (the steady window before the kill). */
  setMeasuring(on: boolean): void {
    this.measuring = on;
  }

  markKill(at: number, movedRooms: ReadonlySet<number>): void {
    this.killAt = at;
    for (const s of this.seats) s.moved = movedRooms.has(s.room);
  }

  resumedSeats(): number {
    return this.seats.reduce((n, s) => n + (s.resumedAt !== undefined ? 1 : 0), 0);
  }

  stopSending(): void {
    this.sending = false;
  }

  /** Waits (bounded) for every sent intent to be answered; then the run is over and nothing is retried. */
  async drain(timeoutMs: number): Promise<boolean> {
    const drained = await waitUntil(() => this.pending === 0, timeoutMs, 50);
    this.ended = true;
    return drained;
  }

  private send(seat: SeatTrack, socket: BenchSocket, maker: IntentMaker): void {
    const { intent, slot } = maker.next(performance.now());
    const rec: ClusterIntent = {
      id: intent.id,
      room: seat.room,
      type: intent.type === 'reaction' ? 'reaction' : 'wave',
      sentAt: performance.now(),
      measured: this.measuring,
      attempts: 0,
      afterKill: this.killAt !== undefined,
    };
    this.records.push(rec);
    this.pending++;
    const finish = (result: IntentResult | undefined, failure?: string) => {
      this.pending--;
      if (slot) slot.ackedAt = performance.now();
      if (result) rec.result = result;
      if (failure) rec.failure = failure;
      if (result?.ok) this.acked(seat, performance.now());
    };
    const retry = (reason: RetryReason) => {
      this.retries[reason]++;
      if (this.ended) return finish(undefined, `no answer before the run ended (last: ${reason})`);
      // As the pages: a moment is not sent again over a connection that is down.
      if (!socket.connected) return finish(undefined, 'a moment not sent again while offline');
      // The same id again: the server applies an intent once however often it arrives.
      setTimeout(attempt, Math.min(250 * rec.attempts, 1000));
    };
    const attempt = () => {
      if (this.ended) return finish(undefined, 'no answer before the run ended');
      rec.attempts++;
      socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('intent', intent)
        .then(
          (r) => (r.ok || r.code !== 'server.error' ? finish(r) : retry('server.error')),
          (err: unknown) => retry(err instanceof Error && /disconnected/.test(err.message) ? 'disconnected' : 'timeout'),
        );
    };
    attempt();
  }

  /** Before the kill nothing is tracked; once a seat has resumed, nothing more is either. */
  private tracking(s: SeatTrack): boolean {
    return this.killAt !== undefined && s.resumedAt === undefined;
  }

  /** A moved seat must have dropped and come back; a seat that dropped anyway must have come back too. */
  private onNewConnection(s: SeatTrack): boolean {
    if (s.moved || s.droppedAt !== undefined) return s.reconnectedAt !== undefined;
    return true;
  }

  private acked(s: SeatTrack, at: number): void {
    if (!this.tracking(s) || !this.onNewConnection(s) || at <= (this.killAt ?? Infinity)) return;
    s.ackedAt ??= at;
    this.tryResume(s);
  }

  private tryResume(s: SeatTrack): void {
    if (s.ackedAt === undefined) return;
    if (s.droppedAt === undefined && !s.moved) s.resumedAt = s.ackedAt;
    else if (s.seatedAt !== undefined) s.resumedAt = Math.max(s.seatedAt, s.ackedAt);
  }

  private watchSeat(room: number, tablet: number, socket: BenchSocket): SeatTrack {
    const s: SeatTrack = { room, tablet, moved: false, attempts: 0 };
    socket.io.on('reconnect_attempt', () => {
      if (!this.tracking(s)) return;
      s.attemptAt = performance.now();
      s.attempts++;
    });
    socket.io.on('open', () => {
      if (this.tracking(s) && s.droppedAt !== undefined) s.openedAt = performance.now();
    });
    socket.on('disconnect', () => {
      if (!this.tracking(s)) return;
      s.droppedAt ??= performance.now();
      // Evidence from an earlier connection does not count for the next one.
      s.reconnectedAt = s.seatedAt = s.ackedAt = undefined;
    });
    socket.on('connect', () => {
      if (this.tracking(s) && s.droppedAt !== undefined) s.reconnectedAt = performance.now();
    });
    // A connection's first batch carries its view (later ones only when it changed).
    socket.on('batch', (m) => {
      if (!this.tracking(s) || !this.onNewConnection(s) || (m.view as TabletView | undefined)?.status !== 'seated') return;
      s.seatedAt ??= performance.now();
      this.tryResume(s);
    });
    return s;
  }

  private watchViewer(socket: BenchSocket): ViewerTrack {
    const v: ViewerTrack = {};
    const tracking = () => this.killAt !== undefined && v.backAt === undefined;
    socket.on('disconnect', () => {
      if (!tracking()) return;
      v.droppedAt ??= performance.now();
      v.reconnectedAt = undefined;
    });
    socket.on('connect', () => {
      if (tracking() && v.droppedAt !== undefined) v.reconnectedAt = performance.now();
    });
    socket.on('batch', () => {
      if (tracking() && v.reconnectedAt !== undefined) v.backAt = performance.now();
    });
    return v;
  }
}
