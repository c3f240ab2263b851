// What each in-scope event adds to the counts: activity events typed by their declarations, then reactions, waves, tags.
import { activityOfEventType, parseActivityEvent } from '../activities/registry';
import { COUNTED_TYPES, countActivityEvent } from './count-activity-event';
import type { Counts } from './counts';
import { isObservationTag, str, type Payload } from './readers';
import type { MetricEvent } from './types';

/** Counts one in-scope event: turns and everything a child does. Unknown types and malformed payloads are ignored. */
export function countEvent(c: Counts, e: MetricEvent, p: Payload): void {
  if (activityOfEventType(e.type) !== undefined) {
    if (!COUNTED_TYPES.has(e.type)) return;
    // Parsed with the declaring activity's schema: a stored payload that does not match is skipped.
    const parsed = parseActivityEvent(e.type, e.payload);
    if (parsed) countActivityEvent(c, parsed, e.at);
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
