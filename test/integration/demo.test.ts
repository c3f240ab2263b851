// `npm run demo` through the real server: two sessions seeded live, then read back as a reviewer would.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESIGNS } from '../../shared/activities/build-together';
import type { ReviewGroup } from '../../shared/api/review';
import type { GroupDetail, GroupProgramme } from '../../shared/api/schemas';
import type { ChildParticipation } from '../../shared/metrics';
import { playDemo, type DemoResult } from '../../scripts/demo/play';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, REPO, type InProcessServer } from '../support/test-server';

const ADMIN = { username: 'demo-admin', password: 'demo password' };
let srv: InProcessServer;
let staff: StaffClient;
let demo: DemoResult;
let review: ReviewGroup;
const lines: string[] = [];

beforeAll(async () => {
  srv = await inProcessServer();
  // A fifth of real time: presentations still take a moment, the test does not take a minute.
  demo = await playDemo({ url: srv.url, ...ADMIN, setupCode: srv.setupCode, pace: 0.2, log: (l) => lines.push(l) });
  staff = new StaffClient(srv.url);
  await staff.login(ADMIN.username, ADMIN.password);
  review = await staff.ok<ReviewGroup>('GET', `/review/groups/${demo.groupId}`);
}, 120_000);
afterAll(async () => {
  await srv?.close();
});

async function csv(path: string): Promise<string> {
  const res = await fetch(`${srv.url}/api/review/groups/${demo.groupId}/export/${path}`, { headers: { cookie: staff.cookie } });
  expect(res.status).toBe(200);
  return res.text();
}

/** Per-child rows of one session, by nickname. */
function rows(session: number): Map<string, ChildParticipation> {
  const nick = new Map(review.children.map((c) => [c.id, c.nickname]));
  return new Map(review.sessions[session - 1]!.metrics.children.map((c) => [nick.get(c.childId)!, c]));
}
const sum = (m: Map<string, ChildParticipation>, key: keyof ChildParticipation) => [...m.values()].reduce((s, c) => s + (c[key] as number), 0);

