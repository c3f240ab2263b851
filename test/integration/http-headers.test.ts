// Response headers over real HTTP: no framing, no caching of children's data, and Secure cookies behind TLS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffClient } from '../support/staff-client';
import { startServer } from '../../server/create-server';
import { inProcessServer, serverConfig, tempDataDir, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let staff: StaffClient;
let groupId: string;

beforeAll(async () => {
  srv = await inProcessServer();
  staff = new StaffClient(srv.url);
  await staff.setup(srv.setupCode);
  const { group } = await staff.groupWithChildren('Headers', [['Mimi', 'cat']]);
  groupId = group.id;
});
afterAll(async () => {
  await srv.close();
});

/** A real server with TRUST_PROXY on (as behind HAProxy terminating TLS), with one account. */
async function appBehindProxy(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await startServer({ ...(await serverConfig(tempDataDir('ct-proxy-'))), trustProxy: true });
  const url = `http://127.0.0.1:${server.port}`;
  await new StaffClient(url).setup(server.setupCode ?? '');
  return { url, close: () => server.close() };
}

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers: { cookie: staff.cookie, ...headers } });

const login = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username: 'ana', password: 'correct horse' }),
  });

describe('framing', () => {
  it("every page and API answer forbids framing (CSP frame-ancestors 'none' and X-Frame-Options DENY)", async () => {
    for (const path of ['/console', '/review', '/j', '/screen', '/api/me', `/api/review/groups/${groupId}`]) {
      const res = await get(`${srv.url}${path}`);
      expect(res.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
});

describe('caching', () => {
  it("API answers and exports that carry children's data are not stored by the browser or a proxy", async () => {
    for (const path of [
      `/api/groups/${groupId}`,
      `/api/review/groups/${groupId}`,
      `/api/review/groups/${groupId}/export/measures.csv`,
      `/api/review/groups/${groupId}/export/events.csv`,
      '/api/me',
      '/api/nothing-here',
    ]) {
      const res = await get(`${srv.url}${path}`);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
  });
});

describe('cookies and TLS', () => {
  it('over plain HTTP the staff cookie is not Secure, and a forwarded https is not believed without TRUST_PROXY', async () => {
    for (const headers of [{}, { 'x-forwarded-proto': 'https' }] as Record<string, string>[]) {
      const res = await login(srv.url, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/);
      expect(res.headers.get('set-cookie')).not.toMatch(/Secure/);
    }
  });

  it('with trustProxy, a request the TLS proxy forwards as https gets Secure cookies (login and logout)', async () => {
    const app = await appBehindProxy();
    const tls = { 'x-forwarded-proto': 'https' };
    const viaTls = await login(app.url, tls);
    expect(viaTls.status).toBe(200);
    expect(viaTls.headers.get('set-cookie')).toMatch(/HttpOnly.*; Secure/);
    const logout = await fetch(`${app.url}/api/logout`, { method: 'POST', headers: { 'content-type': 'application/json', ...tls }, body: '{}' });
    expect(logout.headers.get('set-cookie')).toMatch(/Max-Age=0.*; Secure/);
    // The same server reached without TLS (the proxy's own health check, a LAN test) still works, without Secure.
    const plain = await login(app.url);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/);
    await app.close();
  });
});
