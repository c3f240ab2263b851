// describeEvent: every event type the log can hold gets a sentence in both languages or is deliberately silent; never an answer.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ACTIVITIES, ACTIVITY_IDS, type ActivityEventBody, activityEventTypes } from '../../shared/activities/registry';
import { DICTIONARIES } from '../../shared/i18n';
import { DESCRIBED_TYPES, describeEvent } from '../../shared/review/replay-describe';
import { clock, durationWords, languageOf, listWords, namesFromLog } from '../../shared/review/replay-words';
import type { EventBody, EventType } from '../../shared/session/events';
import { LANGUAGES } from '../../shared/session/roster';
import { wholeSessionLog } from '../support/replay-log';
import { sampleOf } from '../support/schema-sample';

const en = DICTIONARIES.en;
const zh = DICTIONARIES['zh-CN'];
const names = new Map([
  ['k1', 'Lili'],
  ['k2', 'Tao'],
  ['k3', 'Mei'],
]);

type Samples = { [K in EventType]: Extract<EventBody, { type: K }> };
type ActivityEventType = ActivityEventBody['type'];

/**
 * Examples by hand: every core event type (a full record, so a new one needs an example here), and the activity
 * events whose sentences are checked below. Any other activity event gets an example made from its schema.
 */
const GIVEN: { [K in Exclude<EventType, ActivityEventType>]: Samples[K] } & { [K in ActivityEventType]?: Samples[K] } = {
  'session.started': {
    type: 'session.started',
    payload: { groupId: 'g', groupName: 'Sunflowers', language: 'en', ageBand: '7-12', autoApprove: true, roster: [] },
  },
  'session.ended': { type: 'session.ended', payload: { reason: 'staff' } },
  'roster.synced': { type: 'roster.synced', payload: { roster: [] } },
  'seat.requested': { type: 'seat.requested', payload: { childId: 'k1', deviceHash: 'device-1' } },
  'seat.granted': { type: 'seat.granted', payload: { childId: 'k1', deviceHash: 'device-1', by: 'auto' } },
  'seat.denied': { type: 'seat.denied', payload: { childId: 'k1', deviceHash: 'device-1' } },
  'seat.released': { type: 'seat.released', payload: { childId: 'k1', by: 'self' } },
  'seat.moved': { type: 'seat.moved', payload: { fromChildId: 'k1', toChildId: 'k2' } },
  'presence.changed': { type: 'presence.changed', payload: { childId: 'k1', connected: false } },
  'settings.changed': { type: 'settings.changed', payload: { autoApprove: true } },
  'join.code_changed': { type: 'join.code_changed', payload: {} },
  'eyes.changed': { type: 'eyes.changed', payload: { on: true } },
  'wave.sent': { type: 'wave.sent', payload: { childId: 'k1' } },
  'reaction.sent': { type: 'reaction.sent', payload: { childId: 'k1', kind: 'clap', to: 'k2' } },
  'observation.tagged': { type: 'observation.tagged', payload: { id: 'o1', childId: 'k2', tag: 'helped-peer' } },
  'observation.undone': { type: 'observation.undone', payload: { id: 'o1' } },
  'plan.set': { type: 'plan.set', payload: { rounds: [{ activity: 'pass-star', settings: {} }] } },
  'round.started': { type: 'round.started', payload: { number: 2, activity: 'pass-star', settings: {}, planIndex: null, history: {} } },
  'round.paused': { type: 'round.paused', payload: {} },
  'round.resumed': { type: 'round.resumed', payload: {} },
  'round.ended': { type: 'round.ended', payload: { reason: 'complete' } },
  'timer.set': { type: 'timer.set', payload: { durationMs: 300_000, visibleToChildren: false } },
  'timer.extended': { type: 'timer.extended', payload: { ms: 60_000 } },
  'spotlight.offered': { type: 'spotlight.offered', payload: { childId: 'k2', card: 'good-at-1', by: 'scheduler' } },
  'spotlight.card.changed': { type: 'spotlight.card.changed', payload: { childId: 'k2', card: 'good-at-2' } },
  'spotlight.started': { type: 'spotlight.started', payload: { childId: 'k2', latencyMs: 1200 } },
  'spotlight.passed': { type: 'spotlight.passed', payload: { childId: 'k3', latencyMs: 900, by: 'child' } },
  'spotlight.ended': { type: 'spotlight.ended', payload: { childId: 'k2', durationMs: 42_300, by: 'child' } },
  'spotlight.invited': { type: 'spotlight.invited', payload: { childId: 'k3' } },
  'spotlight.badge': { type: 'spotlight.badge', payload: { childId: 'k2', badge: 'brave' } },
  'spotlight.extended': { type: 'spotlight.extended', payload: { childId: 'k2', seconds: 30 } },
  'star.given': { type: 'star.given', payload: { to: 'k1', by: 'random', heldMs: null, from: null } },
  'star.passed': { type: 'star.passed', payload: { from: 'k1', to: 'k2', heldMs: 3000 } },
  'star.kept': { type: 'star.kept', payload: { holder: 'k2', heldMs: 2000 } },
  'checkin.assented': { type: 'checkin.assented', payload: { childId: 'k3', yes: true, language: 'en' } },
  'checkin.answered': {
    type: 'checkin.answered',
    payload: { childId: 'k3', itemId: 'worth', option: 'strongly-agree', ms: 2000, changed: false, language: 'en' },
  },
  'checkin.went-back': { type: 'checkin.went-back', payload: { childId: 'k3', index: 1 } },
  'checkin.response': {
    type: 'checkin.response',
    payload: {
      childId: 'k3',
      instrumentId: 'rses',
      version: '1',
      status: 'finished',
      answers: { worth: 'strongly-agree' },
      skipped: [],
      itemMs: { worth: 2000 },
      itemScores: { worth: 4 },
      total: 4,
      changes: 0,
      durationMs: 9000,
      language: 'en',
    },
  },
  'garden.self-picked': { type: 'garden.self-picked', payload: { childId: 'k1', card: 'kind' } },
  'garden.self-unpicked': { type: 'garden.self-unpicked', payload: { childId: 'k1', card: 'kind' } },
  'garden.phase': { type: 'garden.phase', payload: { phase: 'give' } },
  'garden.given': { type: 'garden.given', payload: { from: 'k1', to: 'k2', card: 'kind' } },
  'garden.nudged': { type: 'garden.nudged', payload: { childId: 'k3' } },
  'build.dealt': { type: 'build.dealt', payload: { hands: { k1: ['p1'] }, reason: 'joined' } },
  'build.placed': { type: 'build.placed', payload: { childId: 'k1', pieceId: 'p1', slotId: 's1', latencyMs: null } },
  'build.help-asked': { type: 'build.help-asked', payload: { childId: 'k1', pieceId: 'p1' } },
  'build.help-given': { type: 'build.help-given', payload: { from: 'k2', to: 'k1', pieceId: 'p1' } },
  'build.turn-offered': { type: 'build.turn-offered', payload: { childId: 'k1' } },
  'build.turn-passed': { type: 'build.turn-passed', payload: { childId: 'k3' } },
  'build.completed': { type: 'build.completed', payload: { by: ['k1', 'k2', 'k3'], durationMs: 90_000 } },
};

