// The live rooms this node holds: loaded when their first client or command arrives, started, retired, or handed to another node.
import { PRESENCE_DEBOUNCE_MS } from './device-budget';
import type { Actor, SessionEvent } from '../../shared/session/events';
import { foldEvents } from '../../shared/session/reducer';
import { seatOfDevice } from '../../shared/session/state';
import type { Group } from '../store/groups-repo';
import { rosterSnapshot, type GroupsRepo } from '../store/groups-repo';
import type { EventStore, Fence } from '../store/event-store';
import type { SessionRecord, SessionsRepo } from '../store/sessions-repo';
import { newId, randomDigits, randomToken } from '../auth/tokens';
import { Room, type HandOverReason, type RoomDeps } from './room';
import type { InstrumentCatalog } from '../../shared/instruments/catalog';
import { pastTurnsByActivity, type PastTurnsByActivity } from '../../shared/session/past-turns';
import type { Programme } from '../../shared/programmes/programme';
import { nextProgrammeSession, programmeSessionRun } from '../../shared/programmes/progress';
import type { ProgrammesRepo } from '../store/programmes-repo';
import type { Cluster } from '../cluster/cluster';

export interface RegistryDeps {
  store: EventStore;
  sessions: SessionsRepo;
  groups: GroupsRepo;
  programmes: ProgrammesRepo;
  cluster: Cluster;
  now: () => number;
  joinCodeDigits: number;
  /** Base URL tablets use to reach this server, e.g. http://192.168.1.20:3000 */
  publicBaseUrl: () => string;
  /** Check-in instruments loaded at start. */
  instruments: InstrumentCatalog;
  onError?: (err: Error) => void;
  /** A room of this node was taken by another node (its clients are being handed over). */
  onMoved?: (room: Room, why: HandOverReason) => void;
  /** This node took a room another node held: tell that node to stop and hand its clients over at once. */
  onTaken?: (sessionId: string, fromNodeId: string, epoch: number) => void;
  /** Grace for tablets to come back to a room loaded from its log (tests shorten it). */
  presenceGraceMs?: number;
}

/** A live session with nothing logged this long after it was indexed never started (its node died in between). */
const UNSTARTED_AFTER_MS = 60_000;

/** Draws of a fresh join code before giving up (each clash is a live session already using the code). */
const CODE_TRIES = 50;

export class RoomRegistry {
  private readonly byId = new Map<string, Room>();
  /** Loads in flight, so two clients arriving together share one load. */
  private readonly loading = new Map<string, Promise<Room | undefined>>();
  /** Join code → session id of the loads in flight (known once the load has read the session's index row). */
  private readonly loadingCodes = new Map<string, string>();
  /** Starts in flight per group, so a double click cannot open two sessions of one group on this node. */
  private readonly starting = new Map<string, Promise<string>>();
  /** New join codes in flight per session, one after the other, so the index and the room agree on the last. */
  private readonly recoding = new Map<string, Promise<string | undefined>>();

  constructor(private readonly deps: RegistryDeps) {}

  /** Rooms held by this node. */
  get size(): number {
    return this.byId.size;
  }

  /** The room if this node holds it now. */
  get(sessionId: string): Room | undefined {
    return this.byId.get(sessionId);
  }

  /**
   * The room with this join code if this node holds it (or is loading it: then once loaded), without reading the
   * database and without ever starting a load. A live room's code never changes, and a held room that is neither
   * moved nor ended is live as far as this node's claim goes (a commit under a lost claim is fenced, as for any
   * client of a held room).
   */
  async heldByCode(code: string): Promise<Room | undefined> {
    const usable = (r: Room | undefined) => (r && !r.moved && !r.ended && r.code === code ? r : undefined);
    for (const r of this.byId.values()) if (usable(r)) return r;
    const id = this.loadingCodes.get(code);
    const loading = id === undefined ? undefined : this.loading.get(id);
    return usable(loading ? await loading.catch(() => undefined) : undefined);
  }

  /** Every room this node holds, with its claim (the heartbeat checks them). */
  heldFences(): Map<string, Fence> {
    const held = new Map<string, Fence>();
    for (const room of this.byId.values()) if (room.fence) held.set(room.sessionId, room.fence);
    return held;
  }

  /**
   * The room of a live session, loaded here if this node does not hold it yet: the node claims it (fencing any
   * earlier owner) and only then reads the log, so every event the earlier owner committed is in the fold.
   * Undefined when the session is not live.
   */
  acquire(sessionId: string): Promise<Room | undefined> {
    const held = this.byId.get(sessionId);
    if (held && !held.moved) return Promise.resolve(held);
    let p = this.loading.get(sessionId);
    if (!p) {
      p = this.load(sessionId).finally(() => this.loading.delete(sessionId));
      this.loading.set(sessionId, p);
    }
    return p;
  }

