// Readers outside the metrics (replay sentences, check-in CSV, past turns) read activity payloads through their schemas.
import { describe, expect, it } from 'vitest';
import { checkinEvent } from '../../shared/activities/checkin';
import { passStarEvent } from '../../shared/activities/pass-star';
import { pastTurnsByActivity } from '../../shared/session/past-turns';
import { spotlightEvent } from '../../shared/activities/spotlight';
import { checkinsCsv } from '../../server/review/exports';
import type { SessionLog } from '../../server/review/group-logs';
import { DICTIONARIES } from '../../shared/i18n';
import { describeEvent } from '../../shared/review/replay-describe';
import type { EventBody, SessionEvent } from '../../shared/session/events';
import { CHECKIN_REST } from '../support/event-fixtures';

const names = new Map([
  ['k1', 'Lili'],
  ['k2', 'Tao'],
]);
/** A stored event whose payload no longer matches its declaration (cast: the log is read as data). */
const stored = (type: string, payload: unknown) => ({ type, payload }) as unknown as EventBody;

describe('replay sentences', () => {
  it('describe a declared payload, and leave out one that does not match its declaration', () => {
    const passed = passStarEvent('star.passed', { from: 'k1', to: 'k2', heldMs: 3000 });
    expect(describeEvent(passed, names, DICTIONARIES.en)).toContain('Tao');
    expect(describeEvent(stored('star.passed', { from: 'k1', heldMs: 3000 }), names, DICTIONARIES.en)).toBeNull();
    expect(describeEvent(stored('spotlight.started', { child: 'k1', latencyMs: 1 }), names, DICTIONARIES['zh-CN'])).toBeNull();
  });
});

describe('check-in CSV', () => {
  it('has one row per declared response; a stored response missing its answers is left out, not a crash', () => {
    const body = (childId: string) =>
      checkinEvent('checkin.response', { ...CHECKIN_REST, childId, status: 'finished', answers: { q1: 'yes' }, itemScores: { q1: 1 }, total: 1 });
    const { answers: _gone, ...broken } = body('k2').payload;
    const events = [body('k1'), stored('checkin.response', broken)].map(
      (b, i) => ({ ...b, seq: i + 1, sessionId: 's', at: i, actor: { kind: 'system' } }) as SessionEvent,
    );
    const log: SessionLog = {
      session: { id: 's', groupId: 'g', joinCode: null, previousJoinCode: null, screenToken: 't', status: 'ended', startedAt: 0, endedAt: 1 },
      events,
    };
    const { csv } = checkinsCsv(
      [log],
      new Map([
        ['k1', 'C1'],
        ['k2', 'C2'],
      ]),
      'daily',
    );
    const rows = csv.replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.split(',')[0]).toBe('C1');
  });
});

describe('past turns for the fair scheduler', () => {
  it('count Spotlight presentations (a pass only moves the last time) and skip a payload without its child', () => {
    const at = (e: { type: string; payload: unknown }, ms: number) => ({ ...e, at: ms });
    const events = [
      at(spotlightEvent('spotlight.started', { childId: 'k1', latencyMs: 900 }), 10),
      at(spotlightEvent('spotlight.ended', { childId: 'k1', durationMs: 5000, by: 'child' }), 15),
      at(spotlightEvent('spotlight.passed', { childId: 'k2', latencyMs: 100, by: 'child' }), 20),
      at(stored('spotlight.started', { latencyMs: 900 }), 30),
    ];
    expect(pastTurnsByActivity(events).spotlight).toEqual({ k1: { turns: 1, lastAt: 10 }, k2: { turns: 0, lastAt: 20 } });
  });
});
