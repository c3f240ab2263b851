// The rows behind the children's-data controls: a child's row becoming a placeholder, a purged group's rows, the disk scrub.
import type { Db } from './database';

/** How much of a group a purge removed (counts only: the audit entry never holds the group's data). */
export interface PurgedRows {
  children: number;
  sessions: number;
  accessGrants: number;
  programme: number;
}

export class DataControlsRepo {
  constructor(private readonly db: Db) {}

  /**
   * The child's row becomes the anonymous placeholder: new id, no nickname, the placeholder as its (never shown)
   * code, no consent (so no export holds it), off the roster. The avatar stays so a replay still draws a seat.
   */
  replaceWithPlaceholder(childId: string, placeholderId: string, now: number): boolean {
    return (
      this.db
        .prepare(
          `UPDATE children SET id = ?, nickname = '', code = ?, consent_participation = 0, consent_research = 0,
             removed_at = COALESCE(removed_at, ?), erased_at = ? WHERE id = ? AND erased_at IS NULL`,
        )
        .run(placeholderId, placeholderId, now, now, childId).changes > 0
    );
  }

  /** Sessions of the group the index still calls live (a room, or a start still being logged). */
  liveSessionIds(groupId: string): string[] {
    return (this.db.prepare("SELECT id FROM sessions WHERE group_id = ? AND status = 'live'").all(groupId) as { id: string }[]).map((r) => r.id);
  }

  /**
   * Deletes every row that belongs to the group except its events (the event store removes those first):
   * roster, sessions index, programme, access grants, and the group itself, in one transaction.
   */
  deleteGroupRows(groupId: string): PurgedRows {
    return this.db.transaction((): PurgedRows => {
      const run = (sql: string) => this.db.prepare(sql).run(groupId).changes;
      const rows: PurgedRows = {
        children: run('DELETE FROM children WHERE group_id = ?'),
        sessions: run('DELETE FROM sessions WHERE group_id = ?'),
        accessGrants: run('DELETE FROM group_access WHERE group_id = ?'),
        programme: run('DELETE FROM programmes WHERE group_id = ?'),
      };
      run('DELETE FROM groups WHERE id = ?');
      return rows;
    })();
  }

  /**
   * Moves everything from the write-ahead log into the database file and empties the log, so the pages that
   * held erased or purged data (zeroed by secure_delete) are the only copies left. Throws if a reader blocks it.
   */
  scrubDisk(): void {
    const [r] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    if (r && r.busy !== 0) throw new Error('the write-ahead log could not be emptied (a reader is busy)');
  }
}