  private async load(sessionId: string): Promise<Room | undefined> {
    // Side by side: a takeover loads a hundred rooms at once, and each round trip waits its turn on the pool.
    const [rec, lastSeq] = await Promise.all([this.deps.sessions.get(sessionId), this.deps.store.lastSeq(sessionId)]);
    if (rec?.status !== 'live' || !rec.joinCode) return undefined;
    const code = rec.joinCode;
    this.loadingCodes.set(code, sessionId);
    try {
      return await this.loadLive(sessionId, { ...rec, joinCode: code }, lastSeq);
    } finally {
      if (this.loadingCodes.get(code) === sessionId) this.loadingCodes.delete(code);
    }
  }

  private async loadLive(sessionId: string, rec: SessionRecord & { joinCode: string }, firstSeq: number): Promise<Room | undefined> {
    // Checked before claiming: a session indexed a moment ago is still being started (on this node or another),
    // and claiming it now would fence its starter out. One with nothing logged long after its start crashed
    // between indexing and logging: nothing happened in it.
    for (let tries = 0, seq = firstSeq; seq === 0; tries++, seq = await this.deps.store.lastSeq(sessionId)) {
      if (this.deps.now() - rec.startedAt > UNSTARTED_AFTER_MS) {
        await this.deps.sessions.markEnded(sessionId, this.deps.now());
        return undefined;
      }
      // Its first event is a commit away on the node starting it: wait a little rather than refuse a client.
      if (tries >= 30) return undefined;
      await new Promise((r) => setTimeout(r, 100));
    }
    // The earlier sessions' turns do not depend on the claim: read them meanwhile.
    const [claim, pastTurns] = await Promise.all([this.deps.cluster.claimRoom(sessionId), this.pastTurns(rec.groupId, sessionId)]);
    if (claim.fence && claim.previousNodeId && claim.previousNodeId !== this.deps.cluster.nodeId)
      this.deps.onTaken?.(sessionId, claim.previousNodeId, claim.fence.epoch);
    // The log is read only now, after the claim: whatever the old owner committed is in it, and nothing after.
    const room = await Room.load(sessionId, this.roomDeps(rec.joinCode, claim.fence, pastTurns));
    this.byId.set(sessionId, room);
    return room;
  }

  /**
   * Opens a new session of the group and resolves with its id, or with the id of the group's live session: that one
   * is not loaded here (it may be starting, or running, on another node; its clients will load it where they land).
   */
  start(group: Group, staffId: string): Promise<string> {
    const inFlight = this.starting.get(group.id);
    if (inFlight) return inFlight;
    const p = this.open(group, staffId).finally(() => this.starting.delete(group.id));
    this.starting.set(group.id, p);
    return p;
  }

