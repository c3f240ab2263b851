// Review data and research exports through the real server: metrics per session, consent-filtered, pseudonymous, audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleView, TabletView } from '../../shared/session/views';
import type { ReviewGroup, ReviewSessionLog } from '../../shared/api/review';
import { LiveClient, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let staff: StaffClient;
const open: { close(): void }[] = [];

beforeAll(async () => {
  srv = await inProcessServer();
  staff = new StaffClient(srv.url);
  await staff.setup(srv.setupCode);
});
afterAll(async () => {
  for (const c of open) c.close();
  await srv.close();
});

async function text(path: string, client = staff): Promise<{ status: number; body: string; type: string | null }> {
  const res = await fetch(`${srv.url}/api${path}`, { headers: { cookie: client.cookie } });
  // Decoded keeping the BOM (res.text() would drop it), so the test sees the bytes Excel sees.
  const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  return { status: res.status, body, type: res.headers.get('content-type') };
}

describe('review and exports', () => {
  it('exports only consented children, pseudonymously, with SPSS syntax, and audits every export', async () => {
    const { group, children } = await staff.groupWithChildren(
      'Export 导出',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
        ['=cmd', 'owl'],
      ],
      true,
    );
    const ids = children.map((c) => c.id);
    // Mimi and "=cmd" have research consent; Bo does not.
    for (const [i, research] of [true, false, true].entries())
      await staff.ok('PUT', `/groups/${group.id}/children/${ids[i]}/consent`, { participation: true, research });
    const s = await staff.startSession(group.id);
    const consoleClient = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie });
    open.push(consoleClient);
    const tablets = ids.map(() => new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
    open.push(...tablets);
    await Promise.all(tablets.map((t) => t.until((v) => v.status === 'choosing')));
    await Promise.all(tablets.map((t, i) => t.send({ type: 'seat.claim', childId: ids[i]! })));
    await consoleClient.until((v) => v.seats.every((x) => x.connected));
    await consoleClient.send({ type: 'round.start', activity: 'spotlight' });
    await consoleClient.send({ type: 'spotlight.offer', childId: ids[0]! });
    await tablets[0]!.send({ type: 'spotlight.ready' });
    await tablets[1]!.send({ type: 'reaction', kind: 'clap' });
    await tablets[0]!.send({ type: 'spotlight.done' });
    await consoleClient.send({ type: 'round.end' });
    await consoleClient.send({ type: 'round.start', activity: 'checkin', settings: { instrument: 'rses' } });
    for (const t of tablets) await t.until((v) => v.round?.activity === 'checkin');
    await tablets[0]!.send({ type: 'checkin.assent', yes: true, lang: 'en' });
    const items = ['worth', 'qualities', 'failure', 'able', 'proud', 'positive', 'satisfied', 'respect', 'useless', 'no-good'];
    for (const id of items) expect(await tablets[0]!.send({ type: 'checkin.answer', itemId: id, option: 'agree' })).toMatchObject({ ok: true });
    await tablets[1]!.send({ type: 'checkin.assent', yes: false });
    await tablets[2]!.send({ type: 'checkin.assent', yes: false });
    await staff.ok('POST', `/sessions/${s.id}/end`);

    const overview = await staff.ok<ReviewGroup>('GET', `/review/groups/${group.id}`);
    expect(overview.sessions).toHaveLength(1);
    // The creator runs the group: named on the report's title page.
    expect(overview.facilitators).toEqual(['Ana']);
    expect(overview.sessions[0]!.metrics.children.find((c) => c.childId === ids[0])).toMatchObject({ presentations: 1, reactionsReceived: 1 });
    // RSES "agree" on everything: 5 positive × 2 + 5 negative × 1.
    expect(overview.checkins.map((c) => [c.childId, c.status, c.total])).toEqual([
      [ids[0], 'finished', 15],
      [ids[1], 'declined', null],
      [ids[2], 'declined', null],
    ]);

    const measures = await text(`/review/groups/${group.id}/export/measures.csv`);
    expect(measures.type).toContain('text/csv');
    expect(measures.body.startsWith('\uFEFFcode,session,date,attendance,turns,')).toBe(true);
    expect(measures.body).toContain('\r\n');
    expect(measures.body).toContain(children[0]!.code);
    expect(measures.body).not.toContain(children[1]!.code);
    expect(measures.body).toContain(children[2]!.code);
    for (const name of ['Mimi', 'Bo', '=cmd', 'Export']) expect(measures.body).not.toContain(name);
    const sps = await text(`/review/groups/${group.id}/export/measures.sps`);
    expect(sps.body).toContain("/FILE='measures.csv'");
    expect(sps.body).toMatch(/VARIABLE LABELS[\s\S]*code 'Child''s pseudonymous code'/);
    expect(sps.body).toContain("/attendance 0 'absent' 1 'attended'.");

    const rses = await text(`/review/groups/${group.id}/export/checkins-rses.csv`);
    const lines = rses.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'code,session,instrument,version,status,language,total,item_worth,item_qualities,item_failure,item_able,item_proud,item_positive,item_satisfied,item_respect,item_useless,item_no_good',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 7))).toEqual([
      [children[0]!.code, '1', 'rses', '2026.1+zh8-reversed', '1', 'en', '15'],
      [children[2]!.code, '1', 'rses', '2026.1+zh8-reversed', '3', '', ''],
    ]);
    expect((await text(`/review/groups/${group.id}/export/checkins-rses.sps`)).body).toContain(
      "/status 1 'finished' 2 'partial (round ended)' 3 'declined' 4 'no answer'.",
    );

    const events = await text(`/review/groups/${group.id}/export/events.csv`);
    expect(events.body).toContain('spotlight.started');
    expect(events.body).not.toContain(ids[0]!);
    expect(events.body).not.toContain(children[1]!.code);
    expect(events.body).not.toContain('deviceHash');
    // Bo clapped for Mimi: Mimi's reaction received stays, with Bo as OTHER (not his code, not his id).
    expect(events.body).toMatch(/reaction\.sent,OTHER,"\{""childId"":""OTHER"",""kind"":""clap"",""to"":""[A-Z0-9]+""\}"/);
    expect(events.body).not.toContain(ids[1]!);

    // Replay: the whole log of session 1 in order, device hashes replaced by stand-ins; session 2 does not exist.
    const replay = await staff.ok<ReviewSessionLog>('GET', `/review/groups/${group.id}/sessions/1/events`);
    expect(replay).toMatchObject({ number: 1, id: s.id });
    expect(replay.events.map((e) => e.seq)).toEqual(replay.events.map((_, i) => i + 1));
    expect(replay.events.some((e) => e.type === 'spotlight.started')).toBe(true);
    const devices = replay.events.flatMap((e) => ('deviceHash' in e.payload ? [e.payload.deviceHash] : []));
    expect(devices.length).toBeGreaterThan(0);
    expect(devices.every((d) => /^device-[0-9]+$/.test(d))).toBe(true);
    expect((await staff.call('GET', `/review/groups/${group.id}/sessions/2/events`)).status).toBe(404);
    expect((await staff.call('GET', `/review/groups/${group.id}/sessions/x/events`)).status).toBe(404);

    const audit = (await srv.server.audit.list()).filter((a) => a.action === 'export' && a.subject === group.id);
    expect(audit.map((a) => (a.detail as { file: string }).file).sort()).toEqual([
      'checkins-rses.csv',
      'checkins-rses.sps',
      'events.csv',
      'measures.csv',
      'measures.sps',
    ]);
    expect(audit.every((a) => (a.detail as { children: number }).children === 2)).toBe(true);
  });

  it('refuses the review and every export to staff without access to the group', async () => {
    const { group } = await staff.groupWithChildren('Hidden', [['Lulu', 'owl']], true);
    await staff.ok('POST', '/staff', { username: 'outsider', displayName: 'Out', password: 'long enough pw', role: 'reviewer' });
    const outsider = new StaffClient(srv.url);
    await outsider.login('outsider', 'long enough pw');
    for (const path of ['', '/sessions/1/events', '/export/measures.csv', '/export/measures.sps', '/export/checkins-rses.csv', '/export/events.csv']) {
      expect((await text(`/review/groups/${group.id}${path}`, outsider)).status, path).toBe(404);
    }
    expect((await fetch(`${srv.url}/api/review/groups/${group.id}`)).status).toBe(401);
  });
});
