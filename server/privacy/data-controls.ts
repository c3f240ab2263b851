// Children's-data controls on the server: the retention purge of whole groups and erasing one child on a guardian's request.
import { eraseChildFromEvent, placeholderId, scrubFreeText } from '../../shared/privacy/erase-child';
import { retentionExpired } from '../../shared/privacy/retention-date';
import { randomToken } from '../auth/tokens';
import type { RoomRegistry } from '../rooms/room-registry';
import type { AuditRepo } from '../store/audit-repo';
import type { DataControlsRepo, PurgedRows } from '../store/data-controls-repo';
import type { ManagedEventStore } from '../store/event-store';
import type { Group, GroupsRepo } from '../store/groups-repo';
import type { ProgrammesRepo } from '../store/programmes-repo';
import type { SessionsRepo } from '../store/sessions-repo';

export interface DataControlsDeps {
  store: ManagedEventStore;
  groups: GroupsRepo;
  sessions: SessionsRepo;
  programmes: ProgrammesRepo;
  rows: DataControlsRepo;
  audit: AuditRepo;
  registry: Pick<RoomRegistry, 'liveForGroup' | 'get'>;
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

export class DataControls {
  private purging: Promise<PurgeReport[]> | null = null;

  constructor(private readonly deps: DataControlsDeps) {}

  /**
   * A live room, or a session the index calls live that has no room yet (a start still being logged): either
   * keeps the group's data untouched. A room that has ended but not yet closed its index row does not count.
   */
  hasLiveSession(groupId: string): boolean {
    const { registry, rows } = this.deps;
    return registry.liveForGroup(groupId) !== undefined || rows.liveSessionIds(groupId).some((id) => registry.get(id) === undefined);
  }

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
    for (const g of this.deps.groups.list()) {
      if (!retentionExpired(g.retainUntil, this.deps.now())) continue;
      const report = await this.purgeGroup(g);
      if (report) reports.push(report);
    }
    if (reports.length > 0) this.deps.rows.scrubDisk();
    return reports;
  }

  /**
   * Removes the group's events and every row of it in one transaction, then audits counts only. A group with a
   * live session waits for the next check. The check and the purge run without a pause, so no session can
   * start in between.
   */
  private async purgeGroup(g: Group): Promise<PurgeReport | null> {
    if (g.retainUntil === null || this.hasLiveSession(g.id)) return null;
    const retainUntil = g.retainUntil;
    const sessionIds = this.deps.sessions.forGroup(g.id).map((s) => s.id);
    let rows: PurgedRows | undefined;
    const events = await this.deps.store.purgeSessions(sessionIds, () => {
      rows = this.deps.rows.deleteGroupRows(g.id);
    });
    const report: PurgeReport = { groupId: g.id, retainUntil, sessions: rows?.sessions ?? 0, events, children: rows?.children ?? 0 };
    // The audit trail outlives the group: who (the server), when, which group id, how much, and the date.
    const { groupId: _id, ...detail } = report;
    this.deps.audit.record(null, 'purge', g.id, detail, this.deps.now());
    return report;
  }

  /**
   * Erases one child of the group (on the roster or removed earlier): every event of the group's sessions that
   * names them is rewritten to a random placeholder, and their roster row becomes that placeholder, in one
   * transaction. Refused while the group has a live session (the room holds the child in memory).
   */
  async eraseChild(groupId: string, childId: string, staffId: string): Promise<EraseOutcome> {
    const child = this.deps.groups.childOfGroup(groupId, childId);
    if (!child || child.erased) return { ok: false, reason: 'unknown' };
    if (this.hasLiveSession(groupId)) return { ok: false, reason: 'live' };
    const target = { childId, placeholderId: placeholderId(randomToken(12)), nickname: child.nickname };
    const sessionIds = this.deps.sessions.forGroup(groupId).map((s) => s.id);
    const now = this.deps.now();
    const events = await this.deps.store.rewriteForErasure(
      sessionIds,
      (e) => eraseChildFromEvent(e, target),
      () => {
        this.deps.rows.replaceWithPlaceholder(childId, target.placeholderId, now);
        // The group's programme is staff free text too: a note naming the child loses the name.
        const programme = this.deps.programmes.get(groupId);
        const scrubbed = programme && scrubFreeText(programme, child.nickname);
        if (scrubbed && JSON.stringify(scrubbed) !== JSON.stringify(programme)) this.deps.programmes.put(groupId, scrubbed, staffId, now);
      },
    );
    this.deps.rows.scrubDisk();
    // No nickname, no code: the placeholder and the counts are enough to account for the erasure.
    this.deps.audit.record(staffId, 'erase', groupId, { placeholderId: target.placeholderId, sessions: sessionIds.length, events }, now);
    return { ok: true, placeholderId: target.placeholderId, sessions: sessionIds.length, events };
  }

  /** Whether a group's retention date has passed (its data is about to be purged): no new session starts. */
  isExpired(g: Group): boolean {
    return retentionExpired(g.retainUntil, this.deps.now());
  }
}
