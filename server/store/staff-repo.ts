// Staff accounts and their server-side login sessions.
import type { Db } from './database';
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
  constructor(private readonly db: Db) {}

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM staff').get() as { n: number }).n;
  }

  create(username: string, displayName: string, passwordHash: string, now: number, role: StaffRole): Staff {
    const id = newId();
    this.db
      .prepare('INSERT INTO staff (id, username, display_name, password_hash, created_at, role) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, username, displayName, passwordHash, now, role);
    return { id, username, displayName, role, active: true };
  }

  setRole(id: string, role: StaffRole): void {
    this.db.prepare('UPDATE staff SET role = ? WHERE id = ?').run(role, id);
  }

  /** Deactivating also ends every login session of the account at once. */
  setActive(id: string, active: boolean, now: number): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE staff SET disabled_at = ? WHERE id = ?').run(active ? null : now, id);
      if (!active) this.revokeAllSessions(id, now);
    })();
  }

  get(id: string): Staff | undefined {
    const r = this.db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
    return r && toStaff(r);
  }

  list(): Staff[] {
    return (this.db.prepare('SELECT * FROM staff ORDER BY created_at').all() as StaffRow[]).map(toStaff);
  }

  findByUsername(username: string): (Staff & { passwordHash: string }) | undefined {
    const r = this.db.prepare('SELECT * FROM staff WHERE username = ?').get(username) as StaffRow | undefined;
    return r && { ...toStaff(r), passwordHash: r.password_hash };
  }

  /** Starts a login session; returns the cookie token (only its hash is stored). */
  startSession(staffId: string, now: number): string {
    const token = randomToken();
    this.db
      .prepare('INSERT INTO auth_sessions (token_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
      .run(sha256(token), staffId, now, now + LOGIN_TTL_MS);
    return token;
  }

  staffForToken(token: string, now: number): Staff | undefined {
    const r = this.db
      .prepare(
        `SELECT s.* FROM auth_sessions a JOIN staff s ON s.id = a.staff_id
         WHERE a.token_hash = ? AND a.revoked_at IS NULL AND a.expires_at > ? AND s.disabled_at IS NULL`,
      )
      .get(sha256(token), now) as StaffRow | undefined;
    return r && toStaff(r);
  }

  revokeSession(token: string, now: number): void {
    this.db.prepare('UPDATE auth_sessions SET revoked_at = ? WHERE token_hash = ?').run(now, sha256(token));
  }

  revokeAllSessions(staffId: string, now: number): number {
    return this.db
      .prepare('UPDATE auth_sessions SET revoked_at = ? WHERE staff_id = ? AND revoked_at IS NULL')
      .run(now, staffId).changes;
  }
}
