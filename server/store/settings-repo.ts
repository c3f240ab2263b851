// Small key/value settings kept in the database (e.g. the hash of the one-time setup code).
import type { Sql } from './sql/sql';

export class SettingsRepo {
  constructor(private readonly sql: Sql) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.sql.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key]))?.value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.sql.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  /** Stores the setting only if it has none yet; true for exactly one of several callers racing (e.g. nodes starting). */
  async setIfAbsent(key: string, value: string): Promise<boolean> {
    return (await this.sql.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING', [key, value])) > 0;
  }

  /** Removes the setting only if it still has this value; true for exactly one of several callers racing. */
  async take(key: string, value: string): Promise<boolean> {
    return (await this.sql.run('DELETE FROM settings WHERE key = ? AND value = ?', [key, value])) > 0;
  }

  async delete(key: string): Promise<void> {
    await this.sql.run('DELETE FROM settings WHERE key = ?', [key]);
  }
}
