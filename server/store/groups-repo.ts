// Groups and their rosters (children: nickname, avatar, random code). Roster edits never touch events.
import type { Sql } from './sql/sql';
import type { AvatarId } from '../../shared/avatars';
import type { AgeBand, Language, RosterEntry } from '../../shared/session/roster';
import { newId, randomToken } from '../auth/tokens';

export interface Group {
  id: string;
  name: string;
  ageBand: AgeBand;
  language: Language;
  autoApprove: boolean;
  createdAt: number;
  /** Retention date 'YYYY-MM-DD': the group's data is purged after that day ends (null: kept). */
  retainUntil: string | null;
}

/** Guardian consent per purpose: taking part in the group, and research export of the child's data. */
export interface Consent {
  participation: boolean;
  research: boolean;
}

export interface Child {
  id: string;
  groupId: string;
  nickname: string;
  avatar: AvatarId;
  code: string;
  consent: Consent;
  /** An anonymous placeholder left by erasing the child: no nickname, no code. */
  erased: boolean;
}

interface GroupRow {
  id: string;
  name: string;
  age_band: AgeBand;
  language: Language;
  auto_approve: number;
  created_at: number;
  retain_until: string | null;
}
interface ChildRow {
  id: string;
  group_id: string;
  nickname: string;
  avatar: AvatarId;
  code: string;
  consent_participation: number;
  consent_research: number;
  erased_at: number | null;
}

const toGroup = (r: GroupRow): Group => ({
  id: r.id,
  name: r.name,
  ageBand: r.age_band,
  language: r.language,
  autoApprove: r.auto_approve === 1,
  createdAt: r.created_at,
  retainUntil: r.retain_until,
});
const toChild = (r: ChildRow): Child => ({
  id: r.id,
  groupId: r.group_id,
  nickname: r.nickname,
  avatar: r.avatar,
  // An erased row keeps only its placeholder id; its stored code is the placeholder too, never shown.
  code: r.erased_at === null ? r.code : '',
  consent: { participation: r.consent_participation === 1, research: r.consent_research === 1 },
  erased: r.erased_at !== null,
});

export type GroupFields = Omit<Group, 'id' | 'createdAt' | 'retainUntil'>;

export class GroupsRepo {
  constructor(private readonly sql: Sql) {}

  async create(fields: GroupFields, staffId: string, now: number): Promise<Group> {
    const id = newId();
    await this.sql.run('INSERT INTO groups (id, name, age_band, language, auto_approve, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      id,
      fields.name,
      fields.ageBand,
      fields.language,
      fields.autoApprove ? 1 : 0,
      staffId,
      now,
    ]);
    return { id, ...fields, createdAt: now, retainUntil: null };
  }

  async update(id: string, fields: GroupFields): Promise<Group | undefined> {
    await this.sql.run('UPDATE groups SET name = ?, age_band = ?, language = ?, auto_approve = ? WHERE id = ?', [
      fields.name,
      fields.ageBand,
      fields.language,
      fields.autoApprove ? 1 : 0,
      id,
    ]);
    return this.get(id);
  }

  async get(id: string): Promise<Group | undefined> {
    const r = await this.sql.get<GroupRow>('SELECT * FROM groups WHERE id = ?', [id]);
    return r && toGroup(r);
  }

  async list(): Promise<Group[]> {
    return (await this.sql.all<GroupRow>('SELECT * FROM groups ORDER BY created_at DESC')).map(toGroup);
  }

  async roster(groupId: string): Promise<Child[]> {
    return (await this.sql.all<ChildRow>('SELECT * FROM children WHERE group_id = ? AND removed_at IS NULL ORDER BY created_at, id', [groupId])).map(toChild);
  }

  async child(id: string): Promise<Child | undefined> {
    const r = await this.sql.get<ChildRow>('SELECT * FROM children WHERE id = ? AND removed_at IS NULL', [id]);
    return r && toChild(r);
  }

  async addChild(groupId: string, nickname: string, avatar: AvatarId, now: number): Promise<Child> {
    const id = newId();
    // The child's code: random, pseudonymous, used by workers to match paper records.
    const code = randomToken(6).replace(/[-_]/g, 'x').slice(0, 8).toUpperCase();
    await this.sql.run('INSERT INTO children (id, group_id, nickname, avatar, code, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
      id,
      groupId,
      nickname,
      avatar,
      code,
      now,
    ]);
    return { id, groupId, nickname, avatar, code, consent: { participation: false, research: false }, erased: false };
  }

  async setConsent(id: string, consent: Consent): Promise<Child | undefined> {
    await this.sql.run('UPDATE children SET consent_participation = ?, consent_research = ? WHERE id = ?', [
      consent.participation ? 1 : 0,
      consent.research ? 1 : 0,
      id,
    ]);
    return this.child(id);
  }

  /** A child of the group with its removed (and erased) state, for the data controls. */
  async childOfGroup(groupId: string, id: string): Promise<(Child & { removed: boolean }) | undefined> {
    const r = await this.sql.get<ChildRow & { removed_at: number | null }>('SELECT * FROM children WHERE id = ? AND group_id = ?', [id, groupId]);
    return r && { ...toChild(r), removed: r.removed_at !== null };
  }

  /** Children no longer on the roster (removed or erased), oldest first. */
  async formerChildren(groupId: string): Promise<Child[]> {
    return (await this.sql.all<ChildRow>('SELECT * FROM children WHERE group_id = ? AND removed_at IS NOT NULL ORDER BY created_at, id', [groupId])).map(
      toChild,
    );
  }

  /** Sets (or clears, with null) the group's retention date. */
  async setRetention(id: string, retainUntil: string | null): Promise<Group | undefined> {
    await this.sql.run('UPDATE groups SET retain_until = ? WHERE id = ?', [retainUntil, id]);
    return this.get(id);
  }

  /** Every child the group ever had, removed ones included: past sessions name them. */
  async everyChild(groupId: string): Promise<Child[]> {
    return (await this.sql.all<ChildRow>('SELECT * FROM children WHERE group_id = ? ORDER BY created_at, id', [groupId])).map(toChild);
  }

  async updateChild(id: string, nickname: string, avatar: AvatarId): Promise<Child | undefined> {
    await this.sql.run('UPDATE children SET nickname = ?, avatar = ? WHERE id = ? AND removed_at IS NULL', [nickname, avatar, id]);
    return this.child(id);
  }

  /** Soft removal: past events still name the child id, so the row stays for review. */
  async removeChild(id: string, now: number): Promise<boolean> {
    return (await this.sql.run('UPDATE children SET removed_at = ? WHERE id = ? AND removed_at IS NULL', [now, id])) > 0;
  }
}

export function rosterSnapshot(children: readonly Child[]): RosterEntry[] {
  return children.map((c) => ({ childId: c.id, nickname: c.nickname, avatar: c.avatar }));
}
