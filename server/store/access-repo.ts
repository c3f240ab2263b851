// Who may see a group: facilitators run it, reviewers read it; admins see every group.
import type { Db } from './database';
import type { Staff } from './staff-repo';

export type GroupAccess = 'admin' | 'facilitator' | 'reviewer';

export class AccessRepo {
  constructor(private readonly db: Db) {}

  /** The staff member's access to the group, or null: nothing of the group is theirs to see. */
  of(staff: Staff, groupId: string): GroupAccess | null {
    if (staff.role === 'admin') return 'admin';
    const r = this.db.prepare('SELECT access FROM group_access WHERE group_id = ? AND staff_id = ?').get(groupId, staff.id) as { access: 'facilitator' | 'reviewer' } | undefined;
    if (!r) return null;
    // A reviewer account reads, whatever the grant says.
    return staff.role === 'reviewer' ? 'reviewer' : r.access;
  }

  groupsOf(staff: Staff): Set<string> | 'all' {
    if (staff.role === 'admin') return 'all';
    const rows = this.db.prepare('SELECT group_id FROM group_access WHERE staff_id = ?').all(staff.id) as { group_id: string }[];
    return new Set(rows.map((r) => r.group_id));
  }

  grant(groupId: string, staffId: string, access: 'facilitator' | 'reviewer' | null, by: string, now: number): void {
    if (access === null) {
      this.db.prepare('DELETE FROM group_access WHERE group_id = ? AND staff_id = ?').run(groupId, staffId);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO group_access (group_id, staff_id, access, granted_by, granted_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(group_id, staff_id) DO UPDATE SET access = excluded.access, granted_by = excluded.granted_by, granted_at = excluded.granted_at`,
      )
      .run(groupId, staffId, access, by, now);
  }

  list(groupId: string): { staffId: string; access: 'facilitator' | 'reviewer' }[] {
    return (this.db.prepare('SELECT staff_id, access FROM group_access WHERE group_id = ? ORDER BY granted_at').all(groupId) as { staff_id: string; access: 'facilitator' | 'reviewer' }[]).map((r) => ({
      staffId: r.staff_id,
      access: r.access,
    }));
  }
}

export const canRun = (a: GroupAccess | null): boolean => a === 'admin' || a === 'facilitator';
export const canReview = (a: GroupAccess | null): boolean => a !== null;
