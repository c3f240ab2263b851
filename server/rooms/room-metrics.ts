// A room's live participation metrics: the shared accumulator fed with committed events, sent to staff a few times a second.
import { MetricsAccumulator } from '../../shared/metrics';
import { isEmptyDelta, metricsDelta } from '../../shared/metrics/delta';
import type { Participation } from '../../shared/metrics';
import type { MetricsWire } from '../../shared/protocol/metrics-wire';
import type { SessionEvent } from '../../shared/session/events';
import type { RoomClient } from './room-client';

/**
 * How often at most the console hears new numbers. The first event after a quiet spell goes out at once
 * (a turn in a real group reaches the console within milliseconds: computing a snapshot of a 20,000-event
 * session takes about 0.03 ms); a burst (a room full of reactions) is coalesced to one update per window.
 * With whole 9 KB snapshots a 40 ms window doubled the benchmark's median latency and 250 ms was used; as deltas
 * (a few hundred bytes) 40 ms keeps a busy room's console within 50 ms of the log (`npm run bench`).
 */
export const METRICS_EVERY_MS = 40;

export class RoomMetrics {
  private acc = new MetricsAccumulator();
  private version = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastSentAt = -Infinity;
  /** The last snapshot every staff client holds, and its message number: deltas are made against it. */
  private sent: { n: number; version: number; metrics: Participation } | undefined;
  private n = 0;

  constructor(
    events: readonly SessionEvent[],
    private readonly staff: () => RoomClient[],
    /** The room's clock (injected, so tests and replays control the coalescing window). */
    private readonly now: () => number,
  ) {
    this.reset(events);
  }

  /** The log was folded again (a failed commit): the numbers start over from it. */
  reset(events: readonly SessionEvent[]): void {
    this.sent = undefined;
    this.acc = new MetricsAccumulator();
    this.acc.addAll(events);
    this.version = events.at(-1)?.seq ?? 0;
  }

  /** Committed events only, in order. */
  add(events: readonly SessionEvent[]): void {
    for (const e of events) this.acc.add(e);
    this.version = events.at(-1)?.seq ?? this.version;
    this.schedule();
  }

  /** A console arrives: the others first hear what is pending, then it gets the whole snapshot they all hold. */
  sendTo(client: RoomClient): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.publish(client);
    }
    this.sent ??= { n: this.n, version: this.version, metrics: this.acc.snapshot() };
    client.sendMetrics({ version: this.sent.version, n: this.sent.n, metrics: this.sent.metrics });
  }

  /**
   * The session ended: numbers still waiting for the coalescing window go out now, before the consoles are
   * closed, so a console's last numbers are those of the whole log; then nothing more is scheduled.
   */
  flushAndStop(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.publish();
  }

  private schedule(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.lastSentAt + METRICS_EVERY_MS - this.now());
    this.timer = setTimeout(() => this.publish(), wait);
    this.timer.unref?.();
  }

  private publish(except?: RoomClient): void {
    this.timer = null;
    const clients = this.staff().filter((c) => c !== except);
    // Nobody to tell: the next console starts from a whole snapshot anyway.
    if (clients.length === 0) return void (this.sent = undefined);
    const metrics = this.acc.snapshot();
    let m: MetricsWire;
    if (this.sent) {
      const delta = metricsDelta(this.sent.metrics, metrics);
      // Nothing new at all; a new version with the same numbers still goes out (the console tracks the log).
      if (isEmptyDelta(delta) && this.version === this.sent.version) return;
      m = { version: this.version, n: this.n + 1, base: this.sent.n, delta };
    } else {
      m = { version: this.version, n: this.n + 1, metrics };
    }
    this.n += 1;
    this.sent = { n: this.n, version: this.version, metrics };
    this.lastSentAt = this.now();
    for (const c of clients) c.sendMetrics(m);
  }
}
