// The research exports from hand-written logs: measures per child, the event log's placeholders and free text, local dates.
import { describe, expect, it } from 'vitest';
import { measuresCsv, measuresSps } from '../../server/review/exports';
import { eventsCsv } from '../../server/review/events-export';
import type { Child } from '../../server/store/groups-repo';
import { csvRows } from '../support/csv';
import type { SessionLog } from '../../server/review/group-logs';
import type { EventBody, SessionEvent } from '../../shared/session/events';

const roster = (...ids: string[]) => ids.map((childId) => ({ childId, nickname: childId, avatar: 'fox' as const }));

/** A session log from [at, body] rows: seq from 1, system actor unless given. */
function sessionLog(id: string, rows: [number, EventBody, SessionEvent['actor']?][]): SessionLog {
  const events = rows.map(([at, body, actor], i) => ({ ...body, seq: i + 1, sessionId: id, at, actor: actor ?? { kind: 'system' } }) as SessionEvent);
  return {
    session: { id, groupId: 'g', joinCode: null, previousJoinCode: null, screenToken: 't', status: 'ended', startedAt: rows[0]![0], endedAt: rows.at(-1)![0] },
    events,
  };
}

/** CSV text → rows of cells (our CSV: BOM, CRLF, no quoted commas in these tests). */
const table = (csv: string) =>
  csv
    .replace('\uFEFF', '')
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));
const column = (csv: string, name: string) => {
  const [head, ...rows] = table(csv);
  const i = head!.indexOf(name);
  return rows.map((r) => r[i]);
};

const T0 = Date.UTC(2026, 2, 5, 9, 0, 0);
// amy presents 12.5 s and holds the star 4 s (passed on) + 1.5 s (kept at the end); ben holds it 2 s and passes.
const SPOTLIGHT_AND_STAR = sessionLog('s1', [
  [
    T0,
    { type: 'session.started', payload: { groupId: 'g', groupName: 'G', language: 'en', ageBand: '7-12', autoApprove: true, roster: roster('amy', 'ben') } },
  ],
  [T0 + 100, { type: 'seat.granted', payload: { childId: 'amy', deviceHash: 'd1', by: 'auto' } }],
  [T0 + 200, { type: 'seat.granted', payload: { childId: 'ben', deviceHash: 'd2', by: 'auto' } }],
  [T0 + 1000, { type: 'round.started', payload: { number: 1, activity: 'spotlight', settings: {}, planIndex: null, history: {} } }],
  [T0 + 2000, { type: 'spotlight.offered', payload: { childId: 'amy', card: 'pet', by: 'scheduler' } }],
  [T0 + 3000, { type: 'spotlight.started', payload: { childId: 'amy', latencyMs: 1000 } }],
  [T0 + 15500, { type: 'spotlight.ended', payload: { childId: 'amy', durationMs: 12500, by: 'child' } }],
  [T0 + 16000, { type: 'round.ended', payload: { reason: 'staff' } }],
  [T0 + 17000, { type: 'round.started', payload: { number: 2, activity: 'pass-star', settings: {}, planIndex: null, history: {} } }],
  [T0 + 18000, { type: 'star.given', payload: { to: 'amy', by: 'staff', heldMs: null, from: null } }],
  [T0 + 22000, { type: 'star.passed', payload: { from: 'amy', to: 'ben', heldMs: 4000 } }],
  [T0 + 24000, { type: 'star.passed', payload: { from: 'ben', to: 'amy', heldMs: 2000 } }],
  [T0 + 25500, { type: 'star.kept', payload: { holder: 'amy', heldMs: 1500 } }],
  [T0 + 25500, { type: 'round.ended', payload: { reason: 'staff' } }],
  [T0 + 26000, { type: 'session.ended', payload: { reason: 'staff' } }],
]);
const CODES = new Map([
  ['amy', 'AMYCODE1'],
  ['ben', 'BENCODE2'],
]);

describe('measures.csv', () => {
  it('exports airtime (Spotlight presenting) and holding the star as separate variables, in seconds', () => {
    const csv = measuresCsv([SPOTLIGHT_AND_STAR], CODES, 'UTC');
    expect(column(csv, 'code')).toEqual(['AMYCODE1', 'BENCODE2']);
    // MEASURES §2: airtime = presentation durations only. amy 12.5 s, ben never presented.
    expect(column(csv, 'airtime_s')).toEqual(['12.5', '0']);
    // Holding the star: amy 4 + 1.5 = 5.5 s, ben 2 s.
    expect(column(csv, 'star_hold_s')).toEqual(['5.5', '2']);
    expect(table(csv)[0]).not.toContain('airtime_ms');
    const sps = measuresSps('measures.csv', 'UTC');
    expect(sps).toContain("airtime_s 'Airtime: Spotlight presenting (seconds)'");
    expect(sps).toContain("star_hold_s 'Holding the star in Pass the Star (seconds; not airtime)'");
  });
});

