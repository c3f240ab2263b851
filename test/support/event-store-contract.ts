// The storage contract: every EventStore must pass the live path; SQL stores (SQLite, PostgreSQL) also fencing and the data controls.
import { describe, expect, it } from 'vitest';
import type { EventStore, ManagedEventStore } from '../../server/store/event-store';
import { FencedError } from '../../server/store/event-store';
import type { Sql } from '../../server/store/sql/sql';
import type { SessionEvent } from '../../shared/session/events';

function ev(sessionId: string, seq: number, extra: Partial<SessionEvent> = {}): SessionEvent {
  return { type: 'wave.sent', payload: { childId: 'c1' }, seq, sessionId, at: 1000 + seq, actor: { kind: 'seat', childId: 'c1' }, ...extra } as SessionEvent;
}

export function eventStoreContract(name: string, make: () => Promise<{ store: EventStore; reopen?: () => Promise<EventStore> }>): void {
  describe(`EventStore contract: ${name}`, () => {
    it('reads back what was appended, in order, with every field', async () => {
      const { store } = await make();
      const events = [
        ev('a', 1, { intentId: 'int-1' }),
        ev('a', 2),
        ev('a', 3, { type: 'eyes.changed', payload: { on: true }, actor: { kind: 'staff', staffId: 'st' } } as Partial<SessionEvent>),
      ];
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

    it('a failed batch also fails the appends of its rooms already waiting behind it (no gap in a log)', async () => {
      const { store } = await make();
      await store.append([ev('a', 1)]);
      const bad = store.append([ev('a', 1)]);
      const other = store.append([ev('b', 1)]);
      // Queued while the bad batch is collecting or in flight; built on its events, so it must not land alone.
      await Promise.resolve();
      const behind = new Promise<void>((resolve, reject) => setImmediate(() => store.append([ev('a', 2)]).then(resolve, reject)));
      await expect(bad).rejects.toThrow();
      await expect(other).rejects.toThrow();
      const settled = await behind.then(
        () => 'stored',
        () => 'failed',
      );
      // Either it was in the failed batch or behind it: never stored on its own after a failure it depended on.
      const seqs = (await store.read('a')).map((e) => e.seq);
      if (settled === 'stored') expect(seqs).toEqual([1, 2]);
      else expect(seqs).toEqual([1]);
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

/** Fencing and the children's-data controls: what only the SQL stores do, run inside real transactions. */
export function sqlEventStoreContract(name: string, make: () => Promise<{ store: ManagedEventStore; sql: Sql }>): void {
  describe(`SQL event store contract: ${name}`, () => {
    const own = (sql: Sql, sessionId: string, nodeId: string, epoch: number) =>
      sql.run(
        'INSERT INTO room_owners (session_id, node_id, epoch, claimed_at) VALUES (?, ?, ?, 0) ON CONFLICT (session_id) DO UPDATE SET node_id = excluded.node_id, epoch = excluded.epoch',
        [sessionId, nodeId, epoch],
      );

    it('stores a room’s events only while its fence matches the owner row; other rooms in the batch still land', async () => {
      const { store, sql } = await make();
      await own(sql, 'r1', 'node-a', 1);
      await own(sql, 'r2', 'node-a', 1);
      await store.append([ev('r1', 1)], { nodeId: 'node-a', epoch: 1 });
      // node-b takes r1 (a newer epoch): node-a's next commit of r1 is fenced, r2 in the same batch is not.
      await own(sql, 'r1', 'node-b', 2);
      const stale = store.append([ev('r1', 2)], { nodeId: 'node-a', epoch: 1 });
      const fine = store.append([ev('r2', 1)], { nodeId: 'node-a', epoch: 1 });
      await expect(stale).rejects.toBeInstanceOf(FencedError);
      await fine;
      expect((await store.read('r1')).map((e) => e.seq)).toEqual([1]);
      expect((await store.read('r2')).map((e) => e.seq)).toEqual([1]);
      await store.append([ev('r1', 2)], { nodeId: 'node-b', epoch: 2 });
      expect(await store.lastSeq('r1')).toBe(2);
      // The same node claiming a room again (it restarted) fences what it still held under the older epoch.
      await own(sql, 'r2', 'node-a', 2);
      await expect(store.append([ev('r2', 2)], { nodeId: 'node-a', epoch: 1 })).rejects.toBeInstanceOf(FencedError);
      expect(await store.lastSeq('r2')).toBe(1);
      // A room with no owner row at all is fenced too: nobody gave it to this node.
      await expect(store.append([ev('nobody', 1)], { nodeId: 'node-a', epoch: 1 })).rejects.toBeInstanceOf(FencedError);
      await store.close();
    });

    it('rewrites for an erasure: changed events only, every named session at once, in the caller’s transaction', async () => {
      const { store, sql } = await make();
      await store.append([
        ev('a', 1),
        ev('a', 2, { payload: { childId: 'c2' }, actor: { kind: 'seat', childId: 'c2' } } as Partial<SessionEvent>),
        ev('b', 1),
        ev('keep', 1),
      ]);
      const erase = (e: SessionEvent): SessionEvent =>
        e.actor.kind === 'seat' && e.actor.childId === 'c1' ? ({ ...e, actor: { kind: 'seat', childId: 'x' }, payload: { childId: 'x' } } as SessionEvent) : e;
      expect(await sql.transaction((tx) => store.rewriteForErasure(tx, ['a', 'b'], erase))).toBe(2);
      expect(await store.read('a')).toEqual([
        ev('a', 1, { payload: { childId: 'x' }, actor: { kind: 'seat', childId: 'x' } } as Partial<SessionEvent>),
        ev('a', 2, { payload: { childId: 'c2' }, actor: { kind: 'seat', childId: 'c2' } } as Partial<SessionEvent>),
      ]);
      expect((await store.read('b'))[0]!.actor).toEqual({ kind: 'seat', childId: 'x' });
      // A session not named keeps the child; the live path appends after a rewrite as before.
      expect((await store.read('keep'))[0]!.actor).toEqual({ kind: 'seat', childId: 'c1' });
      await store.append([ev('a', 3)]);
      expect(await store.lastSeq('a')).toBe(3);
      await store.close();
    });

    it('an erasure that moves an event, or whose transaction fails later, changes nothing', async () => {
      const { store, sql } = await make();
      await store.append([ev('a', 1), ev('a', 2)]);
      const before = await store.read('a');
      const move = (e: SessionEvent): SessionEvent => ({ ...e, seq: e.seq + 10, payload: { childId: 'x' } }) as SessionEvent;
      await expect(sql.transaction((tx) => store.rewriteForErasure(tx, ['a'], move))).rejects.toThrow(/may not move/);
      const rename = (e: SessionEvent): SessionEvent => ({ ...e, payload: { childId: 'x' } }) as SessionEvent;
      await expect(
        sql.transaction(async (tx) => {
          await store.rewriteForErasure(tx, ['a'], rename);
          throw new Error('roster row failed');
        }),
      ).rejects.toThrow('roster row failed');
      expect(await store.read('a')).toEqual(before);
      await store.close();
    });

    it('purges whole sessions and nothing else; a failed transaction purges nothing', async () => {
      const { store, sql } = await make();
      await store.append([ev('a', 1), ev('a', 2), ev('b', 1), ev('c', 1)]);
      await expect(
        sql.transaction(async (tx) => {
          await store.purgeSessions(tx, ['c']);
          throw new Error('rows failed');
        }),
      ).rejects.toThrow('rows failed');
      expect(await store.lastSeq('c')).toBe(1);
      expect(await sql.transaction((tx) => store.purgeSessions(tx, ['a', 'c', 'none']))).toBe(3);
      expect(await store.read('a')).toEqual([]);
      expect(await store.lastSeq('c')).toBe(0);
      expect((await store.read('b')).map((e) => e.seq)).toEqual([1]);
      await store.close();
    });
  });
}
