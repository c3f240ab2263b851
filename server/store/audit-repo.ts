// The audit trail: who did what to whose data, and when (exports, access, accounts, purges). Never purged with a group.
import type { Sql } from './sql/sql';

export interface AuditEntry {
  id: number;
  at: number;
  staffId: string | null;
  action: string;
  subject: string | null;
  detail: unknown;
}

export class AuditRepo {
  constructor(private readonly sql: Sql) {}

  async record(staffId: string | null, action: string, subject: string | null, detail: unknown, now: number): Promise<void> {
    await this.sql.run('INSERT INTO audit (at, staff_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)', [
      now,
      staffId,
      action,
      subject,
      JSON.stringify(detail ?? null),
    ]);
  }

  async list(limit = 200): Promise<AuditEntry[]> {
    const rows = await this.sql.all<{ id: number; at: number; staff_id: string | null; action: string; subject: string | null; detail: string }>(
      'SELECT * FROM audit ORDER BY id DESC LIMIT ?',
      [limit],
    );
    return rows.map((r) => ({ id: r.id, at: r.at, staffId: r.staff_id, action: r.action, subject: r.subject, detail: JSON.parse(r.detail) }));
  }
}
