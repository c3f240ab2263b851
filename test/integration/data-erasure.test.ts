// Erasing one child through the real server: admin only, never while live; the child becomes a placeholder everywhere, totals stay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildInfo, EraseResult, GroupDetail } from '../../shared/api/schemas';
import type { Participation } from '../../shared/metrics';
import { colleague, foundOnDisk, playSession } from '../support/data-controls';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, tempDataDir, type InProcessServer } from '../support/test-server';

const RSES = ['worth', 'qualities', 'failure', 'able', 'proud', 'positive', 'satisfied', 'respect', 'useless', 'no-good'];

let dataDir: string;
let srv: InProcessServer;
let admin: StaffClient;

beforeAll(async () => {
  dataDir = tempDataDir('h1-erase-');
  srv = await inProcessServer(dataDir);
  admin = new StaffClient(srv.url);
  await admin.setup(srv.setupCode);
});
afterAll(() => srv.close());

interface Review {
  sessions: { number: number; metrics: Participation }[];
  programme: Participation;
  checkins: { childId: string; status: string; total: number | null; session: number }[];
}

/** The review with the placeholder read as the child's old id and every list in a fixed order, so before and after compare. */
function comparable(review: Review, placeholder?: string, childId?: string): unknown {
  const json = placeholder && childId ? JSON.stringify(review).replaceAll(placeholder, childId) : JSON.stringify(review);
  const r = JSON.parse(json) as Review;
  const byId = <T extends { childId: string }>(xs: T[]) => [...xs].sort((a, b) => a.childId.localeCompare(b.childId));
  const metrics = (p: Participation) => ({
    children: byId(p.children),
    group: { ...p.group, enrolled: [...p.group.enrolled].sort(), present: [...p.group.present].sort(), quiet: byId(p.group.quiet) },
  });
  return { sessions: r.sessions.map((s) => ({ number: s.number, metrics: metrics(s.metrics) })), programme: metrics(r.programme), checkins: byId(r.checkins) };
}

async function csv(path: string): Promise<string> {
  const res = await fetch(`${srv.url}/api${path}`, { headers: { cookie: admin.cookie } });
  expect(res.status, path).toBe(200);
  return res.text();
}

