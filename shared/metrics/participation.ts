// Participation of a whole session, one round, or a programme of sessions: a fresh accumulator over the events.
import { MetricsAccumulator } from './accumulator';
import type { MetricEvent, Participation, ParticipationOptions, RosterInput } from './types';

function isProgramme(events: readonly MetricEvent[] | readonly (readonly MetricEvent[])[]): events is readonly (readonly MetricEvent[])[] {
  return events.length > 0 && Array.isArray(events[0]);
}

/**
 * Per-child and per-group participation. `events` is one session's log, or a programme: a list of sessions'
 * logs (attendance then counts sessions, and follows never run from one session into the next).
 * `roster` adds enrolled children to those in the logs' `session.started` / `roster.synced` rosters.
 * `opts.round` narrows to round n. Unknown event types are ignored.
 */
export function participation(
  events: readonly MetricEvent[] | readonly (readonly MetricEvent[])[],
  roster: RosterInput = [],
  opts: ParticipationOptions = {},
): Participation {
  const acc = new MetricsAccumulator(roster, opts);
  const sessions = isProgramme(events) ? events : [events as readonly MetricEvent[]];
  for (const list of sessions) {
    acc.newSession();
    acc.addAll(list);
  }
  return acc.snapshot();
}
