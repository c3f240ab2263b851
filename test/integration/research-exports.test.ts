// The demo's research exports read back as a researcher would: PSPP runs every .sps, events.csv agrees with measures.csv, free text on request.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewGroup } from '../../shared/api/review';
import type { ConsoleView } from '../../shared/session/views';
import { participation, type ChildParticipation, type MetricEvent } from '../../shared/metrics';
import type { Instrument } from '../../shared/instruments';
import { analysePrePost, defaultPrePostChoice } from '../../shared/review/prepost';
import { pairedTTest, wilcoxonSignedRank } from '../../shared/stats';
import { playDemo, type DemoResult } from '../../scripts/demo/play';
import { csvRows, type CsvRow } from '../support/csv';
import { LiveClient } from '../support/live-client';
import { psppVersion, runPspp } from '../support/pspp';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, type InProcessServer } from '../support/test-server';

const ADMIN = { username: 'demo-admin', password: 'demo password' };
let srv: InProcessServer;
let staff: StaffClient;
let demo: DemoResult;
let review: ReviewGroup;

beforeAll(async () => {
  srv = await inProcessServer();
  demo = await playDemo({ url: srv.url, ...ADMIN, setupCode: srv.setupCode, pace: 0 });
  staff = new StaffClient(srv.url);
  await staff.login(ADMIN.username, ADMIN.password);
  review = await staff.ok<ReviewGroup>('GET', `/review/groups/${demo.groupId}`);
}, 120_000);
afterAll(async () => {
  await srv?.close();
});

async function download(file: string, query = '', groupId = demo.groupId): Promise<string> {
  const res = await fetch(`${srv.url}/api/review/groups/${groupId}/export/${file}${query}`, { headers: { cookie: staff.cookie } });
  expect(res.status, file).toBe(200);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
}

/** The measures.csv columns as the metrics name them, and how the export writes each. */
const MEASURE_OF: Record<string, (c: ChildParticipation) => number | null> = {
  attendance: (c) => c.attendance,
  turns: (c) => c.turns,
  presentations: (c) => c.presentations,
  passes: (c) => c.passes,
  star_holds: (c) => c.starHolds,
  pieces_placed: (c) => c.piecesPlaced,
  airtime_s: (c) => c.airtimeMs / 1000,
  star_hold_s: (c) => c.holdingMs / 1000,
  median_latency_ms: (c) => c.medianLatencyMs,
  star_passes_given: (c) => c.starPassesGiven,
  star_passes_received: (c) => c.starPassesReceived,
  reactions_given: (c) => c.reactionsGiven,
  reactions_received: (c) => c.reactionsReceived,
  waves: (c) => c.waves,
};

const PSPP = psppVersion();
if (!PSPP) console.warn('SKIPPED: GNU PSPP is not installed here (`pspp` not found); CI installs the Debian package `pspp` and runs these tests.');

