// The newest committed events a room keeps in memory, and what a page missed since a version (from here, or the log).
import { CATCHUP_MAX_EVENTS } from '../../shared/protocol/limits';
import type { SessionEvent } from '../../shared/session/events';

export class RecentEvents {
  private events: SessionEvent[] = [];

  constructor(initial: readonly SessionEvent[] = []) {
    this.reset(initial);
  }

  /** The room folded its log again (a load, a recovery): memory starts from its newest events. */
  reset(events: readonly SessionEvent[]): void {
    this.events = events.slice(-CATCHUP_MAX_EVENTS);
  }

  /** Just committed, in order. Trimmed now and then rather than per commit. */
  add(events: readonly SessionEvent[]): void {
    this.events.push(...events);
    if (this.events.length > CATCHUP_MAX_EVENTS * 2) this.events = this.events.slice(-CATCHUP_MAX_EVENTS);
  }

  /** True when memory holds every committed event after `since`: a catch-up needs no read of the log. */
  reaches(since: number): boolean {
    return (this.events[0]?.seq ?? Infinity) <= since + 1;
  }

  /**
   * The committed events after `since` up to `upTo`, the newest CATCHUP_MAX_EVENTS of them: `older` (read from the
   * log when memory did not reach back far enough) for what memory lacks, memory for the rest.
   */
  missed(since: number, older: readonly SessionEvent[], upTo: number): { events: SessionEvent[]; truncated: boolean } {
    const first = this.events[0]?.seq ?? Infinity;
    const missed = [...older.filter((e) => e.seq > since && e.seq < first && e.seq <= upTo), ...this.events.filter((e) => e.seq > since && e.seq <= upTo)];
    const truncated = missed.length > CATCHUP_MAX_EVENTS;
    return { events: truncated ? missed.slice(missed.length - CATCHUP_MAX_EVENTS) : missed, truncated };
  }
}
