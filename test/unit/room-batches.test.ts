// The room's batches in-process: one message object per recipient kind, each wave to the screens alone, and a
// catch-up from before the room's memory read from the log (the newest CATCHUP_MAX_EVENTS, marked truncated).
import { describe, expect, it } from 'vitest';
import { CATCHUP_MAX_EVENTS } from '../../shared/protocol/limits';
import type { BatchMessage } from '../../shared/protocol/messages';
import type { EventBody } from '../../shared/session/events';
import { Room } from '../../server/rooms/room';
import type { RoomClient } from '../../server/rooms/room-client';
import type { PreEncoded } from '../../server/realtime/json-parser';
import { MemoryEventStore } from '../../server/store/memory-event-store';
import { LocalClient, localSession } from '../support/local-transport';
import { ROSTER } from '../support/session-fixtures';

/** Keeps the very message objects the room hands over, to see which sockets share one. */
class RawClient implements RoomClient {
  readonly sent: PreEncoded[] = [];
  constructor(
    readonly id: string,
    readonly who: RoomClient['who'],
  ) {}
  sendHello(): void {}
  sendBatch(message: PreEncoded): void {
    this.sent.push(message);
  }
  close(): void {}
  moved(): void {}
  batch(i: number): BatchMessage {
    return JSON.parse(this.sent.at(i)!.json) as BatchMessage;
  }
}

describe('room batches', () => {
  it('sends one message object to every screen and every console, and a wave to the screens alone', async () => {
    const { room } = await localSession(true);
    const screens = [new RawClient('s1', { kind: 'screen' }), new RawClient('s2', { kind: 'screen' })];
    const consoles = [new RawClient('c1', { kind: 'staff', staffId: 'st1' }), new RawClient('c2', { kind: 'staff', staffId: 'st1' })];
    const tablets = [new RawClient('t1', { kind: 'tablet', deviceHash: 'h1' }), new RawClient('t2', { kind: 'tablet', deviceHash: 'h2' })];
    for (const c of [...screens, ...consoles, ...tablets]) room.attach(c);
    await room.submit(tablets[0]!.who, { id: 'claim-1', type: 'seat.claim', childId: 'c1' });
    await room.submit(tablets[1]!.who, { id: 'claim-2', type: 'seat.claim', childId: 'c2' });
    await new Promise((r) => setImmediate(r));
    const counts = [...screens, ...consoles, ...tablets].map((c) => c.sent.length);
    expect(screens[0]!.sent.at(-1)).toBe(screens[1]!.sent.at(-1));
    expect(consoles[0]!.sent.at(-1)).toBe(consoles[1]!.sent.at(-1));

    const wave = await room.submit(tablets[0]!.who, { id: 'wave-1', type: 'wave' });
    await new Promise((r) => setImmediate(r));
    // The screens got one more batch (the same object), holding the wave and no view; the tablets nothing.
    expect(screens.map((c) => c.sent.length)).toEqual(counts.slice(0, 2).map((n) => n + 1));
    expect(screens[0]!.sent.at(-1)).toBe(screens[1]!.sent.at(-1));
    const b = screens[0]!.batch(-1);
    expect(b.events.map((e) => [e.seq, e.type])).toEqual([[wave.ok ? wave.seq : -1, 'wave.sent']]);
    expect(b.view).toBeUndefined();
    expect(tablets.map((c) => c.sent.length)).toEqual(counts.slice(4));
    // The consoles one more (the same object): not the wave (a screen's moment) but the numbers it changed.
    expect(consoles.map((c) => c.sent.length)).toEqual(counts.slice(2, 4).map((n) => n + 1));
    expect(consoles[0]!.sent.at(-1)).toBe(consoles[1]!.sent.at(-1));
    const m = consoles[0]!.batch(-1);
    expect(m.events).toEqual([]);
    expect(m.metrics && 'delta' in m.metrics ? [m.metrics.version, m.metrics.delta.children.map((c) => [c.childId, c.waves])] : null).toEqual([
      wave.ok ? wave.seq : -1,
      [['c1', 1]],
    ]);
  });

  it('a catch-up from before what the room holds in memory is read from the log: the newest events, marked truncated', async () => {
    const store = new MemoryEventStore();
    const started: EventBody = {
      type: 'session.started',
      payload: { groupId: 'g1', groupName: 'Sunflowers', language: 'en', ageBand: '7-12', autoApprove: true, roster: ROSTER },
    };
    const bodies: EventBody[] = [started, { type: 'seat.granted', payload: { childId: 'c1', deviceHash: 'h1', by: 'auto' } }];
    const waves = CATCHUP_MAX_EVENTS + 40;
    for (let i = 0; i < waves; i++) bodies.push({ type: 'wave.sent', payload: { childId: 'c1' } });
    await store.append(bodies.map((b, i) => ({ ...b, seq: i + 1, sessionId: 'local-1', at: 1000 + i, actor: { kind: 'system' } }) as never));
    const room = await Room.load('local-1', { store, now: () => 5000, code: '4321', joinUrl: 'x', onEnded: () => {}, presenceGraceMs: 60_000 });
    const last = bodies.length;

    // The room keeps the newest CATCHUP_MAX_EVENTS: a page that saw up to seq 3 needs older ones from the log.
    const screen = new LocalClient('screen', { kind: 'screen' });
    room.attach(screen, 3);
    await screen.until((v) => v.kind === 'screen');
    const [catchup] = screen.batches;
    expect(catchup).toMatchObject({ fromSeq: 3, toSeq: last, catchup: true, truncated: true });
    expect(catchup!.events).toHaveLength(CATCHUP_MAX_EVENTS);
    expect(catchup!.events.map((e) => e.seq)).toEqual(Array.from({ length: CATCHUP_MAX_EVENTS }, (_, i) => last - CATCHUP_MAX_EVENTS + 1 + i));
    // Not animated: a catch-up's waves are history.
    expect(screen.last!.kind === 'screen' && screen.last!.moments).toEqual([]);

    // One that saw recent events is served from memory, every one of them, not truncated.
    const recent = new LocalClient('screen-2', { kind: 'screen' });
    room.attach(recent, last - 10);
    const [fromMemory] = recent.batches;
    expect(fromMemory).toMatchObject({ fromSeq: last - 10, toSeq: last, catchup: true });
    expect(fromMemory!.truncated).toBeUndefined();
    expect(fromMemory!.events.map((e) => e.seq)).toEqual(Array.from({ length: 10 }, (_, i) => last - 9 + i));
    // A console is sent no waves: its catch-up of that stretch is empty, but still says where it stands.
    const consoleClient = new LocalClient('console', { kind: 'staff', staffId: 'st1' });
    room.attach(consoleClient, last - 10);
    expect(consoleClient.batches[0]).toMatchObject({ fromSeq: last - 10, toSeq: last, events: [] });
  });
});
