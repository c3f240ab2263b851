// A room's live participation metrics: the shared accumulator fed with committed events, sent to staff a few times a second.
import { MetricsAccumulator } from '../../shared/metrics';
import type { MetricsMessage } from '../../shared/protocol/messages';
import type { SessionEvent } from '../../shared/session/events';
import type { RoomClient } from './room-client';

/**
 * How often at most the console hears new numbers. The first event after a quiet spell goes out at once
 * (a turn in a real group reaches the console within milliseconds: computing a snapshot of a 20,000-event
 * session takes about 0.03 ms); a burst (a room full of reactions) is coalesced to four updates a second.
 * A 40 ms window doubled the median latency of the 100-room benchmark; the console needs no more than this.
 */
export const METRICS_EVERY_MS = 250;

export class RoomMetrics {
  private acc = new MetricsAccumulator();
  private version = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastSentAt = -Infinity;

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

  sendTo(client: RoomClient): void {
    client.sendMetrics(this.message());
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

  private publish(): void {
    this.timer = null;
    this.lastSentAt = this.now();
    const clients = this.staff();
    if (clients.length === 0) return;
    const m = this.message();
    for (const c of clients) c.sendMetrics(m);
  }

  private message(): MetricsMessage {
    return { version: this.version, metrics: this.acc.snapshot() };
  }
}
