// Builds the API's description of a session (with screen and join URLs while it is live).
import type { SessionInfo } from '../../shared/api/schemas';
import type { SessionRecord } from '../store/sessions-repo';
import type { HttpContext } from './context';

export function sessionInfo(ctx: HttpContext, s: SessionRecord): SessionInfo {
  const live = s.status === 'live' && s.joinCode !== null;
  return {
    id: s.id,
    groupId: s.groupId,
    status: s.status,
    code: s.joinCode,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    // The screen token rides in the fragment, so it never reaches a server log or a Referer; the code beside it
    // is the room the screen names when it connects (the load balancer routes on it).
    screenUrl: live ? `/screen#t=${s.screenToken}&c=${s.joinCode}` : null,
    joinUrl: live ? `${ctx.publicBaseUrl()}/j/${s.joinCode}` : null,
  };
}
