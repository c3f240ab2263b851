// Rate limits every node shares: attempts per key in a fixed window, counted in the database before the check they guard.
import type { Sql } from './sql/sql';

/** How often (in hits) old windows are swept out of the table. */
const SWEEP_EVERY = 500;

export class RateLimits {
  private hitsSinceSweep = 0;

  constructor(
    private readonly sql: Sql,
    private readonly now: () => number,
  ) {}

  /**
   * Runs a counter write without waiting for its WAL flush on PostgreSQL (`synchronous_commit = off` for that
   * transaction only). A counter lost in a database crash costs a guesser nothing worth having, while waiting for a
   * flush twice per handshake slowed 1,200 tablets reconnecting to a node after a failover.
   */
  private relaxed<T>(write: (q: Sql) => Promise<T>): Promise<T> {
    if (this.sql.dialect !== 'postgres') return write(this.sql);
    return this.sql.transaction(async (tx) => {
      await tx.run('SET LOCAL synchronous_commit TO OFF');
      return write(tx);
    });
  }

  /**
   * Counts one attempt under `key` and resolves with the attempts in the current window, this one included.
   * The count is taken before the password or code is checked, atomically (one upsert), so parallel requests
   * cannot all slip in under the limit: each sees the count with its own attempt in it.
   */
  async hit(key: string, windowMs: number): Promise<number> {
    const now = this.now();
    const expired = now - windowMs;
    const row = await this.relaxed((q) =>
      q.get<{ hits: number }>(
        `INSERT INTO rate_limits (key, window_start, hits) VALUES (?, ?, 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limits.window_start <= ? THEN 1 ELSE rate_limits.hits + 1 END,
         window_start = CASE WHEN rate_limits.window_start <= ? THEN excluded.window_start ELSE rate_limits.window_start END
       RETURNING hits`,
        [key, now, expired, expired],
      ),
    );
    if (++this.hitsSinceSweep >= SWEEP_EVERY) {
      this.hitsSinceSweep = 0;
      await this.sql.run('DELETE FROM rate_limits WHERE window_start < ?', [now - 24 * 60 * 60 * 1000]);
    }
    return row?.hits ?? 1;
  }

  /** Attempts in the current window, without counting one. */
  async count(key: string, windowMs: number): Promise<number> {
    const row = await this.sql.get<{ hits: number }>('SELECT hits FROM rate_limits WHERE key = ? AND window_start > ?', [key, this.now() - windowMs]);
    return row?.hits ?? 0;
  }

  /** Takes back one counted attempt that turned out to be right (a global ceiling counts only failures). */
  async undo(key: string): Promise<void> {
    await this.relaxed((q) => q.run('UPDATE rate_limits SET hits = hits - 1 WHERE key = ? AND hits > 0', [key]));
  }

  async clear(key: string): Promise<void> {
    await this.sql.run('DELETE FROM rate_limits WHERE key = ?', [key]);
  }
}
