// Live metrics on the wire: a whole snapshot when a console arrives, then only what changed (shared/metrics/delta.ts).
import { applyMetricsDelta, type MetricsDelta } from '../metrics/delta';
import type { Participation } from '../metrics';
import type { MetricsMessage } from './messages';

/** `n` counts the room's metrics messages; a delta says which one it follows (`base`). */
export type MetricsWire = { version: number; n: number; metrics: Participation } | { version: number; n: number; base: number; delta: MetricsDelta };

/**
 * Turns the wire messages of one connection back into whole snapshots. A delta that does not follow the snapshot
 * held (a message lost across a reconnect) is ignored: the connection gets a whole snapshot when it attaches again.
 */
export class MetricsReceiver {
  private held: { n: number; version: number; metrics: Participation } | undefined;

  accept(m: MetricsWire): MetricsMessage | undefined {
    if ('metrics' in m) {
      this.held = { n: m.n, version: m.version, metrics: m.metrics };
    } else {
      if (!this.held || this.held.n !== m.base) return undefined;
      this.held = { n: m.n, version: m.version, metrics: applyMetricsDelta(this.held.metrics, m.delta) };
    }
    return { version: this.held.version, metrics: this.held.metrics };
  }

  /** A new connection starts from the next whole snapshot. */
  reset(): void {
    this.held = undefined;
  }
}
