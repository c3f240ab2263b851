// What each in-scope event adds to the counts: activity events by what their activity declares they mean, then reactions, waves, tags.
import { activityOfEventType, participationFacts } from '../activities/registry';
import { applyFact } from './apply-fact';
import type { Counts } from './counts';
import { isObservationTag, str, type Payload } from './readers';
import type { MetricEvent } from './types';

/** Counts one in-scope event: turns and everything a child does. Unknown types and malformed payloads are ignored. */
export function countEvent(c: Counts, e: MetricEvent, p: Payload): void {
  if (activityOfEventType(e.type) !== undefined) {
    // What the event means is declared by its activity, read from the payload parsed with its schema (a stored
    // payload that does not match is skipped).
    for (const f of participationFacts(e.type, e.payload)) applyFact(c, f, e.at);
    return;
  }
  const child = str(p, 'childId');
  switch (e.type) {
    case 'reaction.sent': {
      if (child === null) return;
      c.tally(child).reactionsGiven += 1;
      const to = str(p, 'to');
      if (to !== null) c.tally(to).reactionsReceived += 1;
      return;
    }
    case 'wave.sent':
      if (child !== null) c.tally(child).waves += 1;
      return;
    case 'observation.tagged': {
      const id = str(p, 'id');
      const tag = p['tag'];
      if (id === null || child === null || !isObservationTag(tag) || c.tags.has(id)) return;
      c.tags.set(id, { childId: child, tag, active: true });
      c.tally(child).observations[tag] += 1;
      return;
    }
  }
}
