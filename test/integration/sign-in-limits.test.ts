// Login, setup and join-code limits hold under parallel requests, per account from any address, and in total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/create-server';
import { StaffClient } from '../support/staff-client';
import { serverConfig, tempDataDir } from '../support/test-server';

interface Srv {
  url: string;
  setupCode: string;
  close(): Promise<void>;
}
const servers: Srv[] = [];

/** A server behind a "trusted proxy", so each request can come from an address of its own (X-Forwarded-For). */
async function proxiedServer(): Promise<Srv> {
  const server = await startServer({ ...(await serverConfig(tempDataDir())), trustProxy: true });
  const srv = { url: `http://127.0.0.1:${server.port}`, setupCode: server.setupCode ?? '', close: () => server.close() };
  servers.push(srv);
  return srv;
}

function post(url: string, path: string, body: unknown, from = '10.0.0.1', cookie?: string): Promise<Response> {
  return fetch(`${url}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}
const login = (url: string, username: string, password: string, from?: string) => post(url, '/login', { username, password }, from);
const statuses = (rs: Response[]) => rs.map((r) => r.status);
const count = (xs: number[], x: number) => xs.filter((y) => y === x).length;

let srv: Srv;
let admin: StaffClient;

beforeAll(async () => {
  srv = await proxiedServer();
  admin = new StaffClient(srv.url);
  await admin.setup(srv.setupCode);
  for (const name of ['ben', 'cai', 'dan']) await admin.ok('POST', '/staff', { username: name, displayName: name, password: `${name} password` });
});
afterAll(async () => {
  for (const s of servers) await s.close();
});

describe('parallel tries', () => {
  it('200 simultaneous wrong passwords from one address: at most 5 are checked', async () => {
    const answers = statuses(await Promise.all(Array.from({ length: 200 }, () => login(srv.url, 'ben', 'wrong', '10.1.0.1'))));
    expect(count(answers, 401)).toBeLessThanOrEqual(5);
    expect(count(answers, 429)).toBeGreaterThanOrEqual(195);
  });

  it('the right password at position 45 of 60 simultaneous tries is refused', async () => {
    const answers = statuses(await Promise.all(Array.from({ length: 60 }, (_, i) => login(srv.url, 'cai', i === 44 ? 'cai password' : 'wrong', '10.2.0.1'))));
    expect(answers[44]).toBe(429);
    expect(count(answers, 200)).toBe(0);
  });
});

describe('account lockout', () => {
  it('10 wrong passwords from 10 addresses lock the account everywhere, even for the right password, until an admin unlocks it', async () => {
    for (let i = 0; i < 10; i++) expect((await login(srv.url, 'dan', 'wrong', `10.3.0.${i + 1}`)).status).toBe(401);
    const locked = await login(srv.url, 'dan', 'dan password', '10.3.1.1');
    expect(locked.status).toBe(429);
    expect(((await locked.json()) as { error: string }).error).toBe('auth.locked');
    const list = await admin.ok<{ username: string; locked?: boolean; id: string }[]>('GET', '/staff');
    const dan = list.find((s) => s.username === 'dan')!;
    expect(dan.locked).toBe(true);
    expect(list.find((s) => s.username === 'ana')!.locked).toBe(false);

    expect((await post(srv.url, `/staff/${dan.id}/unlock`, {}, '10.3.2.1', admin.cookie)).status).toBe(200);
    expect((await admin.ok<{ username: string; locked?: boolean }[]>('GET', '/staff')).find((s) => s.username === 'dan')!.locked).toBe(false);
    expect((await login(srv.url, 'dan', 'dan password', '10.3.1.1')).status).toBe(200);
  });

  it('a facilitator cannot unlock an account', async () => {
    const eve = new StaffClient(srv.url);
    await admin.ok('POST', '/staff', { username: 'eve', displayName: 'Eve', password: 'eve password' });
    await eve.login('eve', 'eve password');
    const anaId = (await admin.ok<{ username: string; id: string }[]>('GET', '/staff')).find((s) => s.username === 'ana')!.id;
    expect((await eve.call('POST', `/staff/${anaId}/unlock`, {})).status).toBe(403);
  });
});

describe('global ceilings', () => {
  it('60 failed logins in a minute from 60 addresses close logins for everyone; right passwords do not count', async () => {
    const g = await proxiedServer();
    const a = new StaffClient(g.url);
    await a.setup(g.setupCode);
    // Right passwords are no failures: 10 good logins leave the ceiling untouched.
    for (let i = 0; i < 10; i++) expect((await login(g.url, 'ana', 'correct horse', `10.4.9.${i}`)).status).toBe(200);
    const wrong = statuses(await Promise.all(Array.from({ length: 65 }, (_, i) => login(g.url, `user${i}`, 'wrong', `10.4.${i}.1`))));
    expect(count(wrong, 401)).toBe(60);
    expect(count(wrong, 429)).toBe(5);
    expect((await login(g.url, 'ana', 'correct horse', '10.5.0.1')).status).toBe(429);
  }, 120_000);

  it('setup codes: 200 parallel tries from one address check at most 5; 30 tries from anywhere end the tries', async () => {
    const s = await proxiedServer();
    const setup = (code: string, from: string) =>
      post(s.url, '/setup', { setupCode: code, username: 'ana', displayName: 'Ana', password: 'correct horse' }, from);
    const wrong = s.setupCode.replace(/./g, (c) => (c === 'A' ? 'B' : 'A'));
    const parallel = statuses(await Promise.all(Array.from({ length: 200 }, () => setup(wrong, '10.6.0.1'))));
    expect(count(parallel, 403)).toBeLessThanOrEqual(5);
    for (let i = 0; i < 25; i++) expect((await setup(wrong, `10.6.1.${i}`)).status).toBe(403);
    expect((await setup(wrong, '10.6.2.1')).status).toBe(429);
    expect((await setup(s.setupCode, '10.6.3.1')).status).toBe(429);
  }, 60_000);

  it('join codes: 200 parallel wrong codes from one address get at most 10 answers', async () => {
    const answers = statuses(
      await Promise.all(
        Array.from({ length: 200 }, (_, i) => fetch(`${srv.url}/api/join/${String(1000 + i)}`, { headers: { 'x-forwarded-for': '10.7.0.1' } })),
      ),
    );
    expect(count(answers, 404)).toBeLessThanOrEqual(10);
    expect(count(answers, 429)).toBeGreaterThanOrEqual(190);
  });
});
