// Staff accounts and their server-side login sessions.
import type { Sql } from './sql/sql';
import { newId, randomToken, sha256 } from '../auth/tokens';

/** admin: accounts, access and retention, every group; facilitator: runs their groups; reviewer: reads the groups given. */
export type StaffRole = 'admin' | 'facilitator' | 'reviewer';

export interface Staff {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  /** False once an administrator deactivated the account: no sign-in, no session. */
  active: boolean;
}

interface StaffRow {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: StaffRole;
  disabled_at: number | null;
}

const toStaff = (r: StaffRow): Staff => ({ id: r.id, username: r.username, displayName: r.display_name, role: r.role, active: r.disabled_at === null });

export const LOGIN_TTL_MS = 12 * 60 * 60 * 1000;

export class StaffRepo {
  constructor(private readonly sql: Sql) {}

  async count(): Promise<number> {
    return (await this.sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM staff'))?.n ?? 0;
  }

  async create(username: string, displayName: string, passwordHash: string, now: number, role: StaffRole): Promise<Staff> {
    const id = newId();
    await this.sql.run('INSERT INTO staff (id, username, display_name, password_hash, created_at, role) VALUES (?, ?, ?, ?, ?, ?)', [
      id,
      username,
      displayName,
      passwordHash,
      now,
      role,
    ]);
    return { id, username, displayName, role, active: true };
  }

  async setRole(id: string, role: StaffRole): Promise<void> {
    await this.sql.run('UPDATE staff SET role = ? WHERE id = ?', [role, id]);
  }

  /** Deactivating also ends every login session of the account at once. */
  async setActive(id: string, active: boolean, now: number): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.run('UPDATE staff SET disabled_at = ? WHERE id = ?', [active ? null : now, id]);
      if (!active) await new StaffRepo(tx).revokeAllSessions(id, now);
    });
  }

  async get(id: string): Promise<Staff | undefined> {
    const r = await this.sql.get<StaffRow>('SELECT * FROM staff WHERE id = ?', [id]);
    return r && toStaff(r);
  }

  async list(): Promise<Staff[]> {
    return (await this.sql.all<StaffRow>('SELECT * FROM staff ORDER BY created_at')).map(toStaff);
  }

  /** Usernames are unique whatever their case (a lower() index in both engines). */
  async findByUsername(username: string): Promise<(Staff & { passwordHash: string }) | undefined> {
    const r = await this.sql.get<StaffRow>('SELECT * FROM staff WHERE lower(username) = lower(?)', [username]);
    return r && { ...toStaff(r), passwordHash: r.password_hash };
  }

  /** Starts a login session; returns the cookie token (only its hash is stored). */
  async startSession(staffId: string, now: number): Promise<string> {
    const token = randomToken();
    await this.sql.run('INSERT INTO auth_sessions (token_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)', [
      sha256(token),
      staffId,
      now,
      now + LOGIN_TTL_MS,
    ]);
    return token;
  }

  async staffForToken(token: string, now: number): Promise<Staff | undefined> {
    const r = await this.sql.get<StaffRow>(
      `SELECT s.* FROM auth_sessions a JOIN staff s ON s.id = a.staff_id
       WHERE a.token_hash = ? AND a.revoked_at IS NULL AND a.expires_at > ? AND s.disabled_at IS NULL`,
      [sha256(token), now],
    );
    return r && toStaff(r);
  }

  /** Ends one login session; resolves with the staff member it belonged to (their live consoles close too). */
  async revokeSession(token: string, now: number): Promise<string | undefined> {
    const r = await this.sql.get<{ staff_id: string }>('SELECT staff_id FROM auth_sessions WHERE token_hash = ? AND revoked_at IS NULL', [sha256(token)]);
    await this.sql.run('UPDATE auth_sessions SET revoked_at = ? WHERE token_hash = ?', [now, sha256(token)]);
    return r?.staff_id;
  }

  async revokeAllSessions(staffId: string, now: number): Promise<number> {
    return this.sql.run('UPDATE auth_sessions SET revoked_at = ? WHERE staff_id = ? AND revoked_at IS NULL', [now, staffId]);
  }
}
