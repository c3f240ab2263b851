// Each group's programme (its sessions' plans), stored as validated JSON beside the group.
import * as v from 'valibot';
import { ProgrammeSchema, type Programme } from '../../shared/programmes/programme';
import type { Sql } from './sql/sql';

export class ProgrammesRepo {
  constructor(private readonly sql: Sql) {}

  async get(groupId: string): Promise<Programme | null> {
    const r = await this.sql.get<{ json: string }>('SELECT json FROM programmes WHERE group_id = ?', [groupId]);
    if (!r) return null;
    // Stored only after validation; parsed again so a hand-edited database cannot smuggle in junk.
    const parsed = v.safeParse(ProgrammeSchema, JSON.parse(r.json));
    return parsed.success ? parsed.output : null;
  }

  async put(groupId: string, programme: Programme, staffId: string, now: number): Promise<void> {
    await this.sql.run(
      `INSERT INTO programmes (group_id, json, updated_by, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(group_id) DO UPDATE SET json = excluded.json, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [groupId, JSON.stringify(programme), staffId, now],
    );
  }

  async remove(groupId: string): Promise<void> {
    await this.sql.run('DELETE FROM programmes WHERE group_id = ?', [groupId]);
  }
}
