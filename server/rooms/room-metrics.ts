// A room's live participation metrics: the shared accumulator fed with committed events, carried to staff inside their batches.
import { MetricsAccumulator } from '../../shared/metrics';
import { metricsDelta } from '../../shared/metrics/delta';
import type { Participation } from '../../shared/metrics';
import type { MetricsWire } from '../../shared/protocol/metrics-wire';
import type { SessionEvent } from '../../shared/session/events';

/**
 * The numbers ride on the staff batch of the commit that changed them: one message per commit, not a batch and a
 * separate metrics message. A timer used to coalesce them (250 ms for whole 9 KB snapshots, then 40 ms for deltas),
 * which made the console lag the log by up to that window and cost every busy room a second socket write per event.
 * A delta is a few hundred bytes and a snapshot of a 20,000-event session takes about 0.03 ms, so nothing is gained
 * by waiting; several commits answered in one tick still make one round (room.ts queueBroadcast).
 */
export class RoomMetrics {
  private acc = new MetricsAccumulator();
  private version = 0;
  /** The last snapshot every staff client holds, and its message number: deltas are made against it. */
  private sent: { n: number; version: number; metrics: Participation } | undefined;
  private n = 0;

  constructor(events: readonly SessionEvent[]) {
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
  }

  /**
   * A console's first batch: the whole snapshot the others hold (they hear what changed since in the next round,
   * and so does this one). Made now when no staff client holds one.
   */
  whole(): MetricsWire {
    if (!this.sent) this.sent = { n: ++this.n, version: this.version, metrics: this.acc.snapshot() };
    return { version: this.sent.version, n: this.sent.n, metrics: this.sent.metrics };
  }

  /**
   * For one round of batches: what changed since the last numbers staff hold (whole when they hold none), or
   * undefined when nothing did. `staffListening` false: nobody would hear it, so the next console starts afresh.
   */
  next(staffListening: boolean): MetricsWire | undefined {
    if (!staffListening) return void (this.sent = undefined);
    if (!this.sent) return this.whole();
    if (this.version === this.sent.version) return undefined;
    const metrics = this.acc.snapshot();
    const delta = metricsDelta(this.sent.metrics, metrics);
    // A new version with the same numbers still goes out: the console tracks the log.
    const wire: MetricsWire = { version: this.version, n: this.n + 1, base: this.sent.n, delta };
    this.n += 1;
    this.sent = { n: this.n, version: this.version, metrics };
    return wire;
  }
}
