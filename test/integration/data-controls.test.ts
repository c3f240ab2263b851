// Retention through the real server: only an admin dates a group; the scheduled purge removes all of it, from the API and the disk.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GroupDetail, GroupInfo } from '../../shared/api/schemas';
import { localDate } from '../../shared/privacy/retention-date';
import { startServer, type RunningServer } from '../../server/create-server';
import { colleague, foundOnDisk, playSession } from '../support/data-controls';
import { rowsMentioning } from '../support/stored-events';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, serverConfig, tempDataDir, type InProcessServer } from '../support/test-server';

const DAY = 86_400_000;
const yesterday = () => localDate(Date.now() - DAY);

let dataDir: string;
let srv: InProcessServer;
let admin: StaffClient;

beforeAll(async () => {
  dataDir = tempDataDir('h1-data-');
  srv = await inProcessServer(dataDir);
  admin = new StaffClient(srv.url);
  await admin.setup(srv.setupCode);
});
afterAll(() => srv.close());

describe('retention date', () => {
  it('only an admin sets or clears it; a bad date is refused; every change is audited', async () => {
    const { group } = await admin.groupWithChildren('Dated group', [['Ada', 'cat']], true);
    const { client: fran, me: franInfo } = await colleague(srv.url, admin, 'fran', 'facilitator');
    const { client: rita, me: ritaInfo } = await colleague(srv.url, admin, 'rita', 'reviewer');
    const { client: stranger } = await colleague(srv.url, admin, 'stranger', 'facilitator');
    await admin.ok('POST', `/groups/${group.id}/access`, { staffId: franInfo.id, access: 'facilitator' });
    await admin.ok('POST', `/groups/${group.id}/access`, { staffId: ritaInfo.id, access: 'reviewer' });
    const path = `/groups/${group.id}/retention`;

    for (const who of [fran, rita])
      expect(await who.call('PUT', path, { retainUntil: '2031-01-31' })).toMatchObject({ status: 403, data: { error: 'auth.denied' } });
    expect((await stranger.call('PUT', path, { retainUntil: '2031-01-31' })).status).toBe(404);
    expect(
      (await fetch(`${srv.url}/api${path}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"retainUntil":null}' })).status,
    ).toBe(401);
    for (const bad of [{ retainUntil: '2031-02-30' }, { retainUntil: '2031/01/31' }, { retainUntil: 20310131 }, {}, { retainUntil: null, extra: 1 }]) {
      expect(await admin.call('PUT', path, bad), JSON.stringify(bad)).toMatchObject({ status: 400, data: { error: 'request.invalid' } });
    }

    expect((await admin.ok<GroupDetail>('PUT', path, { retainUntil: '2031-01-31' })).retainUntil).toBe('2031-01-31');
    expect((await fran.ok<GroupDetail>('GET', `/groups/${group.id}`)).retainUntil).toBe('2031-01-31');
    expect((await fran.ok<GroupInfo[]>('GET', '/groups')).find((g) => g.id === group.id)?.retainUntil).toBe('2031-01-31');
    expect((await admin.ok<GroupDetail>('PUT', path, { retainUntil: null })).retainUntil).toBeNull();

    // Once the date has passed the group is on its way out: no new session starts.
    await admin.ok('PUT', path, { retainUntil: yesterday() });
    expect(await fran.call('POST', `/groups/${group.id}/sessions`, {})).toMatchObject({ status: 409, data: { error: 'group.expired' } });
    await admin.ok('PUT', path, { retainUntil: null });

    const changes = (await srv.server.audit.list()).filter((a) => a.action === 'retention.changed' && a.subject === group.id);
    expect(changes.map((a) => a.detail)).toEqual([
      { retainUntil: null, previous: yesterday() },
      { retainUntil: yesterday(), previous: null },
      { retainUntil: null, previous: '2031-01-31' },
      { retainUntil: '2031-01-31', previous: null },
    ]);
  });
});

describe('retention purge', () => {
  it('purges a group past its date from the API, every table and the disk bytes; other groups and the audit trail stay', async () => {
    const purged = await admin.ok<GroupDetail>('POST', '/groups', {
      name: 'Pomelo-Purge-Group 柚子',
      ageBand: '7-12',
      language: 'en',
      autoApprove: true,
      programmeTemplate: 'self-confidence',
    });
    const kids = [];
    for (const nickname of ['Zebulon-Purge', 'Quincy-Purge'])
      kids.push(await admin.ok<{ id: string }>('POST', `/groups/${purged.id}/children`, { nickname, avatar: kids.length ? 'dog' : 'cat' }));
    const ids = kids.map((k) => k.id);
    const { client: fran, me: franInfo } = await colleague(srv.url, admin, 'fran-p', 'facilitator');
    await admin.ok('POST', `/groups/${purged.id}/access`, { staffId: franInfo.id, access: 'facilitator' });
    const { group: kept, children: keptKids } = await admin.groupWithChildren('Kumquat-Keep-Group', [['Keeper-Kim', 'owl']], true);
    const { group: today } = await admin.groupWithChildren('Today-Group', [['Tess-Today', 'fox']], true);

    const first = await playSession(srv.url, admin, purged.id, ids, async ({ console: c, tablets }) => {
      await c.send({ type: 'round.start', activity: 'spotlight' });
      await c.send({ type: 'spotlight.offer', childId: ids[0]! });
      await tablets[0]!.send({ type: 'spotlight.ready' });
      await tablets[1]!.send({ type: 'reaction', kind: 'clap' });
      await tablets[0]!.send({ type: 'spotlight.done' });
      expect(await c.send({ type: 'observation.tag', childId: ids[0]!, tag: 'encouraged', note: 'PurgeNote-7731' })).toMatchObject({ ok: true });
      await c.send({ type: 'round.end' });
    });
    await playSession(srv.url, admin, kept.id, [keptKids[0]!.id], async ({ console: c }) => {
      expect(await c.send({ type: 'observation.tag', childId: keptKids[0]!.id, tag: 'joined-in', note: 'KeepNote-5520' })).toMatchObject({ ok: true });
    });
    // A second session of the group is live when its date passes: the purge waits for it.
    const live = await playSession(srv.url, admin, purged.id, ids, async () => {}, true);
    await admin.ok('PUT', `/groups/${purged.id}/retention`, { retainUntil: yesterday() });
    await admin.ok('PUT', `/groups/${today.id}/retention`, { retainUntil: localDate(Date.now()) });
    expect(await srv.server.dataControls.purgeExpired()).toEqual([]);
    expect((await admin.call('GET', `/groups/${purged.id}`)).status).toBe(200);
    await admin.ok('POST', `/sessions/${live.sessionId}/end`);
    live.close();

    const secrets = ['Zebulon-Purge', 'Quincy-Purge', 'PurgeNote-7731', 'Pomelo-Purge-Group', '柚子'];
    // The search itself works: before the purge every one of them is on disk.
    for (const s of secrets) expect((await foundOnDisk(dataDir, [s])).length, s).toBeGreaterThan(0);

    const reports = await srv.server.dataControls.purgeExpired();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ groupId: purged.id, retainUntil: yesterday(), sessions: 2, children: 2 });
    expect(reports[0]!.events).toBeGreaterThan(10);

    // Gone from the API, for the admin and the group's facilitator alike.
    expect((await admin.call('GET', `/groups/${purged.id}`)).status).toBe(404);
    expect((await admin.ok<GroupInfo[]>('GET', '/groups')).map((g) => g.id)).not.toContain(purged.id);
    expect((await fran.ok<GroupInfo[]>('GET', '/groups')).map((g) => g.id)).not.toContain(purged.id);
    expect((await admin.call('GET', `/review/groups/${purged.id}`)).status).toBe(404);
    expect((await admin.call('GET', `/sessions/${first.sessionId}`)).status).toBe(404);
    expect((await admin.call('GET', `/groups/${purged.id}/programme`)).status).toBe(404);

    // Gone from every table (the audit trail names only the group id), and from the bytes of every file.
    const leftovers = await rowsMentioning(dataDir, [purged.id, first.sessionId, live.sessionId, ...ids]);
    expect(
      leftovers.every((row) => row.startsWith('audit: ')),
      leftovers.join('\n'),
    ).toBe(true);
    expect(await foundOnDisk(dataDir, [...secrets, first.sessionId, ...ids])).toEqual([]);

    // The other groups are untouched: a group dated today lasts until tonight's midnight.
    const keptDetail = await admin.ok<GroupDetail>('GET', `/groups/${kept.id}`);
    expect(keptDetail.roster.map((c) => c.nickname)).toEqual(['Keeper-Kim']);
    expect(keptDetail.sessions).toHaveLength(1);
    expect(new Set((await foundOnDisk(dataDir, ['Keeper-Kim', 'KeepNote-5520'])).map((f) => f.split(' in ')[0]))).toEqual(
      new Set(['Keeper-Kim', 'KeepNote-5520']),
    );
    expect((await admin.ok<GroupDetail>('GET', `/groups/${today.id}`)).retainUntil).toBe(localDate(Date.now()));

    // The audit entry outlives the group: counts and the date, nothing of the group's data.
    const audit = await srv.server.audit.list();
    const entry = audit.find((a) => a.action === 'purge' && a.subject === purged.id);
    expect(entry).toMatchObject({ staffId: null, detail: { retainUntil: yesterday(), sessions: 2, children: 2, events: reports[0]!.events } });
    expect(audit.some((a) => a.action === 'access.changed' && a.subject === purged.id)).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/Zebulon|Quincy|Pomelo|柚子|PurgeNote/);
  });
});

describe('retention schedule', () => {
  const start = (dir: string, retentionCheckMs?: number): Promise<RunningServer> =>
    serverConfig(dir).then((config) => startServer({ ...config, ...(retentionCheckMs ? { retentionCheckMs } : {}) }));

  it('purges due groups when the server starts, then every RETENTION_CHECK_MS by itself', async () => {
    const dir = tempDataDir('h1-sched-');
    const first = await start(dir);
    const a = new StaffClient(`http://127.0.0.1:${first.port}`);
    await a.setup(first.setupCode!);
    const { group: atStart } = await a.groupWithChildren('Purged-At-Start', [['Sasha-Start', 'cat']], true);
    await a.ok('PUT', `/groups/${atStart.id}/retention`, { retainUntil: yesterday() });
    await first.close();

    const second = await start(dir, 100);
    try {
      // The first check ran before the server reported itself started.
      expect((await second.audit.list()).filter((e) => e.action === 'purge').map((e) => e.subject)).toEqual([atStart.id]);
      const b = new StaffClient(`http://127.0.0.1:${second.port}`);
      await b.login();
      expect((await b.call('GET', `/groups/${atStart.id}`)).status).toBe(404);
      const { group: byTimer } = await b.groupWithChildren('Purged-By-Timer', [['Tim-Timer', 'dog']], true);
      await b.ok('PUT', `/groups/${byTimer.id}/retention`, { retainUntil: yesterday() });
      // Nobody calls the purge here: the timer does.
      await vi.waitFor(async () => expect((await second.audit.list()).some((e) => e.action === 'purge' && e.subject === byTimer.id)).toBe(true), {
        timeout: 5000,
        interval: 25,
      });
      expect((await b.call('GET', `/groups/${byTimer.id}`)).status).toBe(404);
      expect(await foundOnDisk(dir, ['Sasha-Start', 'Tim-Timer', 'Purged-By-Timer'])).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
