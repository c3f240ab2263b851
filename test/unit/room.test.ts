// The room authority driven in-process: several simulated tablets, a screen and a console, no sockets.
import { describe, expect, it, vi } from 'vitest';
import type { ConsoleView, ScreenView, TabletView } from '../../shared/session/views';
import { Room } from '../../server/rooms/room';
import { MemoryEventStore } from '../../server/store/memory-event-store';
import type { EventStore } from '../../server/store/event-store';
import type { SessionEvent } from '../../shared/session/events';
import { LocalClient, localSession } from '../support/local-transport';

const tablet = (id: string) => new LocalClient(id, { kind: 'tablet', deviceHash: `hash-${id}` });

describe('room (in-process transport)', () => {
  it('seats three tablets, shows them on the screen, and logs every event', async () => {
    const { room, store } = await localSession(true);
    const screen = new LocalClient('screen', { kind: 'screen' });
    room.attach(screen);
    const tablets = ['t1', 't2', 't3'].map(tablet);
    for (const t of tablets) room.attach(t);
    const results = await Promise.all(tablets.map((t, i) => room.submit(t.who, { id: `claim-${i}`, type: 'seat.claim', childId: `c${i + 1}` })));
    expect(results.every((r) => r.ok)).toBe(true);
    const view = await screen.until<ScreenView>((v) => v.seats.every((s) => s.seated && s.connected));
    expect(view.code).toBe('4321');
    expect((await tablets[1]!.until<TabletView>((v) => v.status === 'seated')).me?.childId).toBe('c2');
    const log = await store.read('local-1');
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    expect(log.filter((e) => e.type === 'seat.granted')).toHaveLength(3);
  });

  it('ignores a repeated intent id and answers with the original seq', async () => {
    const { room, store } = await localSession(true);
    const t = tablet('t1');
    room.attach(t);
    await room.submit(t.who, { id: 'claim-1', type: 'seat.claim', childId: 'c1' });
    const first = await room.submit(t.who, { id: 'wave-0001', type: 'wave' });
    const again = await room.submit(t.who, { id: 'wave-0001', type: 'wave' });
    expect(first.ok && again.ok && again.seq === first.seq && again.duplicate).toBe(true);
    expect((await store.read('local-1')).filter((e) => e.type === 'wave.sent')).toHaveLength(1);
  });

  it('a rejected intent changes nothing and sends nothing new', async () => {
    const { room, store } = await localSession(true);
    const a = tablet('a');
    const b = tablet('b');
    room.attach(a);
    room.attach(b);
    await room.submit(a.who, { id: 'claim-a1', type: 'seat.claim', childId: 'c1' });
    await b.until<TabletView>((v) => v.choices.some((c) => c.childId === 'c1' && !c.available));
    const before = { version: room.version, log: (await store.read('local-1')).length, views: b.views.length };
    expect(await room.submit(b.who, { id: 'claim-b1', type: 'seat.claim', childId: 'c1' })).toEqual({ ok: false, code: 'seat.taken' });
    expect({ version: room.version, log: (await store.read('local-1')).length, views: b.views.length }).toEqual(before);
  });

  it('tracks presence: a drop is logged, a return is logged, the console sees both', async () => {
    const { room, clock } = await localSession(true);
    const consoleClient = new LocalClient('console', { kind: 'staff', staffId: 'st1' });
    room.attach(consoleClient);
    const t = tablet('t1');
    room.attach(t);
    await room.submit(t.who, { id: 'claim-p1', type: 'seat.claim', childId: 'c1' });
    clock.now += 5000;
    room.detach(t.id);
    const dropped = await consoleClient.until<ConsoleView>((v) => v.seats[0]!.seated && !v.seats[0]!.connected);
    expect(dropped.seats[0]!.since).toBe(clock.now);
    const back = tablet('t1');
    room.attach(back);
    await consoleClient.until<ConsoleView>((v) => v.seats[0]!.connected);
    expect((await back.until<TabletView>((v) => v.status === 'seated')).me?.childId).toBe('c1');
  });

  it('eyes on me reaches every tablet, and ending closes every client', async () => {
    const { room, ended } = await localSession(true);
    const staff = { kind: 'staff' as const, staffId: 'st1' };
    const ts = ['t1', 't2'].map(tablet);
    for (const t of ts) room.attach(t);
    expect((await room.submit(staff, { id: 'eyes-0001', type: 'eyes.set', on: true })).ok).toBe(true);
    for (const t of ts) await t.until<TabletView>((v) => v.eyesOn);
    expect((await room.submit(staff, { id: 'end-00001', type: 'session.end' })).ok).toBe(true);
    for (const t of ts) {
      await t.untilClosed();
      expect((t.last as TabletView).status).toBe('ended');
    }
    expect(ended).toEqual([room]);
  });

  it('a room rebuilt from its log has the same state, with seats marked disconnected', async () => {
    const store = new MemoryEventStore();
    const { room } = await localSession(true, store);
    const t = tablet('t1');
    room.attach(t);
    await room.submit(t.who, { id: 'claim-r1', type: 'seat.claim', childId: 'c3' });
    await room.submit(t.who, { id: 'react-r1', type: 'reaction', kind: 'star' });
    const rebuilt = await Room.load('local-1', { store, now: () => 1, code: '4321', joinUrl: 'x', onEnded: () => {}, presenceGraceMs: 0 });
    expect(rebuilt.snapshot.seats.c3?.deviceHash).toBe('hash-t1');
    // Nobody came back within the grace window: the seat is logged as disconnected.
    await vi.waitFor(() => expect(rebuilt.snapshot.seats.c3?.connected).toBe(false));
    // The repeated intent is still recognised after the rebuild.
    const again = await rebuilt.submit(t.who, { id: 'react-r1', type: 'reaction', kind: 'star' });
    expect(again).toMatchObject({ ok: true, duplicate: true });
  });

  it('a rebuilt room gives tablets a grace window: one back in time keeps its seat without a presence event, one not back is logged gone after it', async () => {
    const store = new MemoryEventStore();
    const { room, clock } = await localSession(true, store);
    const t1 = tablet('t1');
    const t2 = tablet('t2');
    room.attach(t1);
    room.attach(t2);
    await room.submit(t1.who, { id: 'claim-g1', type: 'seat.claim', childId: 'c1' });
    await room.submit(t2.who, { id: 'claim-g2', type: 'seat.claim', childId: 'c2' });
    const before = (await store.read('local-1')).length;
    // The grace window runs on the room's clock and its timer: both moved by the test, never the wall clock.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const rebuilt = await Room.load('local-1', { store, now: () => clock.now, code: '4321', joinUrl: 'x', onEnded: () => {}, presenceGraceMs: 150 });
      // Only t1 comes back, within the window: nothing about it is logged, so no activity reshuffles.
      rebuilt.attach(tablet('t1'));
      clock.now += 149;
      await vi.advanceTimersByTimeAsync(149);
      expect((await store.read('local-1', before)).filter((e) => e.type === 'presence.changed')).toEqual([]);
      clock.now += 1;
      await vi.advanceTimersByTimeAsync(1);
      await vi.waitFor(async () => expect((await store.read('local-1')).filter((e) => e.type === 'presence.changed').length).toBeGreaterThan(0), {
        timeout: 2000,
      });
      const presence = (await store.read('local-1', before)).filter((e) => e.type === 'presence.changed').map((e) => e.payload);
      expect(presence).toEqual([{ childId: 'c2', connected: false, reason: 'restart' }]);
      expect(rebuilt.snapshot.seats.c1?.connected).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failed commit acknowledges nothing and the room falls back to its log', async () => {
    const inner = new MemoryEventStore();
    let failNext = false;
    const flaky: EventStore = {
      append: (events: readonly SessionEvent[]) => (failNext ? ((failNext = false), Promise.reject(new Error('disk full'))) : inner.append(events)),
      read: (id, after) => inner.read(id, after),
      lastSeq: (id) => inner.lastSeq(id),
      close: () => inner.close(),
    };
    const { room } = await localSession(true, flaky);
    const t = tablet('t1');
    room.attach(t);
    await room.submit(t.who, { id: 'claim-f1', type: 'seat.claim', childId: 'c1' });
    const version = room.version;
    failNext = true;
    expect(await room.submit(t.who, { id: 'wave-f001', type: 'wave' })).toEqual({ ok: false, code: 'server.error' });
    expect(room.version).toBe(version);
    expect((t.last as TabletView).status).toBe('seated');
    expect((await room.submit(t.who, { id: 'wave-f001', type: 'wave' })).ok).toBe(true);
  });

  it('a duplicate waiting on a commit that fails is answered server.error, never ok for an event not stored', async () => {
    const inner = new MemoryEventStore();
    let gate: { reject: (err: Error) => void } | null = null;
    let holdNext = false;
    const held: EventStore = {
      append: (events: readonly SessionEvent[]) => {
        if (!holdNext) return inner.append(events);
        holdNext = false;
        return new Promise<void>((_resolve, reject) => (gate = { reject }));
      },
      read: (id, after) => inner.read(id, after),
      lastSeq: (id) => inner.lastSeq(id),
      close: () => inner.close(),
    };
    const { room } = await localSession(true, held);
    const t = tablet('t1');
    room.attach(t);
    await room.submit(t.who, { id: 'claim-d1', type: 'seat.claim', childId: 'c1' });
    holdNext = true;
    const first = room.submit(t.who, { id: 'wave-d001', type: 'wave' });
    // A retry after a reconnect: the same id while the first commit is still in flight.
    const retry = room.submit(t.who, { id: 'wave-d001', type: 'wave' });
    gate!.reject(new Error('disk full'));
    expect(await first).toEqual({ ok: false, code: 'server.error' });
    // The next event takes the failed event's seq; the retry must not be answered ok by its commit.
    const next = await room.submit(t.who, { id: 'wave-d002', type: 'wave' });
    expect(next.ok).toBe(true);
    expect(await retry).toEqual({ ok: false, code: 'server.error' });
    expect((await inner.read('local-1')).some((e) => e.intentId === 'wave-d001')).toBe(false);
  });

  it('views show the last commit even while later events wait for theirs; a newcomer gets one at once', async () => {
    const inner = new MemoryEventStore();
    const gates: (() => void)[] = [];
    let hold = false;
    const held: EventStore = {
      append: (events: readonly SessionEvent[]) =>
        hold ? new Promise<void>((resolve) => gates.push(() => void inner.append(events).then(resolve))) : inner.append(events),
      read: (id, after) => inner.read(id, after),
      lastSeq: (id) => inner.lastSeq(id),
      close: () => inner.close(),
    };
    const { room } = await localSession(true, held);
    const screen = new LocalClient('screen', { kind: 'screen' });
    room.attach(screen);
    const t = tablet('t1');
    room.attach(t);
    await room.submit(t.who, { id: 'claim-v1', type: 'seat.claim', childId: 'c1' });
    const committed = (await inner.read('local-1')).length;
    // A steady stream: the room always has an event folded whose commit is still on its way.
    hold = true;
    const a = room.submit(t.who, { id: 'wave-v001', type: 'wave' });
    const b = room.submit(t.who, { id: 'wave-v002', type: 'wave' });
    expect(gates).toHaveLength(2);
    const seen = screen.views.length;
    const newcomer = tablet('t2');
    room.attach(newcomer);
    expect(newcomer.views.at(-1)?.version).toBe(committed);
    expect((newcomer.views.at(-1)!.view as TabletView).status).toBe('choosing');
    gates[0]!();
    await a;
    // The first wave is in the log: the screen sees it, though the second is still uncommitted.
    expect(screen.views.slice(seen).map((v) => v.version)).toEqual([committed + 1]);
    gates[1]!();
    await b;
    expect(screen.views.at(-1)?.version).toBe(committed + 2);
    // No view ever showed a version the log did not have yet.
    expect(Math.max(...screen.views.map((v) => v.version))).toBe((await inner.read('local-1')).length);
  });
});