/** One example of every event type: by hand, or from its activity's schema (a new activity is covered at once). */
const SAMPLES = {
  ...Object.fromEntries(
    activityEventTypes().map(([type, id]) => [type, { type, payload: sampleOf((ACTIVITIES[id].events as Record<string, v.GenericSchema>)[type]!) }]),
  ),
  ...GIVEN,
} as Samples;

/** Deliberately without a line: bookkeeping, a child's private check-in steps, and what the state shows anyway. */
const SILENT = new Set<EventType>(['seat.requested', 'star.kept', 'checkin.assented', 'checkin.answered', 'checkin.went-back', 'build.turn-offered']);

/** The other shapes of payload that pick another sentence. */
const VARIANTS: EventBody[] = [
  { type: 'session.ended', payload: { reason: 'abandoned' } },
  { type: 'seat.released', payload: { childId: 'k1', by: 'staff' } },
  { type: 'presence.changed', payload: { childId: 'k1', connected: true } },
  { type: 'presence.changed', payload: { childId: 'k1', connected: false, reason: 'restart' } },
  { type: 'settings.changed', payload: { autoApprove: false } },
  { type: 'eyes.changed', payload: { on: false } },
  { type: 'reaction.sent', payload: { childId: 'k1', kind: 'me-too' } },
  { type: 'observation.tagged', payload: { id: 'o2', childId: 'k2', tag: 'withdrew', note: 'tired today' } },
  { type: 'plan.set', payload: { rounds: [], session: { index: 1, count: 8, title: 'Friends', goal: 'g' } } },
  { type: 'round.ended', payload: { reason: 'staff' } },
  { type: 'round.ended', payload: { reason: 'session' } },
  { type: 'timer.set', payload: { durationMs: null, visibleToChildren: false } },
  { type: 'timer.set', payload: { durationMs: 90_000, visibleToChildren: true } },
  { type: 'spotlight.passed', payload: { childId: 'k3', latencyMs: 0, by: 'staff' } },
  { type: 'star.given', payload: { to: 'k1', by: 'staff', heldMs: null, from: null } },
  { ...SAMPLES['checkin.response'], payload: { ...SAMPLES['checkin.response'].payload, status: 'partial' } },
  { ...SAMPLES['checkin.response'], payload: { ...SAMPLES['checkin.response'].payload, status: 'no-answer' } },
  { type: 'garden.phase', payload: { phase: 'self' } },
  { type: 'garden.phase', payload: { phase: 'garden' } },
  { type: 'build.dealt', payload: { hands: {}, reason: 'left' } },
];

