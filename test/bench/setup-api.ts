// Prepares the Circletime server over its HTTP API: staff account, groups with children, live sessions.
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import type { GroupDetail, SessionInfo, StaffInfo } from '../../shared/api/schemas';
import { AVATAR_IDS } from '../../shared/avatars';
import { randomSeatToken, type RoomPlan } from './load-clients';
import { mapLimit } from './pool';

export interface BenchSession {
  index: number;
  groupId: string;
  sessionId: string;
  code: string;
  screenToken: string;
  childIds: string[];
}

export class Api {
  cookie = '';
  constructor(readonly baseUrl: string) {}

  async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    const setCookie = res.headers.getSetCookie()[0];
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    return JSON.parse(text) as T;
  }
}

export async function setupStaff(baseUrl: string, setupCode: string): Promise<Api> {
  const api = new Api(baseUrl);
  await api.call<StaffInfo>('POST', '/api/setup', { setupCode, username: 'bench', displayName: 'Bench', password: 'bench-password-1' });
  if (!api.cookie) throw new Error('setup returned no session cookie');
  return api;
}

/** Groups (auto-approve, so a tablet's claim seats it at once) with `children` children each. */
export async function createGroups(api: Api, rooms: number, children: number, concurrency: number): Promise<{ id: string; childIds: string[] }[]> {
  return mapLimit(
    Array.from({ length: rooms }, (_, i) => i),
    concurrency,
    async (i) => {
      const group = await api.call<GroupDetail>('POST', '/api/groups', {
        name: `Bench ${i + 1}`,
        ageBand: '7-12',
        language: i % 2 ? 'zh-CN' : 'en',
        autoApprove: true,
      });
      const childIds: string[] = [];
      for (let c = 0; c < children; c++) {
        const avatar = AVATAR_IDS[c % AVATAR_IDS.length];
        const child = await api.call<{ id: string }>('POST', `/api/groups/${group.id}/children`, { nickname: `Kid ${c + 1}`, avatar });
        childIds.push(child.id);
      }
      return { id: group.id, childIds };
    },
  );
}

export async function startSessions(api: Api, groups: readonly { id: string; childIds: string[] }[], concurrency: number): Promise<BenchSession[]> {
  return mapLimit(groups, concurrency, async (g, index) => {
    // Bench children have no guardian consent recorded: confirm them, as a facilitator would.
    const s = await api.call<SessionInfo>('POST', `/api/groups/${g.id}/sessions`, { withoutConsent: g.childIds });
    const token = new URLSearchParams((s.screenUrl ?? '').split('#')[1] ?? '').get('t');
    if (!s.code || !token) throw new Error(`session of group ${g.id} has no code or screen token: ${JSON.stringify(s)}`);
    return { index, groupId: g.id, sessionId: s.id, code: s.code, screenToken: token, childIds: g.childIds };
  });
}

/** How the bench's clients join each live session: a screen, a console (staff cookie) and tablets claiming each child. */
export function roomPlans(sessions: readonly BenchSession[], staffCookie: string, extra: (s: BenchSession) => Partial<RoomPlan> = () => ({})): RoomPlan[] {
  return sessions.map((s) => ({
    index: s.index,
    screenAuth: { role: 'screen', protocol: PROTOCOL_VERSION, screenToken: s.screenToken },
    consoleAuth: { role: 'console', protocol: PROTOCOL_VERSION, sessionId: s.sessionId },
    consoleCookie: staffCookie,
    tabletAuths: s.childIds.map(() => ({ role: 'tablet', protocol: PROTOCOL_VERSION, code: s.code, seatToken: randomSeatToken() })),
    claims: s.childIds,
    ...extra(s),
  }));
}

/**
 * A loopback source address per room (127.10.x.y), as a centre behind its own router. Join-code tries are limited
 * per address and counted before the code is checked (a right code refunds its try afterwards), so with every
 * tablet on 127.0.0.1 any moment with more than 10 handshakes in flight got `join.rate_limited`.
 */
export function roomAddress(index: number): string {
  return `127.10.${Math.floor(index / 250)}.${(index % 250) + 1}`;
}
