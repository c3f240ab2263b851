// The SQLite store forgets for real: secure_delete is on, and a purge or erasure plus the WAL scrub leaves no bytes behind.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../server/store/database';
import { SqlEventStore } from '../../server/store/sql-event-store';
import type { SqliteSql } from '../../server/store/sql/sqlite-sql';
import type { SessionEvent } from '../../shared/session/events';

function onDisk(file: string, needle: string): boolean {
  return [file, `${file}-wal`, `${file}-shm`].some((f) => existsSync(f) && readFileSync(f).includes(Buffer.from(needle)));
}

const wave = (sessionId: string, seq: number, childId: string): SessionEvent =>
  ({ type: 'wave.sent', payload: { childId }, seq, sessionId, at: seq, actor: { kind: 'seat', childId } }) as SessionEvent;

describe('forgetting on disk', () => {
  it('opens every database with secure_delete on', async () => {
    const { sql } = await openStore({ databaseUrl: undefined, sqliteFile: join(mkdtempSync(join(tmpdir(), 'h1-sd-')), 'x.sqlite') });
    expect((sql as SqliteSql).raw.pragma('secure_delete', { simple: true })).toBe(1);
    await sql.close();
  });

  it('leaves no copy of purged or rewritten events in the file, its WAL or its index', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'h1-sd-')), 'x.sqlite');
    const opened = await openStore({ databaseUrl: undefined, sqliteFile: file });
    const store = new SqlEventStore(opened.sql);
    const events = Array.from({ length: 40 }, (_, i) => wave('purge-me', i + 1, 'Marker-Purged-Kid'));
    await store.append([...events, wave('erase-in', 1, 'Marker-Erased-Kid'), wave('keep', 1, 'Marker-Kept-Kid')]);
    expect(onDisk(file, 'Marker-Purged-Kid')).toBe(true);
    await opened.sql.transaction((tx) => store.purgeSessions(tx, ['purge-me']));
    await opened.sql.transaction((tx) =>
      store.rewriteForErasure(
        tx,
        ['erase-in'],
        (e) => ({ ...e, actor: { kind: 'seat', childId: 'erased-x' }, payload: { childId: 'erased-x' } }) as SessionEvent,
      ),
    );
    await opened.scrubDisk();
    expect(onDisk(file, 'Marker-Purged-Kid')).toBe(false);
    expect(onDisk(file, 'Marker-Erased-Kid')).toBe(false);
    expect(onDisk(file, 'Marker-Kept-Kid')).toBe(true);
    await opened.sql.close();
  });
});