describe('describeEvent', () => {
  it('covers every event type: a sentence in both languages, or deliberately none', () => {
    // An example made from a schema is a valid payload of it.
    for (const [type, id] of activityEventTypes())
      expect(v.is((ACTIVITIES[id].events as Record<string, v.GenericSchema>)[type]!, SAMPLES[type as EventType].payload), type).toBe(true);
    expect([...DESCRIBED_TYPES].sort()).toEqual(Object.keys(SAMPLES).sort());
    // Each activity words exactly the event types it declares, in its own folder (describe.ts).
    for (const id of ACTIVITY_IDS) expect(Object.keys(ACTIVITIES[id].describe).sort(), id).toEqual(Object.keys(ACTIVITIES[id].events).sort());
    for (const lang of LANGUAGES) {
      const t = DICTIONARIES[lang];
      for (const [type, sample] of Object.entries(SAMPLES) as [EventType, EventBody][]) {
        const text = describeEvent(sample, names, t);
        if (SILENT.has(type)) {
          expect(text, `${lang} ${type}`).toBeNull();
          continue;
        }
        expect(text, `${lang} ${type}`).toEqual(expect.any(String));
        expect(text!.length, `${lang} ${type}`).toBeGreaterThan(3);
        expect(text, `${lang} ${type}: a placeholder left unfilled`).not.toMatch(/[{}]|undefined|null|NaN/);
      }
      const texts = VARIANTS.map((v) => describeEvent(v, names, t));
      for (const [i, text] of texts.entries()) expect(text, `${lang} ${VARIANTS[i]!.type}`).toMatch(/^[^{}]{4,}$/);
      // Each variant says something its sibling sample does not.
      for (const [i, v] of VARIANTS.entries()) expect(texts[i], `${lang} ${v.type}`).not.toBe(describeEvent(SAMPLES[v.type], names, t));
      // The first deal is part of the round starting.
      expect(describeEvent({ type: 'build.dealt', payload: { hands: {}, reason: 'start' } }, names, t)).toBeNull();
    }
  });

  it('speaks plainly with the children’s names', () => {
    const say = (type: EventType, t = en) => describeEvent(SAMPLES[type], names, t);
    expect(say('seat.granted')).toBe('Lili joined on a tablet');
    expect(say('round.started')).toBe('Round 2 started: Pass the Star');
    expect(say('spotlight.ended')).toBe('Tao presented for 42 s');
    expect(say('spotlight.passed')).toBe('Mei passed this turn');
    expect(say('star.passed')).toBe('Lili passed the star to Tao');
    expect(say('build.placed')).toBe('Lili placed a piece');
    expect(say('build.help-asked')).toBe('Lili asked for help');
    expect(say('build.help-given')).toBe('Tao helped Lili');
    expect(say('garden.given')).toBe('Lili gave Tao a strength card: Kind');
    expect(say('checkin.response')).toBe('Mei finished the check-in');
    expect(say('observation.tagged')).toBe('Facilitator noted: Tao — Helped a peer');
    expect(say('reaction.sent')).toBe('Lili sent Tao a clap');
    expect(say('build.completed')).toBe('The picture is finished, built by Lili, Tao and Mei');
    expect(say('timer.set')).toBe('Round timer set: 5 min 00 s');
    expect(say('star.passed', zh)).toBe('Lili把星星传给了Tao');
    expect(say('garden.given', zh)).toBe('Lili送给Tao一张优点卡：善良');
    expect(say('spotlight.ended', zh)).toBe('Tao分享了 42 秒');
    expect(say('build.completed', zh)).toBe('拼图完成了，一起拼的有：Lili、Tao和Mei');
  });

  it('never tells a check-in answer, only finished or declined', () => {
    const declined = {
      ...SAMPLES['checkin.response'],
      payload: { ...SAMPLES['checkin.response'].payload, status: 'declined' as const, answers: {}, total: null },
    };
    for (const t of [en, zh]) {
      expect(describeEvent(SAMPLES['checkin.answered'], names, t)).toBeNull();
      const finished = describeEvent(SAMPLES['checkin.response'], names, t)!;
      expect(finished).not.toMatch(/agree|worth|4/);
      expect(describeEvent(declined, names, t)).toBe(t === en ? 'Mei said “not today” to the check-in' : 'Mei说“今天不想答”');
    }
  });

  it('names a child no roster knows "someone", and leaves an unknown event type out', () => {
    expect(describeEvent(SAMPLES['wave.sent'], new Map(), en)).toBe('someone waved');
    expect(describeEvent({ type: 'future.thing', payload: {} } as unknown as EventBody, names, en)).toBeNull();
  });

  it('tells every event of a real session without a placeholder, in both languages', async () => {
    const { events } = await wholeSessionLog();
    const logNames = namesFromLog(events);
    expect(logNames.get('k2')).toBe('Kid 2');
    for (const e of events) {
      expect(DESCRIBED_TYPES).toContain(e.type);
      for (const t of [en, zh]) {
        const text = describeEvent(e, logNames, t);
        expect(text === null || !/[{}]|undefined|someone|某位/.test(text), `${e.type}: ${text}`).toBe(true);
      }
    }
  });
});

