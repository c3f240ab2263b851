// Opens the store: SQLite on the laptop (WAL, synchronous=FULL, secure_delete), or PostgreSQL when DATABASE_URL is set; migrates either.
import BetterSqlite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type pg from 'pg';
import { MIGRATIONS } from './migrations';
import { POSTGRES_MIGRATIONS } from './migrations-postgres';
import { postgresPool, PostgresSql } from './sql/postgres-sql';
import { SqliteSql } from './sql/sqlite-sql';
import type { Database, Dialect } from './sql/sql';

/** A migrated store and the one thing that differs beyond SQL: how deleted data leaves the disk. */
export interface OpenedStore {
  sql: Database;
  dialect: Dialect;
  /**
   * After a purge or an erasure. SQLite: move the WAL into the file (secure_delete zeroed the pages) and empty
   * it. PostgreSQL: VACUUM the tables at once, so dead rows leave the pages for reuse (WAL and backups keep them
   * for the retention the operator sets; README says so).
   */
  scrubDisk(): Promise<void>;
  /** The PostgreSQL pool (the Socket.IO adapter and the node's lock connection use it); undefined on SQLite. */
  pool: pg.Pool | undefined;
}

export function openSqlite(file: string): SqliteSql {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new BetterSqlite(file);
  db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before we acknowledge it, even across power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted and overwritten content is zeroed in the file, so a purged group or an erased child is gone
  // from disk, not only from queries (the WAL is checkpointed after each purge or erasure).
  db.pragma('secure_delete = ON');
  migrateSqlite(db);
  return new SqliteSql(db);
}

function migrateSqlite(db: BetterSqlite.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  let version = row?.version ?? 0;
  if (!row) db.prepare('INSERT INTO schema_version (version) VALUES (0)').run();
  for (const [i, sql] of MIGRATIONS.entries()) {
    if (i < version) continue;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('UPDATE schema_version SET version = ?').run(i + 1);
    })();
    version = i + 1;
  }
}

/** Any number to hold while migrating: nodes starting together migrate one after another. */
const MIGRATION_LOCK = 7_120_001;

async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const r = await client.query<{ version: number }>('SELECT version FROM schema_version');
    let version = r.rows[0]?.version ?? 0;
    if (r.rows.length === 0) await client.query('INSERT INTO schema_version (version) VALUES (0)');
    for (const [i, sql] of POSTGRES_MIGRATIONS.entries()) {
      if (i < version) continue;
      await client.query(sql);
      version = i + 1;
      await client.query('UPDATE schema_version SET version = $1', [version]);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

const SCRUBBED_TABLES = ['events', 'children', 'sessions', 'programmes', 'group_access', 'groups'];

export async function openStore(opts: { databaseUrl: string | undefined; sqliteFile: string; poolSize?: number }): Promise<OpenedStore> {
  if (!opts.databaseUrl) {
    const sql = openSqlite(opts.sqliteFile);
    return {
      sql,
      dialect: 'sqlite',
      pool: undefined,
      scrubDisk: async () => {
        const [r] = sql.raw.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
        if (r && r.busy !== 0) throw new Error('the write-ahead log could not be emptied (a reader is busy)');
      },
    };
  }
  const pool = postgresPool(opts.databaseUrl, opts.poolSize);
  await migratePostgres(pool);
  return {
    sql: new PostgresSql(pool),
    dialect: 'postgres',
    pool,
    // VACUUM cannot run inside a transaction block: straight on the pool.
    scrubDisk: async () => void (await pool.query(`VACUUM ${SCRUBBED_TABLES.join(', ')}`)),
  };
}
