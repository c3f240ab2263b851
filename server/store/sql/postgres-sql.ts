// The PostgreSQL implementation of Sql: a pg Pool; `?` placeholders become $n; BIGINT comes back as a number.
import pg from 'pg';
import type { Database as SqlDatabase, Sql, SqlValue } from './sql';

/** OID of int8: millisecond times and COUNT(*) come back as strings unless parsed (all ours fit in 2^53). */
const INT8_OID = 20;

export const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** Rewrites `?` placeholders to `$1, $2, …`, leaving quoted text alone. Cached: the same few statements repeat. */
const converted = new Map<string, string>();
export function toPgPlaceholders(text: string): string {
  const hit = converted.get(text);
  if (hit !== undefined) return hit;
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      out += `$${++n}`;
    } else {
      out += ch;
    }
  }
  // Long texts (a batch commit's VALUES list, one per row count) are converted each time: cached, the few
  // thousand of them would hold hundreds of megabytes.
  if (converted.size < 5000 && text.length <= 4096) converted.set(text, out);
  return out;
}

type Queryable = pg.Pool | pg.PoolClient;

function handle(db: Queryable, transaction: Sql['transaction']): Sql {
  const query = async <T>(text: string, params: readonly SqlValue[]) => db.query<T & pg.QueryResultRow>(toPgPlaceholders(text), params as SqlValue[]);
  return {
    dialect: 'postgres',
    all: async <T>(text: string, params: readonly SqlValue[] = []) => (await query<T>(text, params)).rows as T[],
    get: async <T>(text: string, params: readonly SqlValue[] = []) => (await query<T>(text, params)).rows[0] as T | undefined,
    run: async (text: string, params: readonly SqlValue[] = []) => (await query(text, params)).rowCount ?? 0,
    transaction,
  };
}

export class PostgresSql implements SqlDatabase {
  readonly dialect = 'postgres' as const;
  private readonly top: Sql;

  constructor(readonly pool: pg.Pool) {
    this.top = handle(pool, (fn) => this.transaction(fn));
  }

  all<T>(text: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.top.all<T>(text, params);
  }
  get<T>(text: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.top.get<T>(text, params);
  }
  run(text: string, params?: readonly SqlValue[]): Promise<number> {
    return this.top.run(text, params);
  }

  async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const tx: Sql = handle(client, (inner) => inner(tx));
      const out = await fn(tx);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      try {
        await client.query('ROLLBACK');
      } catch {
        // The connection itself failed (the server restarted): do not give it back to the pool.
        broken = true;
      }
      throw err;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** A pool for DATABASE_URL with our type parsing; errors on idle clients (a server restart) are not fatal. */
export function postgresPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: pgTypes,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    // A node hung in the middle of a transaction (SIGSTOP, a frozen VM) must not hold its row locks for ever: the
    // node that takes its rooms over would wait on them. Our transactions never pause for seconds on their own.
    options: '-c idle_in_transaction_session_timeout=5000',
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  // A client that is checked out (a transaction, or the Socket.IO adapter's LISTEN connection) has no listener of
  // the pool's: a server restart would then crash the process with an unhandled 'error'. Its queries still reject.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}
