// Who may see a group: facilitators run it, reviewers read it; admins see every group.
import type { Sql } from './sql/sql';
import type { Staff } from './staff-repo';

export type GroupAccess = 'admin' | 'facilitator' | 'reviewer';

export class AccessRepo {
  constructor(private readonly sql: Sql) {}

  /** The staff member's access to the group, or null: nothing of the group is theirs to see. */
  async of(staff: Staff, groupId: string): Promise<GroupAccess | null> {
    if (staff.role === 'admin') return 'admin';
    const r = await this.sql.get<{ access: 'facilitator' | 'reviewer' }>('SELECT access FROM group_access WHERE group_id = ? AND staff_id = ?', [
      groupId,
      staff.id,
    ]);
    if (!r) return null;
    // A reviewer account reads, whatever the grant says.
    return staff.role === 'reviewer' ? 'reviewer' : r.access;
  }

  async groupsOf(staff: Staff): Promise<Set<string> | 'all'> {
    if (staff.role === 'admin') return 'all';
    const rows = await this.sql.all<{ group_id: string }>('SELECT group_id FROM group_access WHERE staff_id = ?', [staff.id]);
    return new Set(rows.map((r) => r.group_id));
  }

  async grant(groupId: string, staffId: string, access: 'facilitator' | 'reviewer' | null, by: string, now: number): Promise<void> {
    if (access === null) {
      await this.sql.run('DELETE FROM group_access WHERE group_id = ? AND staff_id = ?', [groupId, staffId]);
      return;
    }
    await this.sql.run(
      `INSERT INTO group_access (group_id, staff_id, access, granted_by, granted_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(group_id, staff_id) DO UPDATE SET access = excluded.access, granted_by = excluded.granted_by, granted_at = excluded.granted_at`,
      [groupId, staffId, access, by, now],
    );
  }

  async list(groupId: string): Promise<{ staffId: string; access: 'facilitator' | 'reviewer' }[]> {
    const rows = await this.sql.all<{ staff_id: string; access: 'facilitator' | 'reviewer' }>(
      'SELECT staff_id, access FROM group_access WHERE group_id = ? ORDER BY granted_at',
      [groupId],
    );
    return rows.map((r) => ({ staffId: r.staff_id, access: r.access }));
  }
}

export const canRun = (a: GroupAccess | null): boolean => a === 'admin' || a === 'facilitator';
export const canReview = (a: GroupAccess | null): boolean => a !== null;
