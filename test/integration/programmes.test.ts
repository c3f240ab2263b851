// Programmes through the real server: a group from a template, its first session's plan run round by round, a restart.
import { afterAll, describe, expect, it } from 'vitest';
import type { GroupDetail, GroupProgramme, ProgrammeTemplateInfo } from '../../shared/api/schemas';
import type { ConsoleView, TabletView } from '../../shared/session/views';
import { LiveClient, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { childServer, killChild, tempDataDir, type ChildServer } from '../support/test-server';

const running: ChildServer[] = [];
afterAll(async () => {
  for (const s of running) await killChild(s, 'SIGKILL');
});

describe('programmes', () => {
  it('creates a group from a template, runs its first session plan round by round, and the plan survives a restart', async () => {
    const dataDir = tempDataDir('ct-programme-');
    const first = await childServer(dataDir);
    running.push(first);
    const staff = new StaffClient(first.url);
    await staff.setup(first.setupCode!);

    const templates = await staff.ok<ProgrammeTemplateInfo[]>('GET', '/programme-templates');
    expect(templates.map((t) => t.id)).toEqual(['self-confidence', 'getting-along', 'screen-time']);
    expect((await staff.call('POST', '/groups', { name: 'X', ageBand: '9-10', language: 'zh-CN', autoApprove: true, programmeTemplate: 'nope' })).status).toBe(
      404,
    );
    const group = await staff.ok<GroupDetail>('POST', '/groups', {
      name: '向日葵组',
      ageBand: '9-10',
      language: 'zh-CN',
      autoApprove: true,
      programmeTemplate: 'self-confidence',
    });
    const gp = await staff.ok<GroupProgramme>('GET', `/groups/${group.id}/programme`);
    expect(gp.nextSession).toBe(0);
    expect(gp.programme!.sessions[0]!.title).toBe('相互认识');

    // The facilitator edits the copy: a note of their own on the first round.
    const edited = structuredClone(gp.programme!);
    edited.sessions[0]!.rounds[1]!.note = '先请小明开始';
    await staff.ok('PUT', `/groups/${group.id}/programme`, edited);
    expect((await staff.call('PUT', `/groups/${group.id}/programme`, { ...edited, sessions: 'no' })).status).toBe(400);

    const kids: { id: string }[] = [];
    for (const [nickname, avatar] of [
      ['Mimi', 'cat'],
      ['Bo', 'dog'],
    ] as const)
      kids.push(await staff.ok<{ id: string }>('POST', `/groups/${group.id}/children`, { nickname, avatar }));
    const s = await staff.startSession(group.id);
    const consoleClient = new LiveClient<ConsoleView>(first.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie });
    const v0 = await consoleClient.until((v) => v.plan.length > 0);
    expect(v0.planSession).toMatchObject({ index: 0, count: 5, title: '相互认识' });
    expect(v0.plan.map((p) => p.activity)).toEqual(['checkin', 'pass-star', 'pass-star', 'checkin']);
    expect(v0.plan[1]!.note).toBe('先请小明开始');

    const tablets = kids.map(() => new LiveClient<TabletView>(first.url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
    await Promise.all(tablets.map((t) => t.until((v) => v.status === 'choosing')));
    await Promise.all(tablets.map((t, i) => t.send({ type: 'seat.claim', childId: kids[i]!.id })));
    await consoleClient.until((v) => v.seats.every((x) => x.connected));

    // Round 1 of the plan: the RSES pre-test; both children decline, so it closes by itself.
    expect(await consoleClient.send({ type: 'round.start', activity: 'checkin', planIndex: 0 })).toMatchObject({ ok: true });
    for (const t of tablets) {
      await t.until((v) => v.round?.activity === 'checkin');
      expect(await t.send({ type: 'checkin.assent', yes: false })).toMatchObject({ ok: true });
    }
    await consoleClient.until((v) => v.round === null && v.roundsDone.length === 1);
    // Round 2: the name round.
    expect(await consoleClient.send({ type: 'round.start', activity: 'pass-star', planIndex: 1 })).toMatchObject({ ok: true });
    const running2 = await consoleClient.until((v) => v.round?.planIndex === 1);
    expect(running2.round!.settings).toMatchObject({ prompt: 'say-name', everyoneOnce: true });

    await killChild(first, 'SIGKILL');
    const second = await childServer(dataDir, first.port);
    running.push(second);
    const after = await consoleClient.next((v) => v.round !== null);
    expect(after.planSession).toMatchObject({ index: 0, title: '相互认识' });
    expect(after.plan).toEqual(v0.plan);
    expect(after.round!.planIndex).toBe(1);
    expect(after.roundsDone.map((r) => r.planIndex)).toEqual([0]);

    // Next time, the group goes on with session 2.
    const staff2 = new StaffClient(second.url);
    staff2.cookie = staff.cookie;
    await staff2.ok('POST', `/sessions/${s.id}/end`);
    expect((await staff2.ok<GroupProgramme>('GET', `/groups/${group.id}/programme`)).nextSession).toBe(1);
    for (const c of [consoleClient, ...tablets]) c.close();
    await killChild(second);
  });
});
