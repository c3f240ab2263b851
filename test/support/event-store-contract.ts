// The storage contract: every EventStore implementation must pass these (SQLite now, PostgreSQL later), data controls included.
import { describe, expect, it } from 'vitest';
import type { ManagedEventStore } from '../../server/store/event-store';
import type { SessionEvent } from '../../shared/session/events';

function ev(sessionId: string, seq: number, extra: Partial<SessionEvent> = {}): SessionEvent {
  return { type: 'wave.sent', payload: { childId: 'c1' }, seq, sessionId, at: 1000 + seq, actor: { kind: 'seat', childId: 'c1' }, ...extra } as SessionEvent;
}

export function eventStoreContract(name: string, make: () => Promise<{ store: ManagedEventStore; reopen?: () => Promise<ManagedEventStore> }>): void {
  describe(`EventStore contract: ${name}`, () => {
    it('reads back what was appended, in order, with every field', async () => {
      const { store } = await make();
      const events = [ev('a', 1, { intentId: 'int-1' }), ev('a', 2), ev('a', 3, { type: 'eyes.changed', payload: { on: true }, actor: { kind: 'staff', staffId: 'st' } } as Partial<SessionEvent>)];
      await store.append(events);
      expect(await store.read('a')).toEqual(events);
      expect(await store.read('a', 2)).toEqual([events[2]]);
      expect(await store.lastSeq('a')).toBe(3);
      await store.close();
    });

    it('keeps sessions apart', async () => {
      const { store } = await make();
      await Promise.all([store.append([ev('a', 1)]), store.append([ev('b', 1), ev('b', 2)])]);
      expect((await store.read('a')).map((e) => e.seq)).toEqual([1]);
      expect((await store.read('b')).map((e) => e.seq)).toEqual([1, 2]);
      expect(await store.lastSeq('none')).toBe(0);
      expect(await store.read('none')).toEqual([]);
      await store.close();
    });

    it('commits appends of one tick together, and a conflicting batch writes nothing', async () => {
      const { store } = await make();
      await store.append([ev('a', 1)]);
      const good = store.append([ev('a', 2)]);
      const bad = store.append([ev('a', 1)]);
      // One transaction per tick: the duplicate dooms the whole group commit.
      await expect(good).rejects.toThrow();
      await expect(bad).rejects.toThrow();
      expect((await store.read('a')).map((e) => e.seq)).toEqual([1]);
      await store.append([ev('a', 2)]);
      expect(await store.lastSeq('a')).toBe(2);
      await store.close();
    });

    it('many concurrent appends across sessions all land', async () => {
      const { store } = await make();
      const appends: Promise<void>[] = [];
      for (let seq = 1; seq <= 50; seq++) for (const s of ['x', 'y', 'z']) appends.push(store.append([ev(s, seq)]));
      await Promise.all(appends);
      for (const s of ['x', 'y', 'z']) expect(await store.lastSeq(s)).toBe(50);
      await store.close();
    });

    it('rewrites for an erasure: changed events only, every named session at once, alongside in the same step', async () => {
      const { store } = await make();
      await store.append([ev('a', 1), ev('a', 2, { payload: { childId: 'c2' }, actor: { kind: 'seat', childId: 'c2' } } as Partial<SessionEvent>), ev('b', 1), ev('keep', 1)]);
      let alongside = 0;
      const erase = (e: SessionEvent): SessionEvent => (e.actor.kind === 'seat' && e.actor.childId === 'c1' ? ({ ...e, actor: { kind: 'seat', childId: 'x' }, payload: { childId: 'x' } } as SessionEvent) : e);
      expect(await store.rewriteForErasure(['a', 'b'], erase, () => alongside++)).toBe(2);
      expect(alongside).toBe(1);
      expect(await store.read('a')).toEqual([ev('a', 1, { payload: { childId: 'x' }, actor: { kind: 'seat', childId: 'x' } } as Partial<SessionEvent>), ev('a', 2, { payload: { childId: 'c2' }, actor: { kind: 'seat', childId: 'c2' } } as Partial<SessionEvent>)]);
      expect((await store.read('b'))[0]!.actor).toEqual({ kind: 'seat', childId: 'x' });
      // A session not named keeps the child; the live path appends after a rewrite as before.
      expect((await store.read('keep'))[0]!.actor).toEqual({ kind: 'seat', childId: 'c1' });
      await store.append([ev('a', 3)]);
      expect(await store.lastSeq('a')).toBe(3);
      await store.close();
    });

    it('an erasure that moves an event, or whose alongside step fails, changes nothing', async () => {
      const { store } = await make();
      await store.append([ev('a', 1), ev('a', 2)]);
      const before = await store.read('a');
      const move = (e: SessionEvent): SessionEvent => ({ ...e, seq: e.seq + 10, payload: { childId: 'x' } }) as SessionEvent;
      await expect(store.rewriteForErasure(['a'], move)).rejects.toThrow(/may not move/);
      const rename = (e: SessionEvent): SessionEvent => ({ ...e, payload: { childId: 'x' } }) as SessionEvent;
      await expect(
        store.rewriteForErasure(['a'], rename, () => {
          throw new Error('roster row failed');
        }),
      ).rejects.toThrow('roster row failed');
      expect(await store.read('a')).toEqual(before);
      await store.close();
    });

    it('purges whole sessions and nothing else; a failed alongside step purges nothing', async () => {
      const { store } = await make();
      await store.append([ev('a', 1), ev('a', 2), ev('b', 1), ev('c', 1)]);
      await expect(
        store.purgeSessions(['c'], () => {
          throw new Error('rows failed');
        }),
      ).rejects.toThrow('rows failed');
      expect(await store.lastSeq('c')).toBe(1);
      let alongside = 0;
      expect(await store.purgeSessions(['a', 'c', 'none'], () => alongside++)).toBe(3);
      expect(alongside).toBe(1);
      expect(await store.read('a')).toEqual([]);
      expect(await store.lastSeq('c')).toBe(0);
      expect((await store.read('b')).map((e) => e.seq)).toEqual([1]);
      await store.close();
    });

    it('what was acknowledged survives reopening', async () => {
      const { store, reopen } = await make();
      if (!reopen) return;
      await store.append([ev('a', 1), ev('a', 2)]);
      await store.close();
      const again = await reopen();
      expect((await again.read('a')).map((e) => e.seq)).toEqual([1, 2]);
      await again.close();
    });
  });
}