describe.skipIf(!PSPP)(`SPSS syntax in GNU PSPP (${PSPP ?? 'not installed: skipped'})`, () => {
  it('runs every exported .sps on its .csv: exit 0, no errors, every case read, variable and value labels present', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-pspp-'));
    const instruments = [...new Set(review.checkins.map((c) => c.instrumentId))];
    expect(instruments).toContain('rses');
    const files = ['measures', ...instruments.map((id) => `checkins-${id}`)];
    for (const name of files) {
      const csv = await download(`${name}.csv`);
      writeFileSync(join(dir, `${name}.csv`), csv);
      writeFileSync(join(dir, `${name}.sps`), await download(`${name}.sps`));
      const run = await runPspp(dir, `${name}.sps`);
      expect(run.output, name).not.toMatch(/error|warning/i);
      expect(run.exitCode, `${name}: ${run.output}`).toBe(0);
      // Every case, every column as the CSV has it (numbers compared as numbers, empty as missing).
      const exported = csvRows(csv);
      expect(run.cases.length, name).toBe(exported.length);
      expect(exported.length, name).toBeGreaterThan(0);
      run.cases.forEach((read, i) => {
        for (const [column, value] of Object.entries(exported[i]!)) {
          const back = read[column]!.trim();
          if (value === '' || /^-?[0-9.]+$/.test(value))
            expect(back === '' ? null : Number(back), `${name} row ${i + 1} ${column}`).toBe(value === '' ? null : Number(value));
          else expect(back, `${name} row ${i + 1} ${column}`).toBe(value);
        }
      });
      expect(run.labels.get('code'), name).toBe("Child's pseudonymous code");
      expect(
        [...run.labels.values()].every((l) => l.length > 0),
        `${name}: every variable labelled`,
      ).toBe(true);
    }
    const measures = await runPspp(dir, 'measures.sps');
    expect(measures.labels.get('airtime_s')).toBe('Airtime: Spotlight presenting (seconds)');
    expect(measures.valueLabels.get('attendance 1')).toBe('attended');
    const rses = await runPspp(dir, 'checkins-rses.sps');
    expect(rses.valueLabels.get('status 3')).toBe('declined');
    // 7 consented children × 2 sessions, and one RSES row per consented child who met it.
    expect(measures.cases).toHaveLength(14);
    expect(rses.cases.length).toBe(
      review.checkins.filter((c) => c.instrumentId === 'rses' && review.children.find((k) => k.id === c.childId)?.consent?.research).length,
    );
  });
});

describe('events.csv and measures.csv', () => {
  it("every consented child's counts, recomputed from events.csv with the shared metrics, equal measures.csv", async () => {
    const measures = csvRows(await download('measures.csv'));
    const events = csvRows(await download('events.csv'));
    const codes = review.children.filter((c) => c.consent?.research && !c.erased).map((c) => c.code);
    expect(codes).toHaveLength(7);
    const bySession = new Map<number, CsvRow[]>();
    for (const e of events) bySession.set(Number(e.session), [...(bySession.get(Number(e.session)) ?? []), e]);
    expect([...bySession.keys()]).toEqual([1, 2]);
    const disagreements: string[] = [];
    let compared = 0;
    for (const [session, rows] of bySession) {
      const log: MetricEvent[] = rows.map((r) => ({ seq: Number(r.seq), type: r.type!, at: Date.parse(r.at!), payload: JSON.parse(r.payload!) as unknown }));
      const recomputed = new Map(participation(log, codes).children.map((c) => [c.childId, c]));
      for (const code of codes) {
        const row = measures.find((m) => m.code === code && Number(m.session) === session)!;
        expect(row, `${code} session ${session}`).toBeDefined();
        for (const [column, of] of Object.entries(MEASURE_OF)) {
          const value = of(recomputed.get(code)!);
          const exported = row[column] === '' ? null : Number(row[column]);
          compared++;
          if (value !== exported) disagreements.push(`${code} s${session} ${column}: events ${value}, measures ${exported}`);
        }
      }
    }
    expect(compared).toBe(7 * 2 * Object.keys(MEASURE_OF).length);
    expect(disagreements).toEqual([]);
  });

  it('keeps the events between a consented child and one without consent, with that child as OTHER, and every round', async () => {
    const events = csvRows(await download('events.csv'));
    const bobo = review.children.find((c) => c.nickname.startsWith('Bobo'))!;
    const text = events.map((e) => `${e.actor} ${e.payload}`).join('\n');
    expect(text).not.toContain(bobo.id);
    expect(text).not.toContain(bobo.code);
    expect(events.some((e) => e.payload!.includes('"OTHER"') || e.actor === 'OTHER')).toBe(true);
    for (const n of [1, 2]) {
      const rounds = events.filter((e) => Number(e.session) === n && e.type === 'round.started').length;
      expect(rounds, `session ${n}`).toBe(demo.sessions[n - 1]!.activities.length);
    }
    expect(events.some((e) => e.type!.startsWith('build.'))).toBe(true);
  });
});

