// Process records through the real server: draft, save with history, finalise, correct as a new version, access, Word.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffInfo } from '../../shared/api/schemas';
import type { RecordListRow, RecordView } from '../../shared/api/records';
import { runRecordSession } from '../support/record-session';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let admin: StaffClient;
const open: { close(): void }[] = [];

beforeAll(async () => {
  srv = await inProcessServer();
  admin = new StaffClient(srv.url);
  await admin.setup(srv.setupCode);
});
afterAll(async () => {
  for (const c of open) c.close();
  await srv.close();
});

async function account(username: string, role: 'facilitator' | 'reviewer'): Promise<{ client: StaffClient; me: StaffInfo }> {
  const me = await admin.ok<StaffInfo>('POST', '/staff', { username, displayName: username, password: 'long enough pw', role });
  const client = new StaffClient(srv.url);
  await client.login(username, 'long enough pw');
  return { client, me };
}

describe('process records', () => {
  it('drafts from the log, saves drafts with history, finalises read-only, corrects as a new version, audited', async () => {
    const { client: owner } = await account('owner', 'facilitator');
    const { client: reviewer, me: revMe } = await account('rev', 'reviewer');
    const { client: stranger } = await account('stranger', 'facilitator');
    const { group, children } = await owner.groupWithChildren(
      'Sunflowers 向日葵',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
        ['Cai', 'owl'],
      ],
      true,
    );
    const ids = children.map((c) => c.id);
    open.push(...(await runRecordSession(srv.url, owner, group.id, ids)));
    await admin.ok('POST', `/groups/${group.id}/access`, { staffId: revMe.id, access: 'reviewer' });
    const base = `/review/groups/${group.id}/records`;

    const list = await owner.ok<{ records: RecordListRow[]; canWrite: boolean }>('GET', base);
    expect(list.canWrite).toBe(true);
    expect(list.records.map((r) => [r.number, r.status, r.version])).toEqual([[1, 'none', 0]]);

    const first = await owner.ok<RecordView>('GET', `${base}/1?lang=en`);
    expect(first).toMatchObject({ status: 'none', version: 0, canWrite: true });
    expect(first.drafted.present).toEqual(['Mimi', 'Bo', 'Cai']);
    expect(first.drafted.rounds.map((r) => r.summary)).toEqual([
      '2 of 3 held the star; star passes between children: 1.',
      '1 of 3 finished the check-in; 1 declined.',
    ]);
    expect(first.drafted.checkins[0]).toContain("Getting along (Circletime's own, not a validated scale)");
    expect(JSON.stringify(first)).not.toContain('yes-a-lot');
    const zh = await owner.ok<RecordView>('GET', `${base}/1?lang=zh-CN`);
    expect(zh.drafted.session).toBe('第 1 节');

    const fields = {
      place: 'Room 2',
      attainment: [],
      dynamics: 'Calm start.',
      reflection: '',
      followUp: 'More pairs work.',
      individual: { [ids[2]!]: 'Give Cai an early turn.' },
    };
    const saved = await owner.ok<RecordView>('PUT', `${base}/1`, { version: 0, fields });
    expect(saved).toMatchObject({ status: 'draft', version: 1 });
    expect(saved.history.map((h) => h.changed)).toEqual([['place', 'dynamics', 'followUp', `individual:${ids[2]}`]]);
    // A second page that opened the record before the first save may not overwrite it.
    const late = await owner.call<{ error: string }>('PUT', `${base}/1`, { version: 0, fields });
    expect([late.status, late.data.error]).toEqual([409, 'record.stale']);
    const again = await owner.ok<RecordView>('PUT', `${base}/1`, { version: 1, fields: { ...fields, reflection: 'I talked too much.' } });
    expect(again.history.map((h) => [h.version, h.final, h.changed, h.by])).toEqual([
      [1, false, ['place', 'dynamics', 'followUp', `individual:${ids[2]}`], 'owner'],
      [1, false, ['reflection'], 'owner'],
    ]);

    // A reviewer reads but cannot write; another group's facilitator gets the same 404 as a missing group.
    expect((await reviewer.ok<RecordView>('GET', `${base}/1`)).canWrite).toBe(false);
    expect((await reviewer.call('PUT', `${base}/1`, { version: 1, fields })).status).toBe(403);
    expect((await reviewer.call('POST', `${base}/1/finalise`, { version: 1 })).status).toBe(403);
    for (const [m, p] of [
      ['GET', base],
      ['GET', `${base}/1`],
      ['PUT', `${base}/1`],
      ['POST', `${base}/1/finalise`],
    ] as const) {
      expect((await stranger.call(m, p, { version: 1, fields })).status, `${m} ${p}`).toBe(404);
    }
    const docxRes = await fetch(`${srv.url}/api${base}/1/record.docx?lang=en`, { headers: { cookie: stranger.cookie } });
    expect(docxRes.status).toBe(404);

    // Finalise: read-only; a stale or late save is refused; a correction is version 2 starting from the final text.
    expect((await owner.call('POST', `${base}/1/finalise`, { version: 2 })).status).toBe(409);
    const final = await owner.ok<RecordView>('POST', `${base}/1/finalise`, { version: 1 });
    expect(final).toMatchObject({ status: 'final', version: 1, canWrite: false });
    const refused = await owner.call<{ error: string }>('PUT', `${base}/1`, { version: 1, fields });
    expect([refused.status, refused.data.error]).toEqual([409, 'record.final']);
    const v2 = await owner.ok<RecordView>('POST', `${base}/1/correct`, {});
    expect(v2).toMatchObject({ status: 'draft', version: 2, canWrite: true });
    expect(v2.fields.reflection).toBe('I talked too much.');
    expect((await owner.call('PUT', `${base}/1`, { version: 1, fields })).status).toBe(409);
    await owner.ok('PUT', `${base}/1`, { version: 2, fields: { ...fields, reflection: 'Corrected.' } });
    expect((await owner.ok<{ records: RecordListRow[] }>('GET', base)).records[0]).toMatchObject({ status: 'draft', version: 2 });

    const audit = (await srv.server.audit.list()).filter((a) => a.subject === group.id && a.action.startsWith('record.'));
    expect(audit.map((a) => a.action).reverse()).toEqual(['record.save', 'record.save', 'record.finalise', 'record.correct', 'record.save']);
    // The audit names fields, never the worker's text about a child.
    expect(JSON.stringify(audit)).not.toContain('Give Cai');
  });

  it('downloads the record as Word in both languages: headings, the member table, no check-in answers', async () => {
    const { client: owner } = await account('worder', 'facilitator');
    const { group, children } = await owner.groupWithChildren(
      'Word 文档',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
        ['Cai', 'owl'],
      ],
      true,
    );
    open.push(
      ...(await runRecordSession(
        srv.url,
        owner,
        group.id,
        children.map((c) => c.id),
      )),
    );
    const base = `/review/groups/${group.id}/records`;
    await owner.ok('PUT', `${base}/1`, {
      version: 0,
      fields: { place: '活动室', attainment: [], dynamics: '气氛轻松。', reflection: '', followUp: '', individual: {} },
    });
    const dir = mkdtempSync(join(tmpdir(), 'record-docx-'));
    for (const [lang, headings] of [
      ['en', ['Basic information', "Members' participation", 'Goal attainment']],
      ['zh-CN', ['基本信息', '组员参与情况', '目标达成情况']],
    ] as const) {
      const res = await fetch(`${srv.url}/api${base}/1/record.docx?lang=${lang}`, { headers: { cookie: owner.cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('wordprocessingml');
      const file = join(dir, `${lang}.docx`);
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
      for (const h of headings) expect(xml).toMatch(new RegExp(`<w:pStyle w:val="Heading1"/>[\\s\\S]*?${h.replace("'", "&apos;|'").replace('(', '\\(')}`));
      expect(xml).toContain('<w:tbl>');
      for (const name of ['Mimi', 'Bo', 'Cai']) expect(xml).toContain(name);
      for (const leak of ['yes-a-lot', 'Yes, a lot', '是的，非常是']) expect(xml).not.toContain(leak);
    }
  });

  it('drafts goals from the programme session, pre-fills attainment per goal; erasing a child scrubs every version', async () => {
    const { group, children } = await admin.groupWithChildren(
      'Programme 方案',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
        ['Cai', 'owl'],
      ],
      true,
    );
    await admin.ok('POST', `/groups/${group.id}/programme/from-template`, { templateId: 'getting-along' });
    const ids = children.map((c) => c.id);
    open.push(...(await runRecordSession(srv.url, admin, group.id, ids)));
    const base = `/review/groups/${group.id}/records`;
    const r = await admin.ok<RecordView>('GET', `${base}/1?lang=en`);
    expect(r.drafted.session).toBe('Session 1 of 6');
    expect(r.drafted.title).toBe('Hello, friends');
    expect(r.drafted.goals).toEqual(["Children learn each other's names and agree how the group works."]);
    expect(r.fields.attainment).toEqual([{ goal: r.drafted.goals[0], level: null, note: '' }]);
    // The plan had two star rounds and the check-in; the session ran one star round and the check-in.
    expect(r.drafted.planned.map((p) => [p.name, p.ran])).toEqual([
      ['Pass the Star', true],
      ['Pass the Star', false],
      ['Check-in', true],
    ]);

    const fields = {
      ...r.fields,
      attainment: [{ goal: r.drafted.goals[0]!, level: 'partly', note: 'Cai was shy.' }],
      dynamics: 'Cai and Bo worked well.',
      individual: { [ids[2]!]: 'Talk with Cai first.', [ids[1]!]: 'Bo: praise waiting.' },
    };
    await admin.ok('PUT', `${base}/1`, { version: 0, fields });
    await admin.ok('POST', `${base}/1/finalise`, { version: 1 });
    await admin.ok('POST', `${base}/1/correct`, {});
    await admin.ok('POST', `/groups/${group.id}/children/${ids[2]}/erase`, {});
    const rows = await srv.server.records.saves(group.id);
    expect(rows.map((x) => x.version)).toEqual([1, 1, 2]);
    for (const row of rows) {
      const text = JSON.stringify(row);
      expect(text).not.toContain('Cai');
      expect(text).not.toContain(ids[2]!);
      expect(row.fields.individual).toEqual({ [ids[1]!]: 'Bo: praise waiting.' });
    }
  });
});
