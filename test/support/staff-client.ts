// A staff member over HTTP with a cookie jar: setup, groups, roster and sessions, as the console does it.
import type { ApiError, ChildInfo, GroupDetail, SessionInfo } from '../../shared/api/schemas';
import type { AvatarId } from '../../shared/avatars';

export class StaffClient {
  cookie = '';

  /** `fetcher`: fetchTrusting(ca) for a server in HTTPS mode with its own CA. */
  constructor(
    readonly baseUrl: string,
    private readonly fetcher: typeof fetch = fetch,
  ) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> {
    const res = await this.fetcher(`${this.baseUrl}/api${path}`, {
      method,
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...(method === 'GET' ? {} : { 'content-type': 'application/json' }) },
      ...(method === 'GET' ? {} : { body: JSON.stringify(body ?? {}) }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    return { status: res.status, data: (await res.json()) as T };
  }

  async ok<T>(method: string, path: string, body?: unknown): Promise<T> {
    const r = await this.call<T>(method, path, body);
    if (r.status >= 300) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(r.data)}`);
    return r.data;
  }

  setup(setupCode: string, username = 'ana', password = 'correct horse'): Promise<unknown> {
    return this.ok('POST', '/setup', { setupCode, username, displayName: 'Ana', password });
  }

  login(username = 'ana', password = 'correct horse'): Promise<unknown> {
    return this.ok('POST', '/login', { username, password });
  }

  async groupWithChildren(name: string, children: [string, AvatarId][], autoApprove = false): Promise<{ group: GroupDetail; children: ChildInfo[] }> {
    const group = await this.ok<GroupDetail>('POST', '/groups', { name, ageBand: '7-12', language: 'en', autoApprove });
    const added: ChildInfo[] = [];
    for (const [nickname, avatar] of children) added.push(await this.ok<ChildInfo>('POST', `/groups/${group.id}/children`, { nickname, avatar }));
    return { group, children: added };
  }

  /** Starts a session, confirming (as the console's dialog does) any children without consent to take part. */
  async startSession(groupId: string): Promise<SessionInfo> {
    const first = await this.call<SessionInfo | ApiError>('POST', `/groups/${groupId}/sessions`, {});
    if (first.status === 201) return first.data as SessionInfo;
    const refused = first.data as ApiError;
    if (refused.error !== 'session.consent_missing') throw new Error(`start → ${first.status} ${JSON.stringify(refused)}`);
    return this.ok<SessionInfo>('POST', `/groups/${groupId}/sessions`, { withoutConsent: (refused.children ?? []).map((c) => c.id) });
  }
}
