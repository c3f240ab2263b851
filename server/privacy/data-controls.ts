// Children's-data controls on the server: the retention purge of whole groups and erasing one child on a guardian's request.
import { eraseChildFromEvent, placeholderId, scrubFreeText } from '../../shared/privacy/erase-child';
import { retentionExpired } from '../../shared/privacy/retention-date';
import { randomToken } from '../auth/tokens';
import type { AuditRepo } from '../store/audit-repo';
import { DataControlsRepo } from '../store/data-controls-repo';
import type { ManagedEventStore } from '../store/event-store';
import type { Group, GroupsRepo } from '../store/groups-repo';
import { ProgrammesRepo } from '../store/programmes-repo';
import { RecordsRepo } from '../store/records-repo';
import { SessionsRepo } from '../store/sessions-repo';
import type { Sql } from '../store/sql/sql';

export interface DataControlsDeps {
  sql: Sql;
  store: ManagedEventStore;
  groups: GroupsRepo;
  sessions: SessionsRepo;
  programmes: ProgrammesRepo;
  audit: AuditRepo;
  /** After a purge or erasure: makes the removed bytes leave the disk as far as the engine allows. */
  scrubDisk: () => Promise<void>;
  now: () => number;
}

/** What a purge removed, as the audit entry records it: counts and the date, never the group's data. */
export interface PurgeReport {
  groupId: string;
  retainUntil: string;
  sessions: number;
  events: number;
  children: number;
}

export type EraseOutcome = { ok: true; placeholderId: string; sessions: number; events: number } | { ok: false; reason: 'unknown' | 'live' };

/** Thrown inside a data-control transaction to roll it back without an error: the group has a live session. */
class GroupIsLive extends Error {}

export class DataControls {
  private purging: Promise<PurgeReport[]> | null = null;

  constructor(private readonly deps: DataControlsDeps) {}

  /** Purges every group past its retention date that has no live session; overlapping calls share one run. */
  purgeExpired(): Promise<PurgeReport[]> {
    this.purging ??= this.purgeDue().finally(() => (this.purging = null));
    return this.purging;
  }

  /** Resolves once no purge is running (the server waits for it before closing the database). */
  async settled(): Promise<void> {
    await this.purging?.catch(() => undefined);
  }

  private async purgeDue(): Promise<PurgeReport[]> {
    const reports: PurgeReport[] = [];
    for (const g of await this.deps.groups.list()) {
      if (!retentionExpired(g.retainUntil, this.deps.now())) continue;
      const report = await this.purgeGroup(g);
      if (report) reports.push(report);
    }
    if (reports.length > 0) await this.deps.scrubDisk();
    return reports;
  }

  /**
   * Removes the group's events and every row of it in one transaction, then audits counts only. The transaction
   * first locks the group's row and checks for a live session: a session starting on any node meanwhile waits
   * for the lock (and then finds no group) or, if it came first, makes the purge wait for the next check.
   */
  private async purgeGroup(g: Group): Promise<PurgeReport | null> {
    if (g.retainUntil === null) return null;
    const retainUntil = g.retainUntil;
    let report: PurgeReport;
    try {
      report = await this.deps.sql.transaction(async (tx) => {
        const rows = new DataControlsRepo(tx);
        const live = await rows.lockGroupHasLive(g.id);
        if (live !== false) throw new GroupIsLive();
        const sessionIds = (await new SessionsRepo(tx).forGroup(g.id)).map((s) => s.id);
        const events = await this.deps.store.purgeSessions(tx, sessionIds);
        await rows.redactGroupAuditSubjects(g.id);
        const purged = await rows.deleteGroupRows(g.id);
        return { groupId: g.id, retainUntil, sessions: purged.sessions, events, children: purged.children };
      });
    } catch (err) {
      if (err instanceof GroupIsLive) return null;
      throw err;
    }
    // The audit trail outlives the group: who (the server), when, which group id, how much, and the date.
    const { groupId: _id, ...detail } = report;
    await this.deps.audit.record(null, 'purge', g.id, detail, this.deps.now());
    return report;
  }

  /**
   * Erases one child of the group (on the roster or removed earlier): every event of the group's sessions that
   * names them is rewritten to a random placeholder, and their roster row becomes that placeholder, in one
   * transaction. Refused while the group has a live session (the room holds the child in memory).
   */
  async eraseChild(groupId: string, childId: string, staffId: string): Promise<EraseOutcome> {
    const child = await this.deps.groups.childOfGroup(groupId, childId);
    if (!child || child.erased) return { ok: false, reason: 'unknown' };
    const target = { childId, placeholderId: placeholderId(randomToken(12)), nickname: child.nickname };
    const now = this.deps.now();
    let done: { sessions: number; events: number };
    try {
      done = await this.deps.sql.transaction(async (tx) => {
        const rows = new DataControlsRepo(tx);
        if ((await rows.lockGroupHasLive(groupId)) !== false) throw new GroupIsLive();
        const sessionIds = (await new SessionsRepo(tx).forGroup(groupId)).map((s) => s.id);
        const events = await this.deps.store.rewriteForErasure(tx, sessionIds, (e) => eraseChildFromEvent(e, target));
        await rows.replaceWithPlaceholder(childId, target.placeholderId, now);
        await rows.redactAuditSubject(child.code, target.placeholderId);
        // The group's programme is staff free text too: a note naming the child loses the name.
        const programmes = new ProgrammesRepo(tx);
        const programme = await programmes.get(groupId);
        const scrubbed = programme && scrubFreeText(programme, child.nickname);
        if (scrubbed && JSON.stringify(scrubbed) !== JSON.stringify(programme)) await programmes.put(groupId, scrubbed, staffId, now);
        // Process records too: the child's individual notes go, and their nickname leaves the worker's text.
        await new RecordsRepo(tx).eraseChild(tx, groupId, childId, child.nickname);
        return { sessions: sessionIds.length, events };
      });
    } catch (err) {
      if (err instanceof GroupIsLive) return { ok: false, reason: 'live' };
      throw err;
    }
    await this.deps.scrubDisk();
    // No nickname, no code: the placeholder and the counts are enough to account for the erasure.
    await this.deps.audit.record(staffId, 'erase', groupId, { placeholderId: target.placeholderId, ...done }, now);
    return { ok: true, placeholderId: target.placeholderId, ...done };
  }

  /** Whether a group's retention date has passed (its data is about to be purged): no new session starts. */
  isExpired(g: Group): boolean {
    return retentionExpired(g.retainUntil, this.deps.now());
  }
}
