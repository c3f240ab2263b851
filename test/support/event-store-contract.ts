// The storage contract: every EventStore implementation must pass these (SQLite now, PostgreSQL later).
import { describe, expect, it } from 'vitest';
import type { EventStore } from '../../server/store/event-store';
import type { SessionEvent } from '../../shared/session/events';

function ev(sessionId: string, seq: number, extra: Partial<SessionEvent> = {}): SessionEvent {
  return { type: 'wave.sent', payload: { childId: 'c1' }, seq, sessionId, at: 1000 + seq, actor: { kind: 'seat', childId: 'c1' }, ...extra } as SessionEvent;
}

export function eventStoreContract(name: string, make: () => Promise<{ store: EventStore; reopen?: () => Promise<EventStore> }>): void {
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
