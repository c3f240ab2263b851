// Drafting a process record from a fixed log: expected sentences in both languages, no answers, no ranking words.
import { describe, expect, it } from 'vitest';
import { draftRecord, type DraftInput } from '../../shared/records/draft';
import type { MetricEvent } from '../../shared/metrics';

const T0 = Date.UTC(2026, 2, 6, 6, 0); // 14:00 in Shanghai
let seq = 0;
const ev = (type: string, at: number, payload: Record<string, unknown>): MetricEvent => ({ seq: ++seq, type, at: T0 + at * 1000, payload });
const roster = ['amy', 'bo', 'cai', 'dan'].map((id) => ({ childId: id, nickname: id, avatar: 'cat', code: id }));
const used = { title: { en: 'Getting along', 'zh-CN': '和小伙伴相处' }, validation: { en: 'not-a-scale', 'zh-CN': 'not-a-scale' } };
const answers = { 'tell-feelings': 'yes-a-lot', 'wait-turn': 'not-really' };

// Amy, Bo and Cai come; Dan is absent. A star round, a Spotlight round (Amy presents, Bo passes), a check-in.
const LOG: MetricEvent[] = [
  ev('session.started', 0, { groupId: 'g', groupName: 'Sunflowers', language: 'en', ageBand: '7-8', autoApprove: true, roster }),
  ev('plan.set', 1, { rounds: [], session: { index: 0, count: 6, title: 'Hello, friends', goal: "Children learn each other's names." } }),
  ...['amy', 'bo', 'cai'].map((id, i) => ev('seat.granted', 2 + i, { childId: id, deviceHash: `d${i}`, by: 'auto' })),
  ev('round.started', 10, { number: 1, activity: 'pass-star', settings: {}, planIndex: 0, history: {} }),
  ev('star.given', 11, { to: 'amy', by: 'staff', heldMs: null, from: null }),
  ev('star.passed', 20, { from: 'amy', to: 'bo', heldMs: 9000 }),
  ev('star.passed', 30, { from: 'bo', to: 'cai', heldMs: 10000 }),
  ev('round.ended', 190, { reason: 'staff' }),
  ev('round.started', 200, { number: 2, activity: 'spotlight', settings: {}, planIndex: 1, history: {} }),
  ev('spotlight.started', 210, { childId: 'amy', latencyMs: 2000 }),
  ev('reaction.sent', 215, { childId: 'cai', kind: 'clap', to: 'amy' }),
  ev('spotlight.ended', 250, { childId: 'amy', durationMs: 40000 }),
  ev('spotlight.passed', 260, { childId: 'bo', by: 'child', latencyMs: 3000 }),
  ev('observation.tagged', 262, { id: 'o1', childId: 'cai', tag: 'encouraged' }),
  ev('observation.tagged', 263, { id: 'o2', childId: 'bo', tag: 'calmed-down', note: 'waited' }),
  ev('round.ended', 500, { reason: 'staff' }),
  ev('round.started', 510, { number: 3, activity: 'checkin', settings: { instrument: 'circletime-getting-along', used }, planIndex: 2, history: {} }),
  ev('checkin.response', 560, {
    childId: 'amy',
    instrumentId: 'getting-along-3',
    version: '2026.1',
    status: 'finished',
    answers,
    skipped: [],
    itemMs: {},
    itemScores: { 'tell-feelings': 3, 'wait-turn': 1 },
    total: 4,
    changes: 0,
    durationMs: 40000,
    language: 'en',
  }),
  ev('checkin.response', 570, {
    childId: 'bo',
    instrumentId: 'getting-along-3',
    version: '2026.1',
    status: 'declined',
    answers: {},
    skipped: [],
    itemMs: {},
    itemScores: {},
    total: null,
    changes: 0,
    durationMs: null,
    language: 'en',
  }),
  ev('checkin.response', 575, {
    childId: 'cai',
    instrumentId: 'getting-along-3',
    version: '2026.1',
    status: 'finished',
    answers,
    skipped: [],
    itemMs: {},
    itemScores: { 'tell-feelings': 3, 'wait-turn': 1 },
    total: 4,
    changes: 0,
    durationMs: 30000,
    language: 'en',
  }),
  ev('round.ended', 630, { reason: 'staff' }),
  ev('session.ended', 3600, { reason: 'staff' }),
];

