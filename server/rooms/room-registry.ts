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
import type { Programme } from '../../shared/programmes/programme';
import { nextProgrammeSession, programmeSessionRun } from '../../shared/programmes/progress';
import type { SessionEvent } from '../../shared/session/events';
import type { ProgrammesRepo } from '../store/programmes-repo';

export interface RegistryDeps {
  store: EventStore;
  sessions: SessionsRepo;
  groups: GroupsRepo;
  programmes: ProgrammesRepo;
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
    await this.planFromProgramme(room, group.id, actor);
    return room;
  }

  /** A new session of a group with a programme starts with the plan of the programme's next session. */
  private async planFromProgramme(room: Room, groupId: string, actor: Actor): Promise<void> {
    const programme = this.deps.programmes.get(groupId);
    if (!programme) return;
    const index = await this.nextProgrammeSession(groupId, programme, room.sessionId);
    const session = index === null ? undefined : programme.sessions[index];
    if (index === null || !session) return;
    const rounds = session.rounds.map((r) => ({ activity: r.activity, settings: r.settings, ...(r.note ? { note: r.note } : {}) }));
    await room.record([{ type: 'plan.set', payload: { rounds, session: { index, count: programme.sessions.length, title: session.title, goal: session.goal } } }], actor);
  }

  /** The programme session the group runs next, from what its earlier sessions ran. */
  async nextProgrammeSession(groupId: string, programme: Programme, exceptSessionId?: string): Promise<number | null> {
    const runs = (await this.earlierLogs(groupId, exceptSessionId)).map(programmeSessionRun);
    return nextProgrammeSession(runs, programme.sessions.length);
  }

  private async earlierLogs(groupId: string, exceptSessionId?: string): Promise<SessionEvent[][]> {
    const logs: SessionEvent[][] = [];
    for (const s of this.deps.sessions.forGroup(groupId)) if (s.id !== exceptSessionId) logs.push(await this.deps.store.read(s.id));
    return logs;
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
    return pastTurnsByActivity((await this.earlierLogs(groupId, exceptSessionId)).flat());
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
