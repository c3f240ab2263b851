// What the store holds for a data folder, read straight from the database (SQLite file or the run's PostgreSQL), not through the server.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import pg from 'pg';
import { pgTypes, toPgPlaceholders } from '../../server/store/sql/postgres-sql';
import { databaseUrlForDataDir, testStore } from './postgres';

export interface StoredEvent {
  seq: number;
  type: string;
  payload: unknown;
  at: number;
}

/** Runs one query on the data folder's database through a connection of its own (`?` placeholders). */
export async function queryStore<T>(dataDir: string, text: string, params: readonly (string | number)[] = []): Promise<T[]> {
  if (testStore() === 'postgres') {
    const client = new pg.Client({ connectionString: await databaseUrlForDataDir(dataDir), types: pgTypes });
    await client.connect();
    try {
      return (await client.query(toPgPlaceholders(text), [...params])).rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = new Database(join(dataDir, 'circletime.sqlite'), { readonly: true });
  try {
    return db.prepare(text).all(...params) as T[];
  } finally {
    db.close();
  }
}

export async function storedEvents(dataDir: string, sessionId: string, type?: string): Promise<StoredEvent[]> {
  const rows = await queryStore<{ seq: number; type: string; payload: string; at: number }>(
    dataDir,
    `SELECT seq, type, payload, at FROM events WHERE session_id = ?${type ? ' AND type = ?' : ''} ORDER BY seq`,
    type ? [sessionId, type] : [sessionId],
  );
  return rows.map((r) => ({ seq: r.seq, type: r.type, payload: JSON.parse(r.payload) as unknown, at: r.at }));
}

/** Every row of every table that mentions any of `ids` (as "table: json"), read through a second connection. */
export async function rowsMentioning(dataDir: string, ids: readonly string[]): Promise<string[]> {
  const tables =
    testStore() === 'postgres'
      ? (await queryStore<{ name: string }>(dataDir, "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'")).map((t) => t.name)
      : (await queryStore<{ name: string }>(dataDir, "SELECT name FROM sqlite_master WHERE type = 'table'")).map((t) => t.name);
  const out: string[] = [];
  for (const t of tables) {
    // The adapter's own table carries messages between nodes, not data about children.
    if (t === 'socket_io_attachments') continue;
    for (const row of await queryStore<Record<string, unknown>>(dataDir, `SELECT * FROM "${t}"`)) {
      if (ids.some((id) => JSON.stringify(row).includes(id))) out.push(`${t}: ${JSON.stringify(row)}`);
    }
  }
  return out;
}
