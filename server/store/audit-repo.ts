// The audit trail: who did what to whose data, and when (exports, access, accounts, purges). Never purged with a group.
import type { Db } from './database';

export interface AuditEntry {
  id: number;
  at: number;
  staffId: string | null;
  action: string;
  subject: string | null;
  detail: unknown;
}

export class AuditRepo {
  constructor(private readonly db: Db) {}

  record(staffId: string | null, action: string, subject: string | null, detail: unknown, now: number): void {
    this.db.prepare('INSERT INTO audit (at, staff_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)').run(now, staffId, action, subject, JSON.stringify(detail ?? null));
  }

  list(limit = 200): AuditEntry[] {
    const rows = this.db.prepare('SELECT * FROM audit ORDER BY id DESC LIMIT ?').all(limit) as { id: number; at: number; staff_id: string | null; action: string; subject: string | null; detail: string }[];
    return rows.map((r) => ({ id: r.id, at: r.at, staffId: r.staff_id, action: r.action, subject: r.subject, detail: JSON.parse(r.detail) }));
  }
}
