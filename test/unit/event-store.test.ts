// Runs the storage contract against the SQLite store (real file, WAL) and the in-memory store.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/store/database';
import { MemoryEventStore } from '../../server/store/memory-event-store';
import { SqliteEventStore } from '../../server/store/sqlite-event-store';
import { eventStoreContract } from '../support/event-store-contract';

function sqliteFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'ct-store-')), 'events.sqlite');
}

eventStoreContract('SQLite', async () => {
  const file = sqliteFile();
  let db = openDatabase(file);
  return {
    store: new SqliteEventStore(db),
    reopen: async () => {
      db.close();
      db = openDatabase(file);
      return new SqliteEventStore(db);
    },
  };
});

eventStoreContract('memory', async () => ({ store: new MemoryEventStore() }));

describe('SQLite durability settings', () => {
  it('runs in WAL mode with synchronous=FULL', () => {
    const db = openDatabase(sqliteFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 = FULL
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });
});
