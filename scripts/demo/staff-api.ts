// The demo's staff side over HTTP: a cookie like the console's, first-start setup or login, JSON calls.
import type { ApiError, StaffInfo } from '../../shared/api/schemas';
import { fill } from '../../shared/i18n';
import { DemoError } from './errors';
import type { DemoTexts } from './texts';

export class StaffApi {
  cookie = '';

  constructor(readonly baseUrl: string) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> {
    const res = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const type = res.headers.get('content-type') ?? '';
    const data = type.includes('application/json') ? ((await res.json()) as T) : ((await res.text()) as T);
    return { status: res.status, data };
  }

  /** The call's answer, or a DemoError naming the request and what the server said. */
  async ok<T>(method: string, path: string, body?: unknown): Promise<T> {
    const r = await this.call<T>(method, path, body);
    if (r.status >= 300) throw new DemoError(`${method} /api${path} → ${r.status} ${serverMessage(r.data)}`);
    return r.data;
  }
}

function serverMessage(data: unknown): string {
  const e = data as Partial<ApiError> | null;
  return typeof e === 'object' && e && typeof e.message === 'string' ? e.message : String(data).slice(0, 200);
}

export interface Credentials {
  username: string;
  password: string;
  setupCode?: string;
}

/**
 * Signs in as the console does: on a server without accounts the setup code creates the first administrator
 * with these credentials; otherwise a plain login. Reviewers cannot run sessions, so they are turned away here.
 */
export async function signIn(api: StaffApi, creds: Credentials, t: DemoTexts): Promise<{ staff: StaffInfo; createdAdmin: boolean }> {
  let setup: { needsSetup?: boolean };
  try {
    setup = (await api.call<{ needsSetup?: boolean }>('GET', '/setup')).data;
  } catch {
    throw new DemoError(fill(t.noServer, { url: api.baseUrl }));
  }
  if (typeof setup !== 'object' || setup === null || typeof setup.needsSetup !== 'boolean') throw new DemoError(fill(t.noServer, { url: api.baseUrl }));

  let staff: StaffInfo;
  let createdAdmin = false;
  if (setup.needsSetup) {
    if (!creds.setupCode) throw new DemoError(t.needsSetup, 2);
    const r = await api.call<StaffInfo>('POST', '/setup', {
      setupCode: creds.setupCode,
      username: creds.username,
      displayName: creds.username,
      password: creds.password,
    });
    if (r.status === 403) throw new DemoError(t.setupCodeWrong, 2);
    if (r.status === 429) throw new DemoError(t.rateLimited);
    if (r.status >= 300) throw new DemoError(`POST /api/setup → ${r.status} ${serverMessage(r.data)}`, 2);
    staff = r.data;
    createdAdmin = true;
  } else {
    const r = await api.call<StaffInfo>('POST', '/login', { username: creds.username, password: creds.password });
    if (r.status === 401) throw new DemoError(t.loginWrong, 2);
    if (r.status === 429) throw new DemoError(t.rateLimited);
    if (r.status >= 300) throw new DemoError(`POST /api/login → ${r.status} ${serverMessage(r.data)}`, 2);
    staff = r.data;
  }
  if (staff.role === 'reviewer') throw new DemoError(fill(t.reviewerOnly, { user: staff.username }), 2);
  return { staff, createdAdmin };
}
