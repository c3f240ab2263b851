// The SQLite store forgets for real: secure_delete is on, and a purge or erasure plus the WAL scrub leaves no bytes behind.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/store/database';
import { DataControlsRepo } from '../../server/store/data-controls-repo';
import { SqliteEventStore } from '../../server/store/sqlite-event-store';
import type { SessionEvent } from '../../shared/session/events';

function onDisk(file: string, needle: string): boolean {
  return [file, `${file}-wal`, `${file}-shm`].some((f) => existsSync(f) && readFileSync(f).includes(Buffer.from(needle)));
}

const wave = (sessionId: string, seq: number, childId: string): SessionEvent =>
  ({ type: 'wave.sent', payload: { childId }, seq, sessionId, at: seq, actor: { kind: 'seat', childId } }) as SessionEvent;

describe('forgetting on disk', () => {
  it('opens every database with secure_delete on', () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'h1-sd-')), 'x.sqlite'));
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });

  it('leaves no copy of purged or rewritten events in the file, its WAL or its index', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'h1-sd-')), 'x.sqlite');
    const db = openDatabase(file);
    const store = new SqliteEventStore(db);
    const rows = new DataControlsRepo(db);
    const events = Array.from({ length: 40 }, (_, i) => wave('purge-me', i + 1, 'Marker-Purged-Kid'));
    await store.append([...events, wave('erase-in', 1, 'Marker-Erased-Kid'), wave('keep', 1, 'Marker-Kept-Kid')]);
    expect(onDisk(file, 'Marker-Purged-Kid')).toBe(true);
    await store.purgeSessions(['purge-me']);
    await store.rewriteForErasure(['erase-in'], (e) => ({ ...e, actor: { kind: 'seat', childId: 'erased-x' }, payload: { childId: 'erased-x' } }) as SessionEvent);
    rows.scrubDisk();
    expect(onDisk(file, 'Marker-Purged-Kid')).toBe(false);
    expect(onDisk(file, 'Marker-Erased-Kid')).toBe(false);
    expect(onDisk(file, 'Marker-Kept-Kid')).toBe(true);
    db.close();
  });
});
