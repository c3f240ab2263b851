// Helpers for the children's-data control tests: play a session through real sockets, search the database files' bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleView, TabletView } from '../../shared/session/views';
import type { StaffInfo } from '../../shared/api/schemas';
import { LiveClient, seatToken } from './live-client';
import { StaffClient } from './staff-client';
import { testStore } from './postgres';
import { rowsMentioning } from './stored-events';

export interface Table {
  console: LiveClient<ConsoleView>;
  tablets: LiveClient<TabletView>[];
}

/** Starts a session of the group, seats every child on its own tablet, runs `script`, and ends it unless told to keep it live. */
export async function playSession(
  url: string,
  staff: StaffClient,
  groupId: string,
  childIds: readonly string[],
  script: (t: Table) => Promise<void>,
  keepLive = false,
): Promise<{ sessionId: string; close: () => void }> {
  const s = await staff.startSession(groupId);
  const consoleClient = new LiveClient<ConsoleView>(url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie });
  const tablets = childIds.map(() => new LiveClient<TabletView>(url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
  const close = () => [consoleClient, ...tablets].forEach((c) => c.close());
  await Promise.all(tablets.map((t) => t.until((v) => v.status === 'choosing')));
  await Promise.all(tablets.map((t, i) => t.send({ type: 'seat.claim', childId: childIds[i]! })));
  await consoleClient.until((v) => v.seats.every((x) => x.connected));
  await script({ console: consoleClient, tablets });
  if (!keepLive) {
    await staff.ok('POST', `/sessions/${s.id}/end`);
    close();
  }
  return { sessionId: s.id, close };
}

/** The database file and its write-ahead log and shared-memory index, as they are on disk now. */
export function databaseFiles(dataDir: string): { name: string; bytes: Buffer }[] {
  const base = join(dataDir, 'circletime.sqlite');
  return [base, `${base}-wal`, `${base}-shm`].filter((f) => existsSync(f)).map((f) => ({ name: f, bytes: readFileSync(f) }));
}

/**
 * Which of the strings the store still holds. SQLite: anywhere in the database files' bytes (UTF-8), with the file
 * they were found in — what secure_delete and the WAL scrub promise. PostgreSQL keeps deleted rows in pages until
 * VACUUM reuses them and in its WAL and backups (README says so), so there the promise, and the check, is every
 * row of every table as the service can read it.
 */
export async function foundOnDisk(dataDir: string, needles: readonly string[]): Promise<string[]> {
  if (testStore() === 'postgres') {
    const found: string[] = [];
    for (const n of needles) for (const row of await rowsMentioning(dataDir, [n])) found.push(`${n} in ${row.split(':')[0]}`);
    return found;
  }
  const files = databaseFiles(dataDir);
  return needles.flatMap((n) => files.filter((f) => f.bytes.includes(Buffer.from(n, 'utf8'))).map((f) => `${n} in ${f.name}`));
}

/** A logged-in colleague with the given role, created by the admin. */
export async function colleague(
  url: string,
  admin: StaffClient,
  username: string,
  role: 'facilitator' | 'reviewer',
): Promise<{ client: StaffClient; me: StaffInfo }> {
  const me = await admin.ok<StaffInfo>('POST', '/staff', { username, displayName: username, password: 'long enough pw', role });
  const client = new StaffClient(url);
  await client.login(username, 'long enough pw');
  return { client, me };
}