describe('erasing one child', () => {
  it('rewrites every event naming the child to a placeholder: totals equal, no id or nickname in the API, the exports or on disk', async () => {
    const { group, children } = await admin.groupWithChildren(
      'Erasure group',
      [
        ['Eraseme-Ella', 'cat'],
        ['Stay-Sam', 'dog'],
        ['Third-Tom', 'owl'],
      ],
      true,
    );
    const ids = children.map((c) => c.id);
    const [ella, sam, tom] = ids as [string, string, string];
    for (const id of ids) await admin.ok('PUT', `/groups/${group.id}/children/${id}/consent`, { participation: true, research: true });
    const { client: fran, me: franInfo } = await colleague(srv.url, admin, 'fran-e', 'facilitator');
    const { client: rita, me: ritaInfo } = await colleague(srv.url, admin, 'rita-e', 'reviewer');
    await admin.ok('POST', `/groups/${group.id}/access`, { staffId: franInfo.id, access: 'facilitator' });
    await admin.ok('POST', `/groups/${group.id}/access`, { staffId: ritaInfo.id, access: 'reviewer' });

    await playSession(srv.url, admin, group.id, ids, async ({ console: c, tablets }) => {
      await c.send({ type: 'round.start', activity: 'spotlight' });
      await c.send({ type: 'spotlight.offer', childId: ella });
      await tablets[0]!.send({ type: 'spotlight.ready' });
      await tablets[1]!.send({ type: 'reaction', kind: 'clap' });
      await tablets[0]!.send({ type: 'spotlight.done' });
      await c.send({ type: 'spotlight.offer', childId: sam });
      await tablets[1]!.send({ type: 'spotlight.pass' });
      expect(await c.send({ type: 'observation.tag', childId: ella, tag: 'encouraged', note: 'EllaNote-3391' })).toMatchObject({ ok: true });
      expect(await c.send({ type: 'observation.tag', childId: sam, tag: 'helped-peer', note: 'Sam helped Eraseme-Ella' })).toMatchObject({ ok: true });
      await c.send({ type: 'round.end' });
      await c.send({ type: 'round.start', activity: 'checkin', settings: { instrument: 'rses' } });
      for (const t of tablets) await t.until((v) => v.round?.activity === 'checkin');
      await tablets[0]!.send({ type: 'checkin.assent', yes: true, lang: 'en' });
      for (const item of RSES) expect(await tablets[0]!.send({ type: 'checkin.answer', itemId: item, option: 'agree' })).toMatchObject({ ok: true });
      await tablets[1]!.send({ type: 'checkin.assent', yes: false });
      await tablets[2]!.send({ type: 'checkin.assent', yes: false });
      await c.send({ type: 'round.end' });
    });
    await playSession(srv.url, admin, group.id, ids, async ({ console: c, tablets }) => {
      await c.send({ type: 'round.start', activity: 'spotlight' });
      await c.send({ type: 'spotlight.offer', childId: tom });
      await tablets[2]!.send({ type: 'spotlight.ready' });
      await tablets[0]!.send({ type: 'reaction', kind: 'heart' });
      await tablets[2]!.send({ type: 'spotlight.done' });
      await tablets[0]!.send({ type: 'wave' });
      await c.send({ type: 'round.end' });
    });

    // Never while a session of the group is live; never by a facilitator or reviewer.
    const live = await playSession(srv.url, admin, group.id, ids, async () => {}, true);
    const erase = `/groups/${group.id}/children/${ella}/erase`;
    expect(await admin.call('POST', erase, {})).toMatchObject({ status: 409, data: { error: 'group.live' } });
    await admin.ok('POST', `/sessions/${live.sessionId}/end`);
    live.close();
    for (const who of [fran, rita]) expect(await who.call('POST', erase, {})).toMatchObject({ status: 403, data: { error: 'auth.denied' } });
    expect((await admin.call('POST', `/groups/${group.id}/children/nobody/erase`, {})).status).toBe(404);

    const before = await admin.ok<Review>('GET', `/review/groups/${group.id}`);
    expect(before.sessions[0]!.metrics.children.find((c) => c.childId === ella)).toMatchObject({ presentations: 1, reactionsReceived: 1 });
    expect(before.checkins.find((c) => c.childId === ella)).toMatchObject({ status: 'finished', total: 15 });
    // The disk search works: the child is there before the erasure.
    expect((await foundOnDisk(dataDir, ['Eraseme-Ella', ella, 'EllaNote-3391'])).length).toBeGreaterThanOrEqual(3);

    const result = await admin.ok<EraseResult>('POST', erase, {});
    expect(result.placeholderId).toMatch(/^erased-[A-Za-z0-9_-]{16}$/);
    expect(result.sessions).toBe(3);
    expect(result.events).toBeGreaterThan(10);
    const placeholder = result.placeholderId;

    // The group's totals, per-child rows (under the placeholder), equality and check-in answers are as before.
    const after = await admin.ok<Review>('GET', `/review/groups/${group.id}`);
    expect(comparable(after, placeholder, ella)).toEqual(comparable(before));
    expect(after.checkins.find((c) => c.childId === placeholder)).toMatchObject({ status: 'finished', total: 15 });

    // The roster keeps a placeholder row: no nickname, no code, flagged as erased.
    const detail = await admin.ok<GroupDetail>('GET', `/groups/${group.id}`);
    expect(detail.roster.map((c) => c.id)).toEqual([sam, tom]);
    expect(detail.formerChildren).toEqual([{ id: placeholder, nickname: '', avatar: 'cat', code: '', erased: true }]);

    // Nowhere in the API...
    const apiText = [
      JSON.stringify(detail),
      JSON.stringify(after),
      ...(await Promise.all([1, 2, 3].map((n) => admin.ok('GET', `/review/groups/${group.id}/sessions/${n}/events`).then((x) => JSON.stringify(x))))),
    ].join('\n');
    for (const secret of [ella, 'Eraseme-Ella', 'EllaNote-3391', children[0]!.code]) expect(apiText, secret).not.toContain(secret);
    expect(apiText).toContain('Stay-Sam');
    expect(apiText).toContain(`Sam helped …`);

    // ...nor in any export (the placeholder has no research consent, so it is left out like any unconsented child)...
    const exports = await Promise.all(['measures.csv', 'events.csv', 'checkins-rses.csv'].map((f) => csv(`/review/groups/${group.id}/export/${f}`)));
    for (const body of exports) for (const secret of [ella, placeholder, 'Eraseme-Ella', children[0]!.code]) expect(body, secret).not.toContain(secret);
    expect(exports[0]).toContain(children[1]!.code);

    // ...nor on disk, in the database, its write-ahead log or its index.
    expect(await foundOnDisk(dataDir, [ella, 'Eraseme-Ella', 'EllaNote-3391'])).toEqual([]);
    expect(await foundOnDisk(dataDir, ['Stay-Sam'])).not.toEqual([]);

    // The erasure is audited without the nickname; the placeholder cannot be erased again; nothing else changed.
    const audit = await srv.server.audit.list();
    expect(audit.find((a) => a.action === 'erase' && a.subject === group.id)).toMatchObject({
      detail: { placeholderId: placeholder, sessions: 3, events: result.events },
    });
    expect(JSON.stringify(audit)).not.toMatch(/Eraseme|EllaNote/);
    expect(JSON.stringify(audit)).not.toContain(ella);
    expect((await admin.call('POST', `/groups/${group.id}/children/${placeholder}/erase`, {})).status).toBe(404);
    expect((await admin.call('POST', erase, {})).status).toBe(404);

    // The next session starts without the erased child.
    const next = await playSession(srv.url, admin, group.id, [sam, tom], async ({ console: c }) => {
      const v = await c.until((x) => x.seats.length > 0);
      expect(v.seats.map((s) => s.childId).sort()).toEqual([sam, tom].sort());
    });
    expect(next.sessionId).toBeTruthy();
  });

  it('erases a child who was removed from the roster earlier', async () => {
    const { group, children } = await admin.groupWithChildren(
      'Former group',
      [
        ['Gone-Gus', 'fox'],
        ['Here-Hana', 'bee'],
      ],
      true,
    );
    await playSession(
      srv.url,
      admin,
      group.id,
      children.map((c) => c.id),
      async ({ tablets }) => {
        await tablets[0]!.send({ type: 'wave' });
      },
    );
    await admin.ok('DELETE', `/groups/${group.id}/children/${children[0]!.id}`);
    const before = await admin.ok<GroupDetail>('GET', `/groups/${group.id}`);
    expect(before.formerChildren).toMatchObject([{ id: children[0]!.id, nickname: 'Gone-Gus' }]);
    const { placeholderId } = await admin.ok<EraseResult>('POST', `/groups/${group.id}/children/${children[0]!.id}/erase`, {});
    const after = await admin.ok<GroupDetail>('GET', `/groups/${group.id}`);
    expect(after.formerChildren).toEqual<ChildInfo[]>([{ id: placeholderId, nickname: '', avatar: 'fox', code: '', erased: true }]);
    expect(await foundOnDisk(dataDir, ['Gone-Gus', children[0]!.id])).toEqual([]);
  });
});