describe('pre/post from the export', () => {
  it("the review's default pre/post (research-consented children) is what the research export reproduces", async () => {
    const { instruments } = await staff.ok<{ instruments: Instrument[] }>('GET', '/instruments');
    const choice = defaultPrePostChoice(review.checkins, instruments)!;
    expect(choice).toMatchObject({ instrumentId: 'rses', preSession: 1, postSession: 2, population: 'research' });
    const page = analysePrePost(review.checkins, review.children, choice);
    // The demo: five children have both RSES scores, one of them (Bobo) without research consent.
    expect(analysePrePost(review.checkins, review.children, { ...choice, population: 'all' }).rows).toHaveLength(5);
    expect(page.rows).toHaveLength(4);
    const bobo = review.children.find((c) => c.nickname.startsWith('Bobo'))!;
    expect(page.leftOut).toEqual([bobo.id]);

    // What a researcher does with checkins-rses.csv: complete totals at the two sessions, paired by code.
    const rows = csvRows(await download('checkins-rses.csv'));
    const total = (code: string, session: number) => {
      const r = rows.find((x) => x.code === code && Number(x.session) === session && x.status === '1' && x.total !== '');
      return r ? Number(r.total) : null;
    };
    const codes = [...new Set(rows.map((r) => r.code!))];
    const pairs = codes.flatMap((code) => {
      const pre = total(code, choice.preSession);
      const post = total(code, choice.postSession);
      return pre === null || post === null ? [] : [{ code, pre, post }];
    });
    const codeOf = new Map(review.children.map((c) => [c.id, c.code]));
    expect(pairs.map((p) => p.code).sort()).toEqual(page.rows.map((r) => codeOf.get(r.childId)).sort());
    if (page.tests.state !== 'tested') throw new Error(page.tests.state);
    const byCode = (a: { code: string }, b: { code: string }) =>
      page.rows.findIndex((r) => codeOf.get(r.childId) === a.code) - page.rows.findIndex((r) => codeOf.get(r.childId) === b.code);
    pairs.sort(byCode);
    expect(
      pairedTTest(
        pairs.map((p) => p.pre),
        pairs.map((p) => p.post),
      ),
    ).toEqual(page.tests.ttest);
    expect(
      wilcoxonSignedRank(
        pairs.map((p) => p.pre),
        pairs.map((p) => p.post),
      ),
    ).toEqual(page.tests.wilcoxon);
  });
});

describe('free text in events.csv', () => {
  it('is left out by default; on request it comes with nicknames replaced, and the export is audited as such', async () => {
    const { group, children } = await staff.groupWithChildren(
      'Notes',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
      ],
      true,
    );
    const [mimi, bo] = children;
    await staff.ok('PUT', `/groups/${group.id}/children/${mimi!.id}/consent`, { participation: true, research: true });
    await staff.ok('PUT', `/groups/${group.id}/children/${bo!.id}/consent`, { participation: true, research: false });
    const s = await staff.startSession(group.id);
    const consoleClient = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie });
    await consoleClient.until((v) => v.seats.length === 2);
    expect(await consoleClient.send({ type: 'plan.set', rounds: [{ activity: 'spotlight', settings: {}, note: 'Start with bo, then MIMI' }] })).toMatchObject({
      ok: true,
    });
    expect(await consoleClient.send({ type: 'observation.tag', childId: mimi!.id, tag: 'helped-peer', note: 'Mimi showed Bo the piece' })).toMatchObject({
      ok: true,
    });
    consoleClient.close();
    await staff.ok('POST', `/sessions/${s.id}/end`);

    const plain = await download('events.csv', '', group.id);
    for (const words of ['Start with', 'showed', 'Mimi', 'Bo ', '"note"']) expect(plain, words).not.toContain(words);
    const withText = await download('events.csv', '?freeText=1', group.id);
    expect(withText).toContain(`Start with OTHER, then ${mimi!.code}`);
    expect(withText).toContain(`${mimi!.code} showed OTHER the piece`);
    expect(withText).not.toMatch(/Mimi|\bBo\b/);
    const audit = (await srv.server.audit.list()).filter((a) => a.action === 'export' && a.subject === group.id);
    expect(audit.map((a) => a.detail)).toEqual(
      expect.arrayContaining([
        { file: 'events.csv', children: 1 },
        { file: 'events.csv', children: 1, freeText: true },
      ]),
    );
    expect(audit).toHaveLength(2);
  });
});