const child = (id: string, nickname: string, code: string, research: boolean, over: Partial<Child> = {}): Child => ({
  id,
  groupId: 'g',
  nickname,
  avatar: 'fox',
  code,
  consent: { participation: true, research },
  erased: false,
  ...over,
});

// Staff words that name children: amy and ben (consented), Bo (no research consent), Lulu (left the group),
// and ben's old nickname "Benny" from the roster the session started with.
const CHILDREN = [
  child('amy', 'Amy', 'AMYCODE1', true),
  child('ben', 'Ben', 'BENCODE2', true),
  child('bo', 'Bo', 'BOCODE03', false),
  child('lulu', '露露', 'LULUCODE', true),
];
const NOTES = sessionLog('s1', [
  [
    T0,
    {
      type: 'session.started',
      payload: {
        groupId: 'g',
        groupName: 'G',
        language: 'en',
        ageBand: '7-12',
        autoApprove: true,
        roster: [...roster('amy', 'bo', 'lulu'), { childId: 'ben', nickname: 'Benny', avatar: 'dog' }],
      },
    },
  ],
  [
    T0 + 10,
    {
      type: 'plan.set',
      payload: {
        rounds: [{ activity: 'spotlight', settings: {}, note: 'Give Bo and amy a turn first' }],
        session: { index: 0, count: 2, title: 'Benny leads', goal: 'Help 露露 speak' },
      },
    },
  ],
  [
    T0 + 20,
    { type: 'observation.tagged', payload: { id: 'tag-1', childId: 'amy', tag: 'helped-peer', note: 'AMY showed Bo and Benny the piece; Ben too. 露露笑了' } },
  ],
  [T0 + 30, { type: 'observation.tagged', payload: { id: 'tag-2', childId: 'bo', tag: 'withdrew', note: 'Bo sat apart' } }],
]);

describe('events.csv free text', () => {
  it('leaves staff free text (observation notes, plan notes, programme titles and goals) out by default', () => {
    const rows = csvRows(eventsCsv([NOTES], CHILDREN, { timeZone: 'UTC' }));
    expect(rows.map((r) => r.type)).toEqual(['session.started', 'plan.set', 'observation.tagged']);
    const text = rows.map((r) => r.payload).join('\n');
    for (const words of ['Give', 'leads', 'speak', 'showed', 'sat apart', '"note"', '"title"', '"goal"']) expect(text, words).not.toContain(words);
    expect(JSON.parse(rows[1]!.payload!)).toEqual({ rounds: [{ activity: 'spotlight', settings: {} }], session: { index: 0, count: 2 } });
    expect(JSON.parse(rows[2]!.payload!)).toEqual({ id: 'tag-1', childId: 'AMYCODE1', tag: 'helped-peer' });
  });

  it('on request keeps it, with every nickname of the group (current, former, earlier) as the code or OTHER', () => {
    const rows = csvRows(eventsCsv([NOTES], CHILDREN, { freeText: true, timeZone: 'UTC' }));
    expect(JSON.parse(rows[1]!.payload!)).toEqual({
      rounds: [{ activity: 'spotlight', settings: {}, note: 'Give OTHER and AMYCODE1 a turn first' }],
      session: { index: 0, count: 2, title: 'BENCODE2 leads', goal: 'Help LULUCODE speak' },
    });
    expect(JSON.parse(rows[2]!.payload!).note).toBe('AMYCODE1 showed OTHER and BENCODE2 the piece; BENCODE2 too. LULUCODE笑了');
    // Bo's own tag is still his alone: left out.
    expect(rows.some((r) => r.payload!.includes('sat apart'))).toBe(false);
  });
});

describe("dates in the centre's time zone", () => {
  it('measures.csv dates a session by the day it was held there, and events.csv writes local times with the offset', () => {
    // T0 is 09:00 UTC on 5 March 2026: 22:00 on 4 March in Pago Pago (UTC−11), 17:00 on 5 March in Shanghai.
    expect(column(measuresCsv([SPOTLIGHT_AND_STAR], CODES, 'Pacific/Pago_Pago'), 'date')).toEqual(['2026-03-04', '2026-03-04']);
    expect(column(measuresCsv([SPOTLIGHT_AND_STAR], CODES, 'Asia/Shanghai'), 'date')).toEqual(['2026-03-05', '2026-03-05']);
    expect(measuresSps('measures.csv', 'Asia/Shanghai')).toContain("date 'Session date (YYYY-MM-DD, Asia/Shanghai)'");
    const at = csvRows(
      eventsCsv([SPOTLIGHT_AND_STAR], [child('amy', 'Amy', 'AMYCODE1', true), child('ben', 'Ben', 'BENCODE2', true)], { timeZone: 'Pacific/Pago_Pago' }),
    ).map((r) => r.at);
    expect(at[0]).toBe('2026-03-04T22:00:00.000-11:00');
    expect(at.at(-1)).toBe('2026-03-04T22:00:26.000-11:00');
  });
});
