// Reads each session's log once per page (rounds played, the programme session, observation notes) for the overview and report.
import { api } from '../../common/api';
import type { ReviewSessionLog } from '../../../shared/api/review';
import { sessionDigest, type SessionDigest } from '../../../shared/review/overview-digest';
import type { GroupData } from '../data';

const cache = new Map<string, Promise<SessionDigest>>();

function digestOf(groupId: string, number: number, live: boolean): Promise<SessionDigest> {
  const key = `${groupId}/${number}`;
  let p = cache.get(key);
  // A running session's log still grows: read it again each time rather than keep a stale digest.
  if (!p || live) {
    p = api<ReviewSessionLog>('GET', `/review/groups/${encodeURIComponent(groupId)}/sessions/${number}/events`).then((log) => sessionDigest(log.events));
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

/** Every session's digest by number; a log that cannot be read is left out (its row says so), not an error page. */
export async function sessionDigests(data: GroupData): Promise<Map<number, SessionDigest>> {
  const settled = await Promise.allSettled(data.review.sessions.map((s) => digestOf(data.group.id, s.number, s.endedAt === null)));
  const out = new Map<number, SessionDigest>();
  settled.forEach((r, i) => {
    const n = data.review.sessions[i]?.number;
    if (r.status === 'fulfilled' && n !== undefined) out.set(n, r.value);
  });
  return out;
}
