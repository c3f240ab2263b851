// Session process records: every save a row (who, when, which fields); a final version is read-only, a correction is a new version.
import * as v from 'valibot';
import { changedFields, EMPTY_FIELDS, RecordFieldsSchema, type RecordFields, type RecordStatus } from '../../shared/records/fields';
import { scrubMention } from '../../shared/privacy/erase-child';
import { lockFor, type Sql } from './sql/sql';

export interface RecordSave {
  id: number;
  version: number;
  final: boolean;
  changed: string[];
  savedBy: string;
  savedAt: number;
}

export interface RecordState {
  status: RecordStatus;
  /** The current version (0 when nothing was saved yet). */
  version: number;
  fields: RecordFields;
  /** Every save of every version, oldest first. */
  history: RecordSave[];
}

interface Row {
  id: number;
  version: number;
  final: number;
  fields: string;
  changed: string;
  saved_by: string;
  saved_at: number;
}

/** Why a write was refused: the version is final, or the client edited an older version than the current one. */
export class RecordConflict extends Error {
  constructor(readonly reason: 'final' | 'stale' | 'not-final' | 'empty') {
    super(reason);
  }
}

function parseFields(json: string): RecordFields {
  // Stored only after validation; parsed again so a hand-edited database cannot smuggle in junk.
  const r = v.safeParse(RecordFieldsSchema, JSON.parse(json));
  return r.success ? r.output : EMPTY_FIELDS;
}

export class RecordsRepo {
  constructor(private readonly sql: Sql) {}

  async state(sessionId: string, sql: Sql = this.sql): Promise<RecordState> {
    const rows = await sql.all<Row>('SELECT id, version, final, fields, changed, saved_by, saved_at FROM record_saves WHERE session_id = ? ORDER BY id', [
      sessionId,
    ]);
    const last = rows[rows.length - 1];
    const history = rows.map((r) => ({
      id: Number(r.id),
      version: Number(r.version),
      final: Number(r.final) === 1,
      changed: JSON.parse(r.changed) as string[],
      savedBy: r.saved_by,
      savedAt: Number(r.saved_at),
    }));
    if (!last) return { status: 'none', version: 0, fields: EMPTY_FIELDS, history };
    return { status: Number(last.final) === 1 ? 'final' : 'draft', version: Number(last.version), fields: parseFields(last.fields), history };
  }

  /** Statuses of many sessions at once (the review's list). */
  async statuses(groupId: string): Promise<Map<string, { status: RecordStatus; version: number }>> {
    const rows = await this.sql.all<{ session_id: string; version: number; final: number; id: number }>(
      'SELECT session_id, version, final, id FROM record_saves WHERE group_id = ? ORDER BY id',
      [groupId],
    );
    const out = new Map<string, { status: RecordStatus; version: number }>();
    for (const r of rows) out.set(r.session_id, { status: Number(r.final) === 1 ? 'final' : 'draft', version: Number(r.version) });
    return out;
  }

  /**
   * Saves a draft of `version` (the version the client edited). A first save makes version 1; a final
   * version refuses (RecordConflict 'final'); an older version than the current one refuses ('stale').
   */
  async saveDraft(groupId: string, sessionId: string, version: number, fields: RecordFields, staffId: string, now: number): Promise<RecordState> {
    return this.sql.transaction(async (tx) => {
      await this.lock(tx, sessionId);
      const cur = await this.state(sessionId, tx);
      const target = cur.status === 'none' ? 1 : cur.version;
      if (cur.status === 'final') throw new RecordConflict('final');
      // The client names the version it edited (0 = it saw no record yet): anything else was saved meanwhile.
      if (version !== cur.version) throw new RecordConflict('stale');
      await this.insert(tx, groupId, sessionId, target, false, fields, changedFields(cur.fields, fields), staffId, now);
      return this.state(sessionId, tx);
    });
  }

