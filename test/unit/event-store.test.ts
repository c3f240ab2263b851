// Runs the storage contract against the SQLite store (real file, WAL), PostgreSQL (TEST_STORE=postgres) and the in-memory store.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite, openStore } from '../../server/store/database';
import { MemoryEventStore } from '../../server/store/memory-event-store';
import { SqlEventStore } from '../../server/store/sql-event-store';
import { eventStoreContract, sqlEventStoreContract } from '../support/event-store-contract';
import { freshDatabaseUrl, testStore } from '../support/postgres';

function sqliteFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'ct-store-')), 'events.sqlite');
}

eventStoreContract('SQLite', async () => {
  const file = sqliteFile();
  let sql = openSqlite(file);
  return {
    store: new SqlEventStore(sql),
    reopen: async () => {
      await sql.close();
      sql = openSqlite(file);
      return new SqlEventStore(sql);
    },
  };
});
sqlEventStoreContract('SQLite', async () => {
  const sql = openSqlite(sqliteFile());
  return { store: new SqlEventStore(sql), sql };
});

eventStoreContract('memory', async () => ({ store: new MemoryEventStore() }));

// The same contract on PostgreSQL, each test on a database of its own, when the run tests that store.
if (testStore() === 'postgres') {
  const opened = async () => (await openStore({ databaseUrl: await freshDatabaseUrl('store'), sqliteFile: '' })).sql;
  eventStoreContract('PostgreSQL', async () => {
    const url = await freshDatabaseUrl('store');
    let sql = (await openStore({ databaseUrl: url, sqliteFile: '' })).sql;
    return {
      store: new SqlEventStore(sql),
      reopen: async () => {
        await sql.close();
        sql = (await openStore({ databaseUrl: url, sqliteFile: '' })).sql;
        return new SqlEventStore(sql);
      },
    };
  });
  sqlEventStoreContract('PostgreSQL', async () => {
    const sql = await opened();
    return { store: new SqlEventStore(sql), sql };
  });
}

describe('SQLite durability settings', () => {
  it('runs in WAL mode with synchronous=FULL', async () => {
    const sql = openSqlite(sqliteFile());
    expect(sql.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 = FULL
    expect(sql.raw.pragma('synchronous', { simple: true })).toBe(2);
    await sql.close();
  });
});