  private async open(group: Group, staffId: string): Promise<string> {
    const live = await this.deps.sessions.liveForGroup(group.id);
    if (live) return live.id;
    const id = newId();
    const now = this.deps.now();
    let code: string | undefined;
    // The unique index on live codes decides, atomically across nodes; a clash draws another code.
    for (let i = 0; i < CODE_TRIES && !code; i++) {
      const candidate = this.drawCode();
      const outcome = await this.deps.sessions.insertLive(
        { id, groupId: group.id, joinCode: candidate, previousJoinCode: null, screenToken: randomToken(24), startedAt: now },
        staffId,
      );
      if (outcome === 'ok') code = candidate;
      else if (outcome === 'group-live') return this.open(group, staffId);
    }
    if (!code) throw new Error('no free join code');
    const claim = await this.deps.cluster.claimRoom(id);
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
          roster: rosterSnapshot(await this.deps.groups.roster(group.id)),
        },
      },
      actor,
      this.roomDeps(code, claim.fence, await this.pastTurns(group.id, id)),
    );
    this.byId.set(id, room);
    await this.planFromProgramme(room, group.id, actor);
    return id;
  }

  /** A new session of a group with a programme starts with the plan of the programme's next session. */
  private async planFromProgramme(room: Room, groupId: string, actor: Actor): Promise<void> {
    const programme = await this.deps.programmes.get(groupId);
    if (!programme) return;
    const index = await this.nextProgrammeSession(groupId, programme, room.sessionId);
    const session = index === null ? undefined : programme.sessions[index];
    if (index === null || !session) return;
    const rounds = session.rounds.map((r) => ({ activity: r.activity, settings: r.settings, ...(r.note ? { note: r.note } : {}) }));
    await room.command({ type: 'plan.set', rounds, session: { index, count: programme.sessions.length, title: session.title, goal: session.goal } }, actor);
  }

  /** The programme session the group runs next, from what its earlier sessions ran. */
  async nextProgrammeSession(groupId: string, programme: Programme, exceptSessionId?: string): Promise<number | null> {
    const runs = (await this.earlierLogs(groupId, exceptSessionId)).map(programmeSessionRun);
    return nextProgrammeSession(runs, programme.sessions.length);
  }

  private async earlierLogs(groupId: string, exceptSessionId?: string): Promise<SessionEvent[][]> {
    const logs: SessionEvent[][] = [];
    for (const s of await this.deps.sessions.forGroup(groupId)) if (s.id !== exceptSessionId) logs.push(await this.deps.store.read(s.id));
    return logs;
  }

  /**
   * Gives the room's live session a new join code (codes were being guessed): taken in the index first, where
   * the unique index on live codes decides clashes atomically across nodes (a clash draws again, as a start does);
   * then logged and shown by the room. Resolves with the new code, or undefined when the session is not live.
   */
  newCode(room: Room, staffId: string): Promise<string | undefined> {
    const before = this.recoding.get(room.sessionId) ?? Promise.resolve(undefined);
    const p = before.catch(() => undefined).then(() => this.replaceCode(room, staffId));
    this.recoding.set(room.sessionId, p);
    void p.finally(() => this.recoding.get(room.sessionId) === p && this.recoding.delete(room.sessionId)).catch(() => undefined);
    return p;
  }

  private async replaceCode(room: Room, staffId: string): Promise<string | undefined> {
    for (let i = 0; i < CODE_TRIES; i++) {
      if (room.ended || room.moved) return undefined;
      const candidate = this.drawCode();
      const outcome = await this.deps.sessions.replaceCode(room.sessionId, candidate);
      if (outcome === 'not-live') return undefined;
      if (outcome === 'ok') {
        await room.changeCode(candidate, this.joinUrlOf(candidate), { kind: 'staff', staffId });
        return candidate;
      }
    }
    throw new Error('no free join code');
  }

  /**
   * Whether a device is seated in a live session, without taking its room here: a tablet that came back with the
   * session's replaced code was routed by that code, maybe to a node that does not hold the room, and taking the
   * room there would move it away from every other client. Folding the log is rare (only such returns).
   */
  async seatedIn(sessionId: string, deviceHash: string): Promise<boolean> {
    const held = this.byId.get(sessionId);
    const state = held && !held.moved ? held.snapshot : foldEvents(sessionId, await this.deps.store.read(sessionId));
    return seatOfDevice(state, deviceHash) !== undefined;
  }

  /** Another node took these rooms: each stops here and hands its clients over (unless held at `epoch` or later). */
  handOver(sessionIds: readonly string[], epoch = Infinity): void {
    for (const id of sessionIds) {
      const room = this.byId.get(id);
      if (room && (room.fence?.epoch ?? 0) < epoch) room.handOver('claimed');
    }
  }

  /** Earlier sessions of the group are closed logs: read once when a room opens. */
  private async pastTurns(groupId: string, exceptSessionId: string): Promise<PastTurnsByActivity> {
    return pastTurnsByActivity((await this.earlierLogs(groupId, exceptSessionId)).flat());
  }

  private roomDeps(code: string, fence: Fence | undefined, pastTurns: PastTurnsByActivity): RoomDeps {
    return {
      pastTurns,
      instruments: this.deps.instruments,
      store: this.deps.store,
      now: this.deps.now,
      code,
      joinUrl: this.joinUrlOf(code),
      ...(fence ? { fence } : {}),
      onEnded: (room) => this.retire(room),
      onMoved: (room, why) => {
        if (this.byId.get(room.sessionId) === room) this.byId.delete(room.sessionId);
        this.deps.onMoved?.(room, why);
      },
      ...(this.deps.presenceGraceMs !== undefined ? { presenceGraceMs: this.deps.presenceGraceMs } : {}),
      presenceDebounceMs: PRESENCE_DEBOUNCE_MS,
      deviceBudgets: true,
      ...(this.deps.onError ? { onError: this.deps.onError } : {}),
    };
  }

  private async retire(room: Room): Promise<void> {
    if (this.byId.get(room.sessionId) === room) this.byId.delete(room.sessionId);
    try {
      await this.deps.sessions.markEnded(room.sessionId, this.deps.now());
      await this.deps.cluster.releaseRoom(room.sessionId, room.fence);
    } catch (err) {
      this.deps.onError?.(err instanceof Error ? err : new Error(String(err)));
    }
  }

  private joinUrlOf(code: string): string {
    return `${this.deps.publicBaseUrl()}/j/${code}`;
  }

  private drawCode(): string {
    const digits = this.deps.joinCodeDigits;
    // Codes never start with 0 so a child never wonders whether to type it.
    return String(1 + (Number(randomDigits(1)) % 9)) + randomDigits(digits - 1);
  }
}
