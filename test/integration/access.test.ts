// Staff roles and group access: a colleague without access to a group gets nothing of it, on every URL and socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupDetail, GroupInfo, StaffInfo } from '../../shared/api/schemas';
import type { ConsoleView } from '../../shared/session/views';
import { LiveClient } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let admin: StaffClient;

beforeAll(async () => {
  srv = await inProcessServer();
  admin = new StaffClient(srv.url);
  await admin.setup(srv.setupCode);
});
afterAll(() => srv.close());

async function account(username: string, role: 'facilitator' | 'reviewer'): Promise<{ client: StaffClient; me: StaffInfo }> {
  const me = await admin.ok<StaffInfo>('POST', '/staff', { username, displayName: username, password: 'long enough pw', role });
  const client = new StaffClient(srv.url);
  await client.login(username, 'long enough pw');
  return { client, me };
}

describe('roles and group access', () => {
  it('the first account is the admin; only an admin adds accounts', async () => {
    expect(await admin.ok<StaffInfo>('GET', '/me')).toMatchObject({ role: 'admin' });
    const { client } = await account('fa', 'facilitator');
    expect((await client.call('POST', '/staff', { username: 'x', displayName: 'x', password: 'long enough pw' })).status).toBe(403);
  });

  it('a facilitator sees and runs only their own groups; a stranger gets a refusal on every URL and the socket', async () => {
    const { client: owner } = await account('owner', 'facilitator');
    const { client: stranger } = await account('stranger', 'facilitator');
    const { group, children } = await owner.groupWithChildren('Private group', [['Mimi', 'cat']], true);
    const s = await owner.startSession(group.id);
    expect((await owner.ok<GroupInfo[]>('GET', '/groups')).map((g) => g.id)).toContain(group.id);
    expect((await stranger.ok<GroupInfo[]>('GET', '/groups')).map((g) => g.id)).not.toContain(group.id);
    expect((await stranger.ok<unknown[]>('GET', '/sessions/live')).length).toBe(0);
    const refused: [string, string, unknown?][] = [
      ['GET', `/groups/${group.id}`],
      ['PUT', `/groups/${group.id}`, { name: 'x', ageBand: '7-8', language: 'en', autoApprove: false }],
      ['POST', `/groups/${group.id}/children`, { nickname: 'x', avatar: 'cat' }],
      ['PUT', `/groups/${group.id}/children/${children[0]!.id}`, { nickname: 'x', avatar: 'cat' }],
      ['DELETE', `/groups/${group.id}/children/${children[0]!.id}`],
      ['POST', `/groups/${group.id}/sessions`, {}],
      ['GET', `/groups/${group.id}/programme`],
      ['PUT', `/groups/${group.id}/programme`, { templateId: null, title: 'x', sessions: [] }],
      ['POST', `/groups/${group.id}/programme/from-template`, { templateId: 'self-confidence' }],
      ['GET', `/groups/${group.id}/access`],
      ['GET', `/sessions/${s.id}`],
      ['POST', `/sessions/${s.id}/end`, {}],
    ];
    for (const [method, path, body] of refused) {
      const r = await stranger.call(method, path, body);
      expect(r.status, `${method} ${path}`).toBe(404);
    }
    const sneaky = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: s.id }, { cookie: stranger.cookie, reconnection: false });
    expect(await sneaky.connectError()).toBe('session.unknown');
    sneaky.close();
    // The owner still can.
    const mine = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: s.id }, { cookie: owner.cookie });
    await mine.until((v) => v.sessionId === s.id);
    mine.close();
  });

  it('a reviewer given a group reads it but cannot run it; the admin grants and takes access, audited', async () => {
    const { client: owner } = await account('owner2', 'facilitator');
    const { client: reviewer, me } = await account('rev', 'reviewer');
    const { group } = await owner.groupWithChildren('Reviewed group', [['Bo', 'dog']], true);
    expect((await reviewer.call('GET', `/groups/${group.id}`)).status).toBe(404);
    expect((await owner.call('POST', `/groups/${group.id}/access`, { staffId: me.id, access: 'reviewer' })).status).toBe(403);
    await admin.ok('POST', `/groups/${group.id}/access`, { staffId: me.id, access: 'reviewer' });
    expect((await reviewer.ok<GroupDetail>('GET', `/groups/${group.id}`)).name).toBe('Reviewed group');
    expect((await reviewer.call('POST', `/groups/${group.id}/sessions`, {})).status).toBe(403);
    expect((await reviewer.call('POST', '/groups', { name: 'R', ageBand: '7-8', language: 'en', autoApprove: false })).status).toBe(403);
    // Even a "facilitator" grant leaves a reviewer account read-only.
    await admin.ok('POST', `/groups/${group.id}/access`, { staffId: me.id, access: 'facilitator' });
    expect((await reviewer.call('PUT', `/groups/${group.id}`, { name: 'x', ageBand: '7-8', language: 'en', autoApprove: false })).status).toBe(403);
    await admin.ok('POST', `/groups/${group.id}/access`, { staffId: me.id, access: null });
    expect((await reviewer.call('GET', `/groups/${group.id}`)).status).toBe(404);

    // A facilitator whose group is taken away loses the open console of its live session; granting others keeps it.
    const { client: runner, me: runnerMe } = await account('runner', 'facilitator');
    await admin.ok('POST', `/groups/${group.id}/access`, { staffId: runnerMe.id, access: 'facilitator' });
    const live = await runner.startSession(group.id);
    const runnerConsole = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: live.id }, { cookie: runner.cookie });
    await runnerConsole.until((v) => v.sessionId === live.id);
    await admin.ok('POST', `/groups/${group.id}/access`, { staffId: me.id, access: 'reviewer' });
    const closed = runnerConsole.disconnected();
    await admin.ok('POST', `/groups/${group.id}/access`, { staffId: runnerMe.id, access: null });
    expect(await closed).toBe('io server disconnect');
    runnerConsole.close();
    await admin.ok('POST', `/sessions/${live.id}/end`);
    const audit = await srv.server.audit.list();
    expect(
      audit
        .filter((a) => a.action === 'access.changed' && a.subject === group.id && (a.detail as { staffId: string }).staffId === me.id)
        .map((a) => (a.detail as { access: string | null }).access),
    ).toEqual(['reviewer', null, 'facilitator', 'reviewer']);
  });

  it('an admin changes a colleague’s role and deactivates the account: signed out at once, no sign-in, audited', async () => {
    const { client: colleague, me } = await account('leaving', 'facilitator');
    const { group } = await colleague.groupWithChildren('Theirs', [['Mo', 'cat']], true);
    // Not for facilitators, and not on oneself.
    expect((await colleague.call('PUT', `/staff/${me.id}`, { role: 'admin' })).status).toBe(403);
    const self = await admin.ok<StaffInfo>('GET', '/me');
    expect((await admin.call('PUT', `/staff/${self.id}`, { active: false })).status).toBe(409);
    expect((await admin.call('PUT', `/staff/${me.id}`, { role: 'owner' })).status).toBe(400);
    expect((await admin.call('PUT', '/staff/nobody', { active: false })).status).toBe(404);

    // Their console is open on a live session of their group; the admin's own console is too.
    const live = await colleague.startSession(group.id);
    const theirConsole = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: live.id }, { cookie: colleague.cookie });
    const adminConsole = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: live.id }, { cookie: admin.cookie });
    await Promise.all([theirConsole.until((v) => v.sessionId === live.id), adminConsole.until((v) => v.sessionId === live.id)]);
    const closed = theirConsole.disconnected();

    // Made a reviewer: still reads the group, no longer runs it, and the open console is closed at once.
    expect(await admin.ok<StaffInfo>('PUT', `/staff/${me.id}`, { role: 'reviewer' })).toMatchObject({ role: 'reviewer', active: true });
    expect(await closed).toBe('io server disconnect');
    expect(adminConsole.socket.connected).toBe(true);
    theirConsole.close();
    adminConsole.close();
    await admin.ok('POST', `/sessions/${live.id}/end`);
    expect((await colleague.call('GET', `/groups/${group.id}`)).status).toBe(200);
    expect((await colleague.call('POST', `/groups/${group.id}/sessions`, {})).status).toBe(403);

    // Deactivated: the open login stops working, signing in again fails like a wrong password, the console socket is refused.
    expect(await admin.ok<StaffInfo>('PUT', `/staff/${me.id}`, { active: false })).toMatchObject({ active: false });
    expect((await colleague.call('GET', '/me')).status).toBe(401);
    expect((await colleague.call('GET', `/review/groups/${group.id}`)).status).toBe(401);
    expect((await new StaffClient(srv.url).call('POST', '/login', { username: 'leaving', password: 'long enough pw' })).status).toBe(401);
    const s = await admin.startSession(group.id);
    const refused = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: s.id }, { cookie: colleague.cookie });
    expect(await refused.connectError()).toBeTruthy();
    refused.close();
    await admin.ok('POST', `/sessions/${s.id}/end`);
    expect((await admin.ok<StaffInfo[]>('GET', '/staff')).find((x) => x.id === me.id)).toMatchObject({ active: false, role: 'reviewer' });

    // Reactivated: signs in again.
    await admin.ok('PUT', `/staff/${me.id}`, { active: true });
    await colleague.login('leaving', 'long enough pw');
    expect((await colleague.ok<StaffInfo>('GET', '/me')).active).toBe(true);
    const changes = (await srv.server.audit.list()).filter((a) => a.action === 'staff.changed' && a.subject === me.id);
    expect(changes.map((a) => a.detail as { role: string; active: boolean })).toEqual([
      expect.objectContaining({ active: true }),
      expect.objectContaining({ active: false }),
      expect.objectContaining({ role: 'reviewer', active: true }),
    ]);
  });
});
