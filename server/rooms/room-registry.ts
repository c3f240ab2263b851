// All live rooms of this process, by session id and by join code; starts, restores and retires them.
import type { Actor } from '../../shared/session/events';
import type { Group } from '../store/groups-repo';
import { rosterSnapshot, type GroupsRepo } from '../store/groups-repo';
import type { EventStore } from '../store/event-store';
import type { SessionsRepo } from '../store/sessions-repo';
import { newId, randomDigits, randomToken } from '../auth/tokens';
import { Room, type RoomDeps } from './room';
import type { InstrumentCatalog } from '../../shared/instruments/catalog';
import { pastTurnsByActivity, type PastTurnsByActivity } from '../../shared/session/past-turns';

export interface RegistryDeps {
  store: EventStore;
  sessions: SessionsRepo;
  groups: GroupsRepo;
  now: () => number;
  joinCodeDigits: number;
  /** Base URL tablets use to reach this server, e.g. http://192.168.1.20:3000 */
  publicBaseUrl: () => string;
  /** Check-in instruments loaded at start. */
  instruments: InstrumentCatalog;
  onError?: (err: Error) => void;
}

export class RoomRegistry {
  private readonly byId = new Map<string, Room>();
  private readonly byCode = new Map<string, Room>();
  /** Starts in flight per group, so a double click cannot open two sessions of one group. */
  private readonly starting = new Map<string, Promise<Room>>();

  constructor(private readonly deps: RegistryDeps) {}

  get size(): number {
    return this.byId.size;
  }

  byCodeOrUndefined(code: string): Room | undefined {
    return this.byCode.get(code);
  }

  get(sessionId: string): Room | undefined {
    return this.byId.get(sessionId);
  }

  liveForGroup(groupId: string): Room | undefined {
    return [...this.byId.values()].find((r) => r.groupId === groupId && !r.ended);
  }

  /** Server start: every live session is rebuilt by folding its log. */
  async restore(): Promise<number> {
    for (const rec of this.deps.sessions.live()) {
      if (!rec.joinCode || (await this.deps.store.lastSeq(rec.id)) === 0) {
        // Crashed between indexing the session and logging its start: nothing happened in it.
        this.deps.sessions.markEnded(rec.id, this.deps.now());
        continue;
      }
      const room = await Room.load(rec.id, this.roomDeps(rec.joinCode, await this.pastTurns(rec.groupId, rec.id)));
      this.add(room);
    }
    return this.byId.size;
  }

  start(group: Group, staffId: string): Promise<Room> {
    const existing = this.liveForGroup(group.id);
    if (existing) return Promise.resolve(existing);
    const inFlight = this.starting.get(group.id);
    if (inFlight) return inFlight;
    const p = this.open(group, staffId).finally(() => this.starting.delete(group.id));
    this.starting.set(group.id, p);
    return p;
  }

  private async open(group: Group, staffId: string): Promise<Room> {
    const id = newId();
    const code = this.freeCode();
    const now = this.deps.now();
    this.deps.sessions.insertLive({ id, groupId: group.id, joinCode: code, screenToken: randomToken(24), startedAt: now }, staffId);
    const actor: Actor = { kind: 'staff', staffId };
    const room = await Room.start(
      id,
      {
        type: 'session.started',
        payload: {
          groupId: group.id,
          groupName: group.name,
          language: group.language,
          ageBand: group.ageBand,
          autoApprove: group.autoApprove,
          roster: rosterSnapshot(this.deps.groups.roster(group.id)),
        },
      },
      actor,
      this.roomDeps(code, await this.pastTurns(group.id, id)),
    );
    this.add(room);
    return room;
  }

  /** Roster edits reach a live session as a new snapshot event; past events stay as they were. */
  async syncRoster(groupId: string, staffId: string): Promise<void> {
    const room = this.liveForGroup(groupId);
    if (!room) return;
    await room.record([{ type: 'roster.synced', payload: { roster: rosterSnapshot(this.deps.groups.roster(groupId)) } }], { kind: 'staff', staffId });
  }

  private add(room: Room): void {
    this.byId.set(room.sessionId, room);
    this.byCode.set(room.code, room);
  }

  /** Earlier sessions of the group are closed logs: read once when a room opens. */
  private async pastTurns(groupId: string, exceptSessionId: string): Promise<PastTurnsByActivity> {
    const events = [];
    for (const s of this.deps.sessions.forGroup(groupId)) {
      if (s.id !== exceptSessionId) events.push(...(await this.deps.store.read(s.id)));
    }
    return pastTurnsByActivity(events);
  }

  private roomDeps(code: string, pastTurns: PastTurnsByActivity): RoomDeps {
    return {
      pastTurns,
      instruments: this.deps.instruments,
      store: this.deps.store,
      now: this.deps.now,
      code,
      joinUrl: `${this.deps.publicBaseUrl()}/j/${code}`,
      onEnded: (room) => this.retire(room),
      ...(this.deps.onError ? { onError: this.deps.onError } : {}),
    };
  }

  private retire(room: Room): void {
    this.byId.delete(room.sessionId);
    if (this.byCode.get(room.code) === room) this.byCode.delete(room.code);
    this.deps.sessions.markEnded(room.sessionId, this.deps.now());
  }

  private freeCode(): string {
    const digits = this.deps.joinCodeDigits;
    // Codes never start with 0 so a child never wonders whether to type it.
    for (let i = 0; i < 1000; i++) {
      const code = String(1 + Number(randomDigits(1)) % 9) + randomDigits(digits - 1);
      if (!this.byCode.has(code)) return code;
    }
    throw new Error('no free join code');
  }
}
