// Reads the stopped server's SQLite log (read-only): are all acked intents there, how many events were committed when.
import Database from 'better-sqlite3';

export interface LogCheck {
  /** Acked intent ids with no event in the log. */
  missing: string[];
  eventsInWindow: number;
  eventsTotal: number;
}

export function checkLog(dbFile: string, ackedIds: readonly string[], windowEpochMs: { start: number; end: number }): LogCheck {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const logged = new Set(db.prepare('SELECT intent_id FROM events WHERE intent_id IS NOT NULL').pluck().all() as string[]);
    const count = (sql: string, ...args: number[]) =>
      db
        .prepare(sql)
        .pluck()
        .get(...args) as number;
    return {
      missing: ackedIds.filter((id) => !logged.has(id)),
      eventsInWindow: count('SELECT COUNT(*) FROM events WHERE at >= ? AND at < ?', windowEpochMs.start, windowEpochMs.end),
      eventsTotal: count('SELECT COUNT(*) FROM events'),
    };
  } finally {
    db.close();
  }
}
