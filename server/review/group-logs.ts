// A group's sessions with their logs, oldest first: what the review and the exports read.
import type { SessionEvent } from '../../shared/session/events';
import type { EventStore } from '../store/event-store';
import type { SessionRecord, SessionsRepo } from '../store/sessions-repo';

export interface SessionLog {
  session: SessionRecord;
  events: SessionEvent[];
}

export async function groupLogs(sessions: SessionsRepo, store: EventStore, groupId: string): Promise<SessionLog[]> {
  const records = [...(await sessions.forGroup(groupId))].sort((a, b) => a.startedAt - b.startedAt);
  const logs: SessionLog[] = [];
  for (const session of records) logs.push({ session, events: await store.read(session.id) });
  return logs;
}