describe('npm run demo', () => {
  it('creates the group from the template with eight children, consent recorded, and plays both programme sessions', async () => {
    expect(demo.groupName).toBe('Demo: Sunflower group (fictional children)');
    expect(demo.reviewUrl).toBe(`${srv.url}/review#/groups/${demo.groupId}`);
    expect(lines[0]).toContain('Created the first administrator "demo-admin"');
    const group = await staff.ok<GroupDetail>('GET', `/groups/${demo.groupId}`);
    expect(group.roster.map((c) => c.nickname)).toEqual([
      'Lili 丽丽',
      'Tao 涛涛',
      'Mingming 明明',
      'Anna 安娜',
      'Bobo 波波',
      'Xiaoyu 小雨',
      'Jia 佳佳',
      'Leo 乐乐',
    ]);
    expect(group.roster.filter((c) => !c.consent?.research).map((c) => c.nickname)).toEqual(['Bobo 波波']);
    expect(group.roster.every((c) => c.consent?.participation)).toBe(true);
    expect(group.sessions.map((s) => s.status)).toEqual(['ended', 'ended']);
    const gp = await staff.ok<GroupProgramme>('GET', `/groups/${demo.groupId}/programme`);
    expect(gp.programme).toMatchObject({ templateId: 'self-confidence', title: 'Self-confidence (demo, 2 sessions)' });
    expect(gp.nextSession).toBeNull();
  });

  it('records two sessions with the expected attendance and every planned round', async () => {
    expect(review.sessions.map((s) => s.id)).toEqual(demo.sessionIds);
    const absent = (n: number) => [...rows(n)].filter(([, c]) => c.attendance === 0).map(([name]) => name);
    expect(absent(1)).toEqual(['Leo 乐乐']);
    expect(absent(2)).toEqual(['Jia 佳佳']);
    expect(demo.sessions.map((s) => s.activities)).toEqual([
      ['checkin', 'spotlight', 'pass-star', 'build-together'],
      ['spotlight', 'pass-star', 'build-together', 'strength-garden', 'checkin'],
    ]);
    for (const n of [1, 2]) {
      const log = await staff.ok<{ events: { type: string; payload: { planIndex?: number | null } }[] }>(
        'GET',
        `/review/groups/${demo.groupId}/sessions/${n}/events`,
      );
      const started = log.events.filter((e) => e.type === 'round.started');
      expect(started.map((e) => e.payload.planIndex)).toEqual(demo.sessions[n - 1]!.activities.map((_, i) => i));
    }
  });

  it('has RSES before and after: mostly a little higher, with the one-score children still listed', () => {
    const nick = new Map(review.children.map((c) => [c.id, c.nickname]));
    const rses = review.checkins.filter((c) => c.instrumentId === 'rses');
    const scores = (s: number) =>
      Object.fromEntries(rses.filter((c) => c.session === s).map((c) => [nick.get(c.childId)!, c.status === 'finished' ? c.total : c.status]));
    expect(scores(1)).toEqual({
      'Lili 丽丽': 18,
      'Tao 涛涛': 15,
      'Mingming 明明': 21,
      'Anna 安娜': 13,
      'Bobo 波波': 19,
      'Xiaoyu 小雨': 'declined',
      'Jia 佳佳': 22,
    });
    expect(scores(2)).toEqual({ 'Lili 丽丽': 21, 'Tao 涛涛': 18, 'Mingming 明明': 20, 'Anna 安娜': 17, 'Bobo 波波': 20, 'Xiaoyu 小雨': 16, 'Leo 乐乐': 19 });
    const tao = rses.find((c) => c.session === 1 && nick.get(c.childId) === 'Tao 涛涛')!;
    // Tao went back once to look at an item again.
    expect(tao.changes).toBe(1);
  });

  it('has presentations with reactions, star passes, pieces placed with help, cards given and observation tags', () => {
    const s1 = rows(1);
    const s2 = rows(2);
    expect(sum(s1, 'presentations')).toBe(6);
    expect(s1.get('Xiaoyu 小雨')).toMatchObject({ presentations: 0, passes: 1 });
    expect(s2.get('Xiaoyu 小雨')).toMatchObject({ presentations: 1, passes: 0 });
    expect(s2.get('Leo 乐乐')).toMatchObject({ presentations: 0, passes: 1 });
    expect(s1.get('Lili 丽丽')!.presentingMs).toBeGreaterThan(150);
    expect(sum(s1, 'reactionsReceived')).toBeGreaterThanOrEqual(6);

    for (const [s, group] of [
      [s1, review.sessions[0]!],
      [s2, review.sessions[1]!],
    ] as const) {
      expect(sum(s, 'starPassesGiven')).toBe(6);
      expect(group.metrics.group.starPasses.edges.reduce((n, e) => n + e.weight, 0)).toBe(6);
      expect(sum(s, 'helpAsked')).toBe(1);
      expect(sum(s, 'helpGiven')).toBe(1);
    }
    expect(sum(s1, 'piecesPlaced')).toBe(DESIGNS.rocket.slots.length);
    expect(sum(s2, 'piecesPlaced')).toBe(DESIGNS.bridge.slots.length);
    expect(s1.get('Anna 安娜')!.helpGiven).toBe(1);
    expect(s2.get('Leo 乐乐')!.helpAsked).toBe(1);

    expect(sum(s1, 'cardsGiven')).toBe(0);
    expect(sum(s2, 'cardsGiven')).toBeGreaterThanOrEqual(14);
    // Nobody left without a card, the nudged newcomer included.
    for (const [name, c] of s2) if (c.attendance) expect(c.cardsReceived, name).toBeGreaterThan(0);

    const tags = (s: Map<string, ChildParticipation>) =>
      [...s.values()].flatMap((c) => Object.entries(c.observations).flatMap(([tag, n]) => Array<string>(n).fill(tag)));
    expect(tags(s1)).toHaveLength(5);
    expect(tags(s2)).toHaveLength(6);
    expect([...tags(s1), ...tags(s2)].filter((t) => ['tension', 'withdrew', 'disagreed'].includes(t))).toEqual([]);
    expect(s2.get('Xiaoyu 小雨')!.observations['spoke-clearly']).toBe(1);
  });

  it('leaves the child without research consent out of the measures and RSES exports', async () => {
    const code = (name: string) => review.children.find((c) => c.nickname === name)!.code;
    const measures = await csv('measures.csv');
    const dataRows = measures.trim().split('\r\n').slice(1);
    // Seven consented children, two sessions each.
    expect(dataRows).toHaveLength(14);
    expect(measures).not.toContain(code('Bobo 波波'));
    for (const name of ['Lili 丽丽', 'Jia 佳佳', 'Leo 乐乐']) expect(measures).toContain(code(name));
    const checkins = await csv('checkins-rses.csv');
    expect(checkins).not.toContain(code('Bobo 波波'));
    expect(checkins).toContain(code('Anna 安娜'));
  });

  it('tells the same story on a second run: same answers, a second group beside the first', async () => {
    const again = await playDemo({ url: srv.url, ...ADMIN, pace: 0 });
    expect(again.groupName).toBe('Demo 2: Sunflower group (fictional children)');
    const second = await staff.ok<ReviewGroup>('GET', `/review/groups/${again.groupId}`);
    const answers = (g: ReviewGroup) => {
      const nick = new Map(g.children.map((c) => [c.id, c.nickname]));
      return g.checkins.map((c) => [c.session, nick.get(c.childId), c.status, c.answers]).sort((a, b) => String(a).localeCompare(String(b)));
    };
    expect(answers(second)).toEqual(answers(review));
  }, 60_000);
});

/** Runs the command line as `npm run demo` does, with none of the demo's variables from this shell. */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CIRCLETIME_')));
  const proc = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'scripts/demo.ts'), ...args], {
    cwd: REPO,
    env: { ...clean, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
  proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve) => proc.once('close', (code) => resolve({ code, out, err })));
}

describe('the demo command line', () => {
  it('without credentials exits 2 and prints how to call it', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Missing: --user (CIRCLETIME_USER), --password (CIRCLETIME_PASSWORD).');
    expect(r.err).toContain('Usage: npm run demo -- --user <name> --password <password>');
    expect(r.out).toBe('');
  }, 30_000);

  it('on a server that still needs setup, without the setup code, exits 2 and says where the code is', async () => {
    const fresh = await inProcessServer();
    try {
      const r = await cli(['--lang', 'zh-CN'], { CIRCLETIME_URL: fresh.url, CIRCLETIME_USER: 'ana', CIRCLETIME_PASSWORD: 'correct horse' });
      expect(r.code).toBe(2);
      expect(r.err).toContain('这个服务器还没有账号');
      expect(r.err).toContain('--setup-code');
      expect((await fetch(`${fresh.url}/api/setup`).then((x) => x.json())) as unknown).toEqual({ needsSetup: true });
    } finally {
      await fresh.close();
    }
  }, 30_000);
});
