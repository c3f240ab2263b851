// The SQLite implementation of Sql: better-sqlite3 (synchronous) behind a queue, so an async transaction owns the one connection.
import type Database from 'better-sqlite3';
import type { Database as SqlDatabase, Sql, SqlValue } from './sql';

type Raw = Database.Database;

/**
 * better-sqlite3 runs each statement synchronously on one connection. A transaction that awaits between its
 * statements must not let anyone else's statement run inside it, so while one is open every other caller
 * waits its turn; outside transactions statements run at once.
 */
export class SqliteSql implements SqlDatabase {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Promise<void> = Promise.resolve();
  private busy = false;

  constructor(readonly raw: Raw) {}

  private prepare(text: string): Database.Statement {
    let st = this.statements.get(text);
    if (!st) {
      st = this.raw.prepare(text);
      this.statements.set(text, st);
    }
    return st;
  }

  /** Waits while a transaction holds the connection. */
  private async turn(): Promise<void> {
    while (this.busy) await this.queue;
  }

  async all<T>(text: string, params: readonly SqlValue[] = []): Promise<T[]> {
    await this.turn();
    return this.direct.all<T>(text, params);
  }
  async get<T>(text: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    await this.turn();
    return this.direct.get<T>(text, params);
  }
  async run(text: string, params: readonly SqlValue[] = []): Promise<number> {
    await this.turn();
    return this.direct.run(text, params);
  }

  async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    await this.turn();
    this.busy = true;
    let release: () => void = () => {};
    this.queue = new Promise<void>((r) => (release = r));
    try {
      this.raw.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(this.direct);
        this.raw.exec('COMMIT');
        return out;
      } catch (err) {
        if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
        throw err;
      }
    } finally {
      this.busy = false;
      release();
    }
  }

  /** The handle a transaction uses: straight to the connection, no queue (it holds the turn). */
  private readonly direct: Sql = {
    dialect: 'sqlite',
    all: async <T>(text: string, params: readonly SqlValue[] = []) => this.prepare(text).all(...params) as T[],
    get: async <T>(text: string, params: readonly SqlValue[] = []) => this.prepare(text).get(...params) as T | undefined,
    run: async (text: string, params: readonly SqlValue[] = []) => this.prepare(text).run(...params).changes,
    transaction: (fn) => fn(this.direct),
  };

  async close(): Promise<void> {
    await this.turn();
    this.raw.close();
  }
}
