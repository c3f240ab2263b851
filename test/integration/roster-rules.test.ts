// Roster rules through the real server: no two children of a group share an avatar; a session with children
// lacking consent to take part starts only once those children are confirmed (audited); refused fields come
// back as codes (the console words them), never as English sentences only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, ChildInfo, GroupDetail, SessionInfo } from '../../shared/api/schemas';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, tempDataDir, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let staff: StaffClient;

beforeAll(async () => {
  srv = await inProcessServer(tempDataDir('ct-roster-rules-'));
  staff = new StaffClient(srv.url);
  await staff.setup(srv.setupCode);
});
afterAll(() => srv.close());

const newGroup = (name: string) => staff.ok<GroupDetail>('POST', '/groups', { name, ageBand: '7-12', language: 'zh-CN', autoApprove: true });

describe('roster rules', () => {
  it('refuses an avatar another child of the group has, on adding and on editing, naming the child', async () => {
    const g = await newGroup('Owls');
    const mimi = await staff.ok<ChildInfo>('POST', `/groups/${g.id}/children`, { nickname: 'Mimi', avatar: 'cat' });
    const bo = await staff.ok<ChildInfo>('POST', `/groups/${g.id}/children`, { nickname: 'Bo', avatar: 'dog' });
    for (const nickname of ['Mimi', 'Lulu']) {
      const r = await staff.call<ApiError>('POST', `/groups/${g.id}/children`, { nickname, avatar: 'cat' });
      expect(r).toMatchObject({ status: 409, data: { error: 'child.avatar_taken', children: [{ id: mimi.id, nickname: 'Mimi', avatar: 'cat' }] } });
    }
    expect((await staff.call('PUT', `/groups/${g.id}/children/${bo.id}`, { nickname: 'Bo', avatar: 'cat' })).status).toBe(409);
    // Keeping one's own avatar while renaming is fine, and another group may use the same avatar.
    expect((await staff.call('PUT', `/groups/${g.id}/children/${mimi.id}`, { nickname: 'Mimi M', avatar: 'cat' })).status).toBe(200);
    const other = await newGroup('Foxes');
    expect((await staff.call('POST', `/groups/${other.id}/children`, { nickname: 'Kit', avatar: 'cat' })).status).toBe(201);
    // A removed child's avatar is free again.
    await staff.ok('DELETE', `/groups/${g.id}/children/${bo.id}`);
    expect((await staff.call('POST', `/groups/${g.id}/children`, { nickname: 'Lulu', avatar: 'dog' })).status).toBe(201);
    const roster = (await staff.ok<GroupDetail>('GET', `/groups/${g.id}`)).roster;
    expect(new Set(roster.map((c) => c.avatar)).size).toBe(roster.length);
  });

  it('starts a session with children lacking consent only once exactly they are confirmed, and records it', async () => {
    const g = await newGroup('Bees');
    const a = await staff.ok<ChildInfo>('POST', `/groups/${g.id}/children`, { nickname: 'Ann', avatar: 'bee' });
    const b = await staff.ok<ChildInfo>('POST', `/groups/${g.id}/children`, { nickname: 'Ben', avatar: 'frog' });
    await staff.ok('PUT', `/groups/${g.id}/children/${a.id}/consent`, { participation: true, research: false });

    const refused = await staff.call<ApiError>('POST', `/groups/${g.id}/sessions`, {});
    expect(refused).toMatchObject({ status: 409, data: { error: 'session.consent_missing', children: [{ id: b.id, nickname: 'Ben' }] } });
    // Confirming someone else is not confirming Ben.
    expect((await staff.call('POST', `/groups/${g.id}/sessions`, { withoutConsent: [a.id] })).status).toBe(409);
    const s = await staff.ok<SessionInfo>('POST', `/groups/${g.id}/sessions`, { withoutConsent: [b.id] });
    const recorded = async () => (await srv.server.audit.list()).filter((e) => e.action === 'session.started_without_consent' && e.subject === g.id);
    expect((await recorded()).map((e) => e.detail)).toEqual([{ children: 1 }]);
    await staff.ok('POST', `/sessions/${s.id}/end`);

    // With every consent ticked nothing needs confirming, and nothing is recorded.
    await staff.ok('PUT', `/groups/${g.id}/children/${b.id}/consent`, { participation: true, research: true });
    const s2 = await staff.ok<SessionInfo>('POST', `/groups/${g.id}/sessions`, {});
    expect(await recorded()).toHaveLength(1);
    await staff.ok('POST', `/sessions/${s2.id}/end`);
  });

  it('answers refused fields with codes the console words, not English sentences', async () => {
    const g = await newGroup('Ants');
    const r = await staff.call<ApiError>('POST', `/groups/${g.id}/children`, { nickname: 'x'.repeat(30), avatar: 'cat' });
    expect(r).toMatchObject({ status: 400, data: { error: 'request.invalid', fields: [{ field: 'nickname', code: 'too_long', max: 24 }] } });
    const empty = await staff.call<ApiError>('POST', `/groups/${g.id}/children`, { nickname: '  ', avatar: 'cat' });
    expect(empty.data.fields).toEqual([{ field: 'nickname', code: 'required', min: 1 }]);
    const account = await staff.call<ApiError>('POST', '/staff', { username: 'li ming', displayName: 'Li', password: 'short' });
    expect(account.data.fields).toEqual([
      { field: 'username', code: 'username_chars' },
      { field: 'password', code: 'too_short', min: 8 },
    ]);
  });
});