const input = (lang: 'en' | 'zh-CN'): DraftInput => ({
  lang,
  groupName: 'Sunflowers',
  number: 1,
  count: 6,
  startedAt: T0,
  endedAt: T0 + 3600_000,
  timeZone: 'Asia/Shanghai',
  facilitators: ['Ms Li'],
  children: roster.map((r) => ({ id: r.childId, nickname: r.nickname })),
  events: LOG,
  plan: {
    title: 'Hello, friends',
    goal: "Children learn each other's names.",
    rounds: [{ activity: 'pass-star' }, { activity: 'spotlight' }, { activity: 'checkin' }, { activity: 'strength-garden' }],
  },
});

describe('drafting a process record', () => {
  it('writes the basics, rounds, members, observations and check-ins in English', () => {
    const r = draftRecord(input('en'));
    expect(r).toMatchObject({
      session: 'Session 1 of 6',
      date: '2026-03-06',
      time: '14:00–15:00',
      present: ['amy', 'bo', 'cai'],
      absent: ['dan'],
      goals: ["Children learn each other's names."],
    });
    expect(r.rounds.map((x) => [x.name, x.minutes, x.summary])).toEqual([
      ['Pass the Star', 3, '3 of 3 held the star; star passes between children: 2.'],
      ['Spotlight', 5, '1 presented, 1 passed.'],
      ['Check-in', 2, '2 of 3 finished the check-in; 1 declined.'],
    ]);
    expect(r.planned.map((p) => p.ran)).toEqual([true, true, true, false]);
    expect(r.members.map((m) => m.text)).toEqual([
      'Present; turns: 2 (presentations 1, star holds 1). Reactions sent: 0, received: 1. Check-in: finished.',
      'Present; turns: 2 (passes 1, star holds 1). Check-in: declined.',
      'Present; turns: 1 (star holds 1). Reactions sent: 1, received: 0. Check-in: finished.',
      'Absent.',
    ]);
    expect(r.observations).toEqual(['bo: Calmed down (emotional control)', 'cai: Encouraged others']);
    expect(r.checkins).toEqual(["Getting along (Circletime's own, not a validated scale): 2 of 3 finished, 1 declined."]);
  });

  it('writes the same record in Chinese', () => {
    const r = draftRecord(input('zh-CN'));
    expect(r.session).toBe('第 1 节（共 6 节）');
    expect(r.rounds.map((x) => x.summary)).toEqual([
      '在场 3 人中有 3 人拿到了星星；孩子之间传了 2 次。',
      '1 人做了展示，1 人选择了“过”。',
      '在场 3 人中有 2 人完成了小问答；1 人选择不答。',
    ]);
    expect(r.members[1]!.text).toBe('出席；共轮到 2 次（说“过” 1 次，拿到星星 1 次）。小问答：选择不答。');
    expect(r.members[3]!.text).toBe('缺席。');
    expect(r.observations).toEqual(['bo：平静下来（情绪控制）', 'cai：鼓励他人']);
    expect(r.checkins).toEqual(['和小伙伴相处（童心圈自编，不是经过验证的量表）：在场 3 人中 2 人完成，1 人不答。']);
  });

  it('never carries a check-in answer, score or note into the record, and uses no ranking words', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const text = JSON.stringify(draftRecord(input(lang)));
      for (const leak of ['yes-a-lot', 'not-really', 'tell-feelings', 'total', '"4"', 'waited']) expect(text, `${lang}: ${leak}`).not.toContain(leak);
      for (const word of [
        /\bmost\b/i,
        /\bleast\b/i,
        /\bbest\b/i,
        /\bworst\b/i,
        /\bmore than\b/i,
        /\bless than\b/i,
        /\btop\b/i,
        /\brank/i,
        /\bquiet/i,
        /最多/,
        /最少/,
        /最好/,
        /最差/,
        /排名/,
        /第一名/,
        /比.*多/,
        /不如/,
      ]) {
        expect(text, `${lang}: ${word}`).not.toMatch(word);
      }
    }
  });

  it('a child who came but took no turn gets a plain sentence, not a label', () => {
    const log = LOG.filter(
      (e) =>
        !(e.type === 'star.passed' && (e.payload as { to: string }).to === 'cai') &&
        !(e.type === 'reaction.sent') &&
        !(e.type === 'checkin.response' && (e.payload as { childId: string }).childId === 'cai'),
    );
    const r = draftRecord({ ...input('en'), events: log });
    expect(r.members[2]!.text).toBe('Present; took no turn this session.');
    expect(draftRecord({ ...input('zh-CN'), events: log }).members[2]!.text).toBe('出席；本节没有轮到发言或行动。');
  });
});