  /** Marks the current draft final (read-only from now on). */
  async finalise(groupId: string, sessionId: string, version: number, staffId: string, now: number): Promise<RecordState> {
    return this.sql.transaction(async (tx) => {
      await this.lock(tx, sessionId);
      const cur = await this.state(sessionId, tx);
      if (cur.status === 'none') throw new RecordConflict('empty');
      if (cur.status === 'final') throw new RecordConflict('final');
      if (version !== cur.version) throw new RecordConflict('stale');
      await this.insert(tx, groupId, sessionId, cur.version, true, cur.fields, [], staffId, now);
      return this.state(sessionId, tx);
    });
  }

  /** A correction of a final record: the next version, a draft starting from the final text. */
  async correct(groupId: string, sessionId: string, staffId: string, now: number): Promise<RecordState> {
    return this.sql.transaction(async (tx) => {
      await this.lock(tx, sessionId);
      const cur = await this.state(sessionId, tx);
      if (cur.status !== 'final') throw new RecordConflict('not-final');
      await this.insert(tx, groupId, sessionId, cur.version + 1, false, cur.fields, [], staffId, now);
      return this.state(sessionId, tx);
    });
  }

  /** Every saved row of the group with its fields, oldest first (what erasure must reach in every version). */
  async saves(groupId: string): Promise<{ sessionId: string; version: number; fields: RecordFields; changed: string[] }[]> {
    const rows = await this.sql.all<{ session_id: string; version: number; fields: string; changed: string }>(
      'SELECT session_id, version, fields, changed FROM record_saves WHERE group_id = ? ORDER BY id',
      [groupId],
    );
    return rows.map((r) => ({
      sessionId: r.session_id,
      version: Number(r.version),
      fields: parseFields(r.fields),
      changed: JSON.parse(r.changed) as string[],
    }));
  }

  /** The group's records go with the group (retention purge). */
  async removeGroup(groupId: string, sql: Sql = this.sql): Promise<void> {
    await sql.run('DELETE FROM record_saves WHERE group_id = ?', [groupId]);
  }

  /**
   * Erasing a child: every saved row of the group loses the child's individual note and the nickname in the
   * worker's free text (the same scrub as the programme's notes), so no version keeps it.
   */
  async eraseChild(tx: Sql, groupId: string, childId: string, nickname: string): Promise<number> {
    const rows = await tx.all<{ id: number; fields: string; changed: string }>('SELECT id, fields, changed FROM record_saves WHERE group_id = ?', [groupId]);
    let n = 0;
    for (const r of rows) {
      const f = parseFields(r.fields);
      const { [childId]: _gone, ...individual } = f.individual;
      const scrub = (t: string) => scrubMention(t, nickname);
      const next: RecordFields = {
        place: scrub(f.place),
        attainment: f.attainment.map((a) => ({ ...a, goal: scrub(a.goal), note: scrub(a.note) })),
        dynamics: scrub(f.dynamics),
        reflection: scrub(f.reflection),
        followUp: scrub(f.followUp),
        individual: Object.fromEntries(Object.entries(individual).map(([k, t]) => [k, scrub(t)])),
      };
      const changed = (JSON.parse(r.changed) as string[]).filter((c) => c !== `individual:${childId}`);
      if (JSON.stringify(next) === JSON.stringify(f) && changed.length === (JSON.parse(r.changed) as string[]).length) continue;
      await tx.run('UPDATE record_saves SET fields = ?, changed = ? WHERE id = ?', [JSON.stringify(next), JSON.stringify(changed), r.id]);
      n += 1;
    }
    return n;
  }

  // Two facilitators saving at once: PostgreSQL serialises them on the session's row; SQLite has one writer.
  private async lock(tx: Sql, sessionId: string): Promise<void> {
    await tx.get(`SELECT id FROM sessions WHERE id = ?${lockFor(tx, 'update')}`, [sessionId]);
  }

  private async insert(
    tx: Sql,
    groupId: string,
    sessionId: string,
    version: number,
    final: boolean,
    fields: RecordFields,
    changed: string[],
    staffId: string,
    now: number,
  ): Promise<void> {
    await tx.run('INSERT INTO record_saves (group_id, session_id, version, final, fields, changed, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
      groupId,
      sessionId,
      version,
      final ? 1 : 0,
      JSON.stringify(fields),
      JSON.stringify(changed),
      staffId,
      now,
    ]);
  }
}
