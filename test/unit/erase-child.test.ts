// Erasing a child from logged events: placeholder everywhere the child was named, counts and answers kept, nothing else touched.
import { describe, expect, it } from 'vitest';
import { participation } from '../../shared/metrics';
import { ERASED_DEVICE, ERASED_MENTION, eraseChildFromEvent, scrubFreeText, scrubMention } from '../../shared/privacy/erase-child';
import type { Actor, SessionEvent } from '../../shared/session/events';

const target = { childId: 'kid-aaaa1111', placeholderId: 'erased-zzzz', nickname: 'Mimi' };
let seq = 0;
function ev(type: string, payload: unknown, actor: Actor = { kind: 'system' }): SessionEvent {
  seq += 1;
  return { sessionId: 's1', seq, at: 1000 * seq, type, payload, actor } as SessionEvent;
}

const roster = [
  { childId: 'kid-aaaa1111', nickname: 'Mimi', avatar: 'cat' },
  { childId: 'kid-bbbb2222', nickname: 'Bo', avatar: 'dog' },
];
const log: SessionEvent[] = [
  ev(
    'session.started',
    { groupId: 'g', groupName: 'Sunflowers', language: 'en', ageBand: '7-12', autoApprove: true, roster },
    { kind: 'staff', staffId: 'st' },
  ),
  ev('plan.set', {
    rounds: [{ activity: 'spotlight', settings: {}, note: 'Ask mimi about her cat' }],
    session: { index: 0, count: 2, title: 'Meet Mimi', goal: 'Names' },
  }),
  ev('seat.requested', { childId: 'kid-aaaa1111', deviceHash: 'dev-hash-1' }, { kind: 'seat', childId: 'kid-aaaa1111' }),
  ev('seat.granted', { childId: 'kid-bbbb2222', deviceHash: 'dev-hash-2', by: 'auto' }, { kind: 'seat', childId: 'kid-bbbb2222' }),
  ev('round.started', {
    number: 1,
    activity: 'pass-star',
    settings: {},
    planIndex: null,
    history: { 'kid-aaaa1111': { turns: 2 }, 'kid-bbbb2222': { turns: 1 } },
  }),
  ev('star.given', { to: 'kid-aaaa1111', by: 'staff', heldMs: null, from: null }),
  ev('star.passed', { from: 'kid-aaaa1111', to: 'kid-bbbb2222', heldMs: 4000 }, { kind: 'seat', childId: 'kid-aaaa1111' }),
  ev('reaction.sent', { childId: 'kid-bbbb2222', kind: 'clap', to: 'kid-aaaa1111' }, { kind: 'seat', childId: 'kid-bbbb2222' }),
  ev('observation.tagged', { id: 'o1', childId: 'kid-aaaa1111', tag: 'encouraged', note: 'Mimi cheered' }, { kind: 'staff', staffId: 'st' }),
  ev('observation.tagged', { id: 'o2', childId: 'kid-bbbb2222', tag: 'helped-peer', note: 'helped MIMI with the puzzle' }, { kind: 'staff', staffId: 'st' }),
  ev('build.completed', { by: ['kid-bbbb2222', 'kid-aaaa1111'], durationMs: 5000 }),
  ev(
    'checkin.response',
    {
      childId: 'kid-aaaa1111',
      instrumentId: 'rses',
      version: 'v',
      status: 'finished',
      answers: { worth: 'agree' },
      skipped: [],
      itemMs: { worth: 900 },
      itemScores: { worth: 3 },
      total: 3,
      changes: 0,
      durationMs: 2000,
      language: 'en',
    },
    { kind: 'seat', childId: 'kid-aaaa1111' },
  ),
];

describe('eraseChildFromEvent', () => {
  const erased = log.map((e) => eraseChildFromEvent(e, target));
  const text = JSON.stringify(erased);

  it('leaves no trace of the child: no id, no nickname, no device, no note about them', () => {
    expect(text).not.toContain('kid-aaaa1111');
    expect(text.toLowerCase()).not.toContain('mimi');
    expect(text).not.toContain('dev-hash-1');
    expect((erased[0]!.payload as { roster: unknown[] }).roster).toEqual([
      { childId: 'erased-zzzz', nickname: '', avatar: 'cat' },
      { childId: 'kid-bbbb2222', nickname: 'Bo', avatar: 'dog' },
    ]);
    expect(erased[2]).toMatchObject({ actor: { kind: 'seat', childId: 'erased-zzzz' }, payload: { childId: 'erased-zzzz', deviceHash: ERASED_DEVICE } });
    expect(erased[8]!.payload).toEqual({ id: 'o1', childId: 'erased-zzzz', tag: 'encouraged' });
    expect(erased[9]!.payload).toMatchObject({ note: `helped ${ERASED_MENTION} with the puzzle` });
    expect(erased[1]!.payload).toMatchObject({ rounds: [{ note: `Ask ${ERASED_MENTION} about her cat` }], session: { title: `Meet ${ERASED_MENTION}` } });
  });

  it('keeps every number, answer, key and other child, so the totals stay the same', () => {
    expect(erased[4]!.payload).toMatchObject({ history: { 'erased-zzzz': { turns: 2 }, 'kid-bbbb2222': { turns: 1 } } });
    expect(erased[6]).toMatchObject({ payload: { from: 'erased-zzzz', to: 'kid-bbbb2222', heldMs: 4000 } });
    expect(erased[10]!.payload).toEqual({ by: ['kid-bbbb2222', 'erased-zzzz'], durationMs: 5000 });
    expect(erased[11]!.payload).toMatchObject({ childId: 'erased-zzzz', answers: { worth: 'agree' }, itemScores: { worth: 3 }, total: 3 });
    // Seq, session, time and type never change.
    expect(erased.map((e) => [e.sessionId, e.seq, e.at, e.type])).toEqual(log.map((e) => [e.sessionId, e.seq, e.at, e.type]));
    const before = participation(log, ['kid-aaaa1111', 'kid-bbbb2222']);
    const after = participation(erased, ['erased-zzzz', 'kid-bbbb2222']);
    expect(JSON.stringify(after).replaceAll('erased-zzzz', 'kid-aaaa1111')).toBe(JSON.stringify(before));
  });

  it('returns events that do not name the child unchanged, and never mutates its input', () => {
    const copy = structuredClone(log);
    const other = log[3]!;
    expect(eraseChildFromEvent(other, target)).toBe(other);
    expect(log).toEqual(copy);
  });
});

describe('free text', () => {
  it('clears the nickname in any case and script, and nothing else', () => {
    expect(scrubMention('Mimi and mimi, MIMI!', 'Mimi')).toBe('… and …, …!');
    expect(scrubMention('小星星今天很勇敢', '小星星')).toBe('…今天很勇敢');
    expect(scrubMention('a+b (x)', 'a+b')).toBe('… (x)');
    expect(scrubMention('unchanged', '  ')).toBe('unchanged');
    // Only free-text keys: ids and card names with the same letters stay.
    expect(scrubFreeText({ note: 'Mimi', card: 'Mimi', sessions: [{ goal: 'see Mimi', title: 'x' }] }, 'Mimi')).toEqual({
      note: '…',
      card: 'Mimi',
      sessions: [{ goal: 'see …', title: 'x' }],
    });
  });
});