describe('replay words', () => {
  it('formats offsets, durations and name lists', () => {
    expect([0, 999, 65_000, 3_725_000].map(clock)).toEqual(['00:00', '00:00', '01:05', '62:05']);
    expect(durationWords(59_600, en)).toBe('1 min 00 s');
    expect(durationWords(7_000, zh)).toBe('7 秒');
    expect(listWords(['A'], en)).toBe('A');
    expect(listWords(['A', 'B'], en)).toBe('A and B');
    expect(listWords(['A', 'B', 'C'], zh)).toBe('A、B和C');
    expect(languageOf(zh)).toBe('zh-CN');
    expect(languageOf(en)).toBe('en');
  });

  it('names children from the log’s roster snapshots, the latest winning, over the fallback', () => {
    const roster = (nickname: string) => [{ childId: 'k1', nickname, avatar: 'cat' as const }];
    const log = [
      { ...SAMPLES['session.started'], payload: { ...SAMPLES['session.started'].payload, roster: roster('Lili') } },
      { ...SAMPLES['roster.synced'], payload: { roster: roster('Lily') } },
    ].map((b, i) => ({ ...b, seq: i + 1, sessionId: 's', at: i, actor: { kind: 'system' as const } }));
    const got = namesFromLog(log, [
      ['k1', 'Old'],
      ['k9', 'Nine'],
      ['k0', ''],
    ]);
    expect([got.get('k1'), got.get('k9'), got.has('k0')]).toEqual(['Lily', 'Nine', false]);
    expect(describeEvent(SAMPLES['wave.sent'], namesFromLog([], [['k1', '']]), en)).toBe('someone waved');
  });
});
