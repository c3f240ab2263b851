// The one query interface every repository and the event store use, implemented for SQLite and PostgreSQL.

/** A value a query may bind: SQL text with `?` placeholders, in order. */
export type SqlValue = string | number | null;

export type Dialect = 'sqlite' | 'postgres';

/**
 * Statements are written once, in the SQL both engines accept (`?` placeholders, `ON CONFLICT … DO UPDATE`,
 * partial indexes, `lower()`); where they differ, a repository asks `dialect` (row locks, VACUUM).
 */
export interface Sql {
  readonly dialect: Dialect;
  all<T>(text: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(text: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a statement; resolves with how many rows it changed. */
  run(text: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Runs `fn` in one transaction on one connection: committed when it resolves, rolled back when it throws.
   * Inside, `tx` is the only handle to use (a nested `transaction` on it joins the same transaction).
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
}

/** A store's connection with its lifetime: what the server opens at start and closes at the end. */
export interface Database extends Sql {
  close(): Promise<void>;
}

/** Row-lock suffix: PostgreSQL takes the lock; SQLite's one writer needs none (its transactions are serial). */
export function lockFor(sql: Sql, mode: 'update' | 'share'): string {
  return sql.dialect === 'postgres' ? (mode === 'update' ? ' FOR UPDATE' : ' FOR SHARE') : '';
}

/** `?, ?, ?` for an IN list of n values (n ≥ 1). */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** True for a unique-constraint violation in either engine (a code taken, a second live session). */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
