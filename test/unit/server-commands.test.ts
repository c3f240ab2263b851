// Commands the server issues itself follow the console's rules: an end closes the running round; an ended session takes none.
import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/session/rules';
import { decideCommand, type ServerCommand } from '../../shared/session/server-commands';
import { ROSTER, started, stateFrom } from '../support/session-fixtures';

const inRound = () =>
  stateFrom([
    started(true),
    { type: 'seat.granted', payload: { childId: 'c1', deviceHash: 'd1', by: 'auto' } },
    { type: 'round.started', payload: { number: 1, activity: 'spotlight', settings: {}, planIndex: null, history: {} } },
  ]);

describe('server commands', () => {
  it("an end closes the running round before the session, with the same events as the console's End", () => {
    const now = 2_000_000;
    const byServer = decideCommand(inRound(), { type: 'session.end' }, now);
    expect(byServer.ok && byServer.events.map((e) => e.type).slice(-2)).toEqual(['round.ended', 'session.ended']);
    const byConsole = decide(inRound(), { id: 'i-000001', type: 'session.end' }, { kind: 'staff', staffId: 'st1' }, now);
    expect(byConsole.ok && byConsole.events).toEqual(byServer.ok && byServer.events);
  });

  it('an ended session takes no roster sync, plan or second end', () => {
    const ended = stateFrom([started(true), { type: 'session.ended', payload: { reason: 'staff' } }]);
    const commands: ServerCommand[] = [{ type: 'session.end' }, { type: 'roster.sync', roster: ROSTER }, { type: 'plan.set', rounds: [] }];
    for (const command of commands) {
      expect(decideCommand(ended, command, 0)).toEqual({ ok: false, code: 'session.ended' });
    }
  });

  it('a roster sync logs the new snapshot as it is', () => {
    const roster = [...ROSTER, { childId: 'c4', nickname: 'Lulu', avatar: 'owl' as const }];
    expect(decideCommand(stateFrom([started(true)]), { type: 'roster.sync', roster }, 0)).toEqual({
      ok: true,
      events: [{ type: 'roster.synced', payload: { roster } }],
    });
  });
});
