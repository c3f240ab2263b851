// Each group's programme (its sessions' plans), stored as validated JSON beside the group.
import * as v from 'valibot';
import { ProgrammeSchema, type Programme } from '../../shared/programmes/programme';
import type { Db } from './database';

export class ProgrammesRepo {
  constructor(private readonly db: Db) {}

  get(groupId: string): Programme | null {
    const r = this.db.prepare('SELECT json FROM programmes WHERE group_id = ?').get(groupId) as { json: string } | undefined;
    if (!r) return null;
    // Stored only after validation; parsed again so a hand-edited database cannot smuggle in junk.
    const parsed = v.safeParse(ProgrammeSchema, JSON.parse(r.json));
    return parsed.success ? parsed.output : null;
  }

  put(groupId: string, programme: Programme, staffId: string, now: number): void {
    this.db
      .prepare(
        `INSERT INTO programmes (group_id, json, updated_by, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(group_id) DO UPDATE SET json = excluded.json, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      )
      .run(groupId, JSON.stringify(programme), staffId, now);
  }

  remove(groupId: string): void {
    this.db.prepare('DELETE FROM programmes WHERE group_id = ?').run(groupId);
  }
}
