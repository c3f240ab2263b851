// The rows behind the children's-data controls: a child's row becoming a placeholder, a purged group's rows, the live check.
import { lockFor, type Sql } from './sql/sql';

/** How much of a group a purge removed (counts only: the audit entry never holds the group's data). */
export interface PurgedRows {
  children: number;
  sessions: number;
  accessGrants: number;
  programme: number;
}

export class DataControlsRepo {
  constructor(private readonly sql: Sql) {}

  /**
   * Inside a purge's or an erasure's transaction: locks the group's row and tells whether any of its sessions
   * is live. On PostgreSQL the lock makes a session start on another node wait (its insert checks the group
   * row), so "no live session" stays true until the transaction commits; SQLite's transactions are serial.
   */
  async lockGroupHasLive(groupId: string): Promise<boolean | undefined> {
    const g = await this.sql.get<{ id: string }>(`SELECT id FROM groups WHERE id = ?${lockFor(this.sql, 'update')}`, [groupId]);
    if (!g) return undefined;
    const live = await this.sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM sessions WHERE group_id = ? AND status = 'live'", [groupId]);
    return (live?.n ?? 0) > 0;
  }

  /**
   * The child's row becomes the anonymous placeholder: new id, no nickname, the placeholder as its (never shown)
   * code, no consent (so no export holds it), off the roster. The avatar stays so a replay still draws a seat.
   */
  async replaceWithPlaceholder(childId: string, placeholderId: string, now: number): Promise<boolean> {
    const changed = await this.sql.run(
      `UPDATE children SET id = ?, nickname = '', code = ?, consent_participation = 0, consent_research = 0,
         removed_at = COALESCE(removed_at, ?), erased_at = ? WHERE id = ? AND erased_at IS NULL`,
      [placeholderId, placeholderId, now, now, childId],
    );
    return changed > 0;
  }

  /**
   * Deletes every row that belongs to the group except its events (the event store removes those in the same
   * transaction): roster, sessions index, programme, access grants, and the group itself.
   */
  /**
   * Audit entries name a child by research code (consent changes). Exported data carries that code, so the code
   * gives way to the placeholder on erasure: the entry stays, the link to exported data goes.
   */
  redactAuditSubject(code: string, replacement: string): Promise<number> {
    return this.sql.run('UPDATE audit SET subject = ? WHERE subject = ?', [replacement, code]);
  }

  /** Before a purge deletes the children: their codes leave the audit trail too (the entries stay, as "purged"). */
  redactGroupAuditSubjects(groupId: string): Promise<number> {
    return this.sql.run("UPDATE audit SET subject = 'purged' WHERE subject IN (SELECT code FROM children WHERE group_id = ?)", [groupId]);
  }

  async deleteGroupRows(groupId: string): Promise<PurgedRows> {
    const run = (text: string) => this.sql.run(text, [groupId]);
    const rows: PurgedRows = {
      children: await run('DELETE FROM children WHERE group_id = ?'),
      sessions: await run('DELETE FROM sessions WHERE group_id = ?'),
      accessGrants: await run('DELETE FROM group_access WHERE group_id = ?'),
      programme: await run('DELETE FROM programmes WHERE group_id = ?'),
    };
    // Process records are the worker's text about the group's children: they go with the group.
    await run('DELETE FROM record_saves WHERE group_id = ?');
    await run('DELETE FROM groups WHERE id = ?');
    return rows;
  }
}
