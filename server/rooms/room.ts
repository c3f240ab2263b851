// A live session's authority: one writer; validate → append durably → fold → send each view.
import type { Intent } from '../../shared/protocol/intents';
import type { IntentResult } from '../../shared/protocol/messages';
import type { Actor, EventBody, SessionEvent } from '../../shared/session/events';
import { applyEvent, foldEvents } from '../../shared/session/reducer';
import { envelope } from '../../shared/session/envelope';
import { decideCommand, type ServerCommand } from '../../shared/session/server-commands';
import { DeviceBudgets } from './device-budget';
import { presenceFollowUps } from '../../shared/session/round-rules';
import { decide, type Who } from '../../shared/session/rules';
import { seatOfDevice, type SessionState } from '../../shared/session/state';
import type { ViewContext } from '../../shared/session/views';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { MOMENT_EVENTS } from '../../shared/protocol/recipient-events';
import { FencedError, type Fence } from '../store/event-store';
import { CommitTracker } from './commit-tracker';
import { presenceChanges } from './presence-changes';
import { sendBatches, viewContextOf, type Attached } from './send-batches';
import { RoomMetrics } from './room-metrics';
import { RecentEvents } from './recent-events';
import type { RoomClient } from './room-client';

/** Event types after which the set of present children may differ. */
const PRESENCE_CHANGES = new Set<string>(['presence.changed', 'seat.granted', 'seat.released', 'seat.moved']);

import { PRESENCE_GRACE_MS, type HandOverReason, type RoomDeps } from './room-deps';

export { PRESENCE_GRACE_MS, type HandOverReason, type RoomDeps };

export class Room {
  private state: SessionState;
  private readonly commits: CommitTracker;
  private readonly clients = new Map<string, Attached>();
  /** Intent id → seq of its last event, so a repeated id is answered, not re-applied. */
  private readonly intentSeqs = new Map<string, number>();
  private endedNotified = false;
  private broadcastQueued = false;
  /** Bumped by events that change more than the screen's moments (waves and reactions rebuild no other view). */
  private stateEpoch = 0;
  /** Bumped when a screen comes or goes (the console counts screens): every view is rebuilt. */
  private clientEpoch = 0;
  private sent = { stateEpoch: -1, clientEpoch: -1 };
  /** Committed events no batch has carried yet, oldest first. */
  private unsent: SessionEvent[] = [];
  /** The newest committed events: a reconnect's catch-up is read from here when it can. */
  private readonly recent: RecentEvents;
  /** The state as of the last commit, which views show (waiting for no uncommitted events sent none for seconds under load). */
  private committedView: { state: SessionState; stateEpoch: number };
  /** The state after each append not committed yet, oldest first. */
  private uncommitted: { seq: number; state: SessionState; stateEpoch: number }[] = [];
  private readonly metrics: RoomMetrics;
  /** When each tablet's last socket left (device hash → ms): departures are logged only once they last. */
  private readonly absentSince = new Map<string, number>();
  private presenceTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly budgets: DeviceBudgets | undefined;
  /** Until then, seats the log calls connected are not logged as gone (tablets are reconnecting after a move). */
  private graceUntil = 0;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set while the room folds its log again after a failed commit; intents wait for it. */
  private recovering: Promise<void> | null = null;
  /** Another node owns the room now: nothing more is written or sent from here. */
  private gone = false;
  private markRetired: () => void = () => {};
  /** Resolves once the session's end is committed and the index says so (an HTTP "end" answers after it). */
  readonly retired = new Promise<void>((resolve) => (this.markRetired = resolve));
  /** The join code and URL the views show: the index's, changed when the facilitator asks for a new code. */
  private joinCode: string;
  private joinUrl: string;

  private constructor(
    readonly sessionId: string,
    private readonly deps: RoomDeps,
    events: readonly SessionEvent[],
  ) {
    this.joinCode = deps.code;
    this.joinUrl = deps.joinUrl;
    this.state = foldEvents(sessionId, events);
    this.commits = new CommitTracker(this.state.version);
    this.committedView = { state: this.state, stateEpoch: 0 };
    for (const e of events) if (e.intentId) this.intentSeqs.set(e.intentId, e.seq);
    this.recent = new RecentEvents(events);
    this.budgets = deps.deviceBudgets ? new DeviceBudgets(deps.now) : undefined;
    this.metrics = new RoomMetrics(events);
  }

  /**
   * Rebuilds a room by folding its log (a restart, or a takeover after its node died). Tablets get a grace window
   * to come back before their seats are logged as disconnected, so a running activity is not reshuffled (Build
   * Together's hands, turn order) by the server going away for a moment.
   */
  static async load(sessionId: string, deps: RoomDeps): Promise<Room> {
    const room = new Room(sessionId, deps, await deps.store.read(sessionId));
    const grace = deps.presenceGraceMs ?? PRESENCE_GRACE_MS;
    room.graceUntil = deps.now() + grace;
    room.graceTimer = setTimeout(() => void room.reconcilePresence('restart'), grace);
    room.graceTimer.unref?.();
    return room;
  }

  /** Starts a new session: its first event carries the roster snapshot. */
  static async start(sessionId: string, started: Extract<EventBody, { type: 'session.started' }>, actor: Actor, deps: RoomDeps): Promise<Room> {
    const room = new Room(sessionId, deps, []);
    await room.append([started], actor);
    return room;
  }

  get version(): number {
    return this.state.version;
  }
  get code(): string {
    return this.joinCode;
  }
  get ended(): boolean {
    return this.state.endedAt !== null;
  }
  get groupId(): string {
    return this.state.groupId;
  }
  /** This node's claim on the room (undefined on the laptop). */
  get fence(): Fence | undefined {
    return this.deps.fence;
  }
  /** True once another node took the room: the registry forgets it and its clients reconnect elsewhere. */
  get moved(): boolean {
    return this.gone;
  }
  /** The folded state; read-only for callers. */
  get snapshot(): Readonly<SessionState> {
    return this.state;
  }

  attach(client: RoomClient, since?: number): void {
    if (this.gone) return client.moved();
    const committed = this.committedView.state.version;
    // From the version it names (a reconnect, a restart), or from now.
    const from = since !== undefined && since < committed ? since : committed;
    const attached: Attached = { client, lastView: undefined, sentSeq: from, ready: false };
    this.clients.set(client.id, attached);
    if (client.who.kind === 'tablet') this.absentSince.delete(client.who.deviceHash);
    client.sendHello({ protocol: PROTOCOL_VERSION, version: committed, serverNow: this.deps.now() });
    void this.sendCatchup(attached);
    void this.reconcilePresence();
    // Only a screen changes what others see (the console counts screens); anyone else needs just its own first
    // batch (rebuilding every view per arrival made a room's reconnect O(n²)).
    if (client.who.kind === 'screen') {
      this.clientEpoch++;
      this.broadcastIfCommitted();
    }
  }

  detach(clientId: string): void {
    const who = this.clients.get(clientId)?.client.who;
    if (!this.clients.delete(clientId)) return;
    if (who?.kind === 'tablet' && ![...this.clients.values()].some((a) => a.client.who.kind === 'tablet' && a.client.who.deviceHash === who.deviceHash)) {
      this.absentSince.set(who.deviceHash, this.deps.now());
    }
    void this.reconcilePresence();
    if (who?.kind === 'screen') {
      this.clientEpoch++;
      this.broadcastIfCommitted();
    }
  }

  /** Handles one intent. Resolves after its events are committed (or at once on rejection). */
  async submit(who: Who, intent: Intent): Promise<IntentResult> {
    if (this.recovering) await this.recovering.catch(() => undefined);
    if (this.gone) return { ok: false, code: 'server.error' };
    const seen = this.intentSeqs.get(intent.id);
    if (seen !== undefined) {
      // A failed commit rejects the wait: the original was never stored, so neither is its retry.
      const committed = await this.commits.until(seen).then(
        () => true,
        () => false,
      );
      return committed && seen <= this.commits.committed ? { ok: true, seq: seen, duplicate: true } : { ok: false, code: 'server.error' };
    }
    // One clock reading for the decision and the log: the rules' look-ahead fold is then exactly the room's.
    const now = this.deps.now();
    const decision = decide(this.state, intent, who, now, {
      random: this.deps.random ?? Math.random,
      pastTurns: this.deps.pastTurns ?? {},
      instruments: this.deps.instruments,
    });
    if (!decision.ok) return { ok: false, code: decision.code };
    // What a tablet may write is budgeted per device, across its connections (rejections write nothing).
    if (who.kind === 'tablet' && decision.events.length > 0 && this.budgets?.take(who.deviceHash) === false) return { ok: false, code: 'rate.limited' };
    try {
      const seq = await this.append(decision.events, decision.actor, intent.id, { at: now, after: decision.after });
      return { ok: true, seq };
    } catch {
      // Answer only once the room is back on its log, so a retry of this intent sees the truth.
      if (this.recovering) await this.recovering.catch(() => undefined);
      return { ok: false, code: 'server.error' };
    }
  }

  /** A command of the server itself (HTTP end, roster edit, programme plan) through the console's rules; resolves with the last seq once committed. */
  async command(command: ServerCommand, actor: Actor): Promise<number> {
    if (this.recovering) await this.recovering.catch(() => undefined);
    if (this.gone) return this.state.version;
    const decision = decideCommand(this.state, command, this.deps.now());
    if (!decision.ok) return this.state.version;
    return this.append(decision.events, actor);
  }

  /**
   * The session has a new join code (the index has it already): logged, shown in every view, and tablets not seated
   * are let go (they came in by the old code, maybe the guessed one); seated ones learn the new code from their view.
   */
  async changeCode(code: string, joinUrl: string, actor: Actor): Promise<void> {
    if (this.ended || this.gone) return;
    this.joinCode = code;
    this.joinUrl = joinUrl;
    this.clientEpoch++; // every view shows the code: a full round, though the state did not change
    await this.command({ type: 'join.change-code' }, actor);
    for (const [id, { client }] of this.clients) {
      if (client.who.kind !== 'tablet' || seatOfDevice(this.state, client.who.deviceHash)) continue;
      client.close({ code: 'join.code_changed', message: 'This session has a new join code.' });
      this.detach(id);
    }
  }

  /** Appends events: folds them at once (so the next intent sees them), sends nothing until committed. */
  private async append(bodies: readonly EventBody[], actor: Actor, intentId?: string, folded?: { at: number; after?: SessionState }): Promise<number> {
    const events = envelope(this.state, bodies, { at: folded?.at ?? this.deps.now(), actor, intentId });
    const last = events.at(-1)?.seq ?? this.state.version;
    // The rules folded these very events to look ahead (same actor, same time): that state, not a second fold.
    this.state = folded?.after?.version === last ? folded.after : events.reduce(applyEvent, this.state);
    if (events.some((e) => !MOMENT_EVENTS.has(e.type))) this.stateEpoch++;
    this.uncommitted.push({ seq: last, state: this.state, stateEpoch: this.stateEpoch });
    if (intentId) this.intentSeqs.set(intentId, last);
    try {
      await this.deps.store.append(events, this.deps.fence);
    } catch (err) {
      if (err instanceof FencedError) this.handOver('fenced');
      else this.recovering ??= this.recover(err instanceof Error ? err : new Error(String(err))).finally(() => (this.recovering = null));
      throw err;
    }
    this.commits.advance(last);
    this.unsent.push(...events);
    this.recent.add(events);
    // A room's appends commit in order, so everything up to `last` is in the log now.
    while (this.uncommitted[0] && this.uncommitted[0].seq <= this.commits.committed) {
      const { state, stateEpoch } = this.uncommitted.shift()!;
      this.committedView = { state, stateEpoch };
    }
    this.metrics.add(events);
    // Only seat changes can make the log's presence disagree with the attached sockets.
    if (events.some((e) => e.type.startsWith('seat.'))) void this.reconcilePresence();
    if (events.some((e) => PRESENCE_CHANGES.has(e.type))) void this.followPresence();
    this.queueBroadcast();
    if (this.ended && !this.endedNotified && this.commits.committed === this.state.version) {
      this.endedNotified = true;
      // After this tick, so the intent that ended the session still gets its answer.
      setImmediate(() => this.finish());
    }
    return last;
  }

  /** Another node owns the room now (or this one hung and was fenced): stop writing, drop every transport. */
  handOver(why: HandOverReason): void {
    if (this.gone) return;
    this.gone = true;
    clearTimeout(this.graceTimer);
    clearTimeout(this.presenceTimer);
    this.deps.onMoved?.(this, why);
    for (const { client } of this.clients.values()) client.moved();
    this.clients.clear();
  }

  /** A failed commit leaves memory ahead of the log: fold the log again (retrying while the database is away). */
  private async recover(err: Error): Promise<void> {
    this.deps.onError?.(err);
    let events: SessionEvent[] | undefined;
    for (let delay = 100; events === undefined; delay = Math.min(delay * 2, 2000)) {
      try {
        events = await this.deps.store.read(this.sessionId);
      } catch {
        if (this.gone) return;
        await new Promise((r) => setTimeout(r, delay));
      }
    }
    this.state = foldEvents(this.sessionId, events);
    this.metrics.reset(events);
    this.intentSeqs.clear();
    for (const e of events) if (e.intentId) this.intentSeqs.set(e.intentId, e.seq);
    this.commits.reset(this.state.version);
    this.uncommitted = [];
    this.unsent = [];
    this.recent.reset(events);
    this.committedView = { state: this.state, stateEpoch: ++this.stateEpoch };
    this.broadcastIfCommitted();
    // Presence changed while the log was out of reach is logged now.
    setImmediate(() => void this.reconcilePresence());
  }

  /** Logs a presence change wherever the log disagrees with the sockets actually attached. */
  private async reconcilePresence(reason?: 'restart'): Promise<void> {
    if (this.ended || this.gone || this.recovering) return;
    const now = this.deps.now();
    const live = new Set<string>();
    for (const { client } of this.clients.values()) if (client.who.kind === 'tablet') live.add(client.who.deviceHash);
    const { changes, wakeAt } = presenceChanges(this.state.seats, {
      now,
      live,
      inGrace: now < this.graceUntil,
      absentSince: this.absentSince,
      debounceMs: this.deps.presenceDebounceMs ?? 0,
      reason,
    });
    if (wakeAt !== Infinity) {
      clearTimeout(this.presenceTimer);
      this.presenceTimer = setTimeout(() => void this.reconcilePresence(), Math.max(0, wakeAt - now) + 5);
      this.presenceTimer.unref?.();
    }
    if (changes.length > 0) await this.append(changes, { kind: 'system' }).catch(() => undefined);
  }

  /** Lets the running round answer children arriving or leaving (logged as the system's events). */
  private async followPresence(): Promise<void> {
    if (this.ended || this.gone || this.recovering) return;
    const events = presenceFollowUps(this.state, this.deps.now(), this.deps.random ?? Math.random);
    if (events.length > 0) await this.append(events, { kind: 'system' }).catch(() => undefined);
  }

  private finish(): void {
    clearTimeout(this.graceTimer);
    clearTimeout(this.presenceTimer);
    void Promise.resolve(this.deps.onEnded(this)).finally(() => this.markRetired());
    // Everyone sees the ended view before their connection closes.
    this.broadcastIfCommitted();
    for (const { client } of this.clients.values()) client.close();
    this.clients.clear();
  }

  /**
   * A connection's first batch: the events it missed since the version it named (a reconnect, a restart), as it may
   * see them, and its view. Read from memory when recent enough, else from the log; live rounds pass the client by
   * until then, and this batch covers what they carried.
   */
  private async sendCatchup(attached: Attached): Promise<void> {
    const since = attached.sentSeq;
    // Memory usually reaches back far enough: then the batch goes out in this same tick, before any other round.
    const older = this.recent.reaches(since) ? [] : await this.deps.store.read(this.sessionId, since).catch(() => []);
    if (this.gone || !this.clients.has(attached.client.id)) return;
    // A round still queued (a commit answered while the log was read) goes to the others first, so the numbers this
    // console starts from are the ones they hold, and of this batch's version.
    this.broadcastIfCommitted();
    const { events, truncated } = this.recent.missed(since, older, this.committedView.state.version);
    attached.ready = true;
    sendBatches([attached], {
      events,
      state: this.committedView.state,
      ctx: this.viewContext(),
      viewsChanged: true,
      catchup: { truncated },
      metrics: attached.client.who.kind === 'staff' ? this.metrics.whole() : undefined,
    });
  }

  /** Several commits resolving in one tick send one round of views, not one per commit. */
  private queueBroadcast(): void {
    if (this.broadcastQueued) return;
    this.broadcastQueued = true;
    queueMicrotask(() => {
      this.broadcastQueued = false;
      this.broadcastIfCommitted();
    });
  }

  private broadcastIfCommitted(): void {
    // Batches only ever carry committed events and state.
    if (this.gone) return;
    const { state, stateEpoch } = this.committedView;
    const viewsChanged = stateEpoch !== this.sent.stateEpoch || this.clientEpoch !== this.sent.clientEpoch;
    // Nothing committed since the last round and nobody new: nothing to send.
    if (!viewsChanged && this.unsent.length === 0) return;
    this.sent = { stateEpoch, clientEpoch: this.clientEpoch };
    const events = this.unsent;
    this.unsent = [];
    let staffListening = false;
    for (const a of this.clients.values()) if (a.ready && a.client.who.kind === 'staff') staffListening = true;
    const metrics = this.metrics.next(staffListening);
    sendBatches(this.clients.values(), { events, state, ctx: this.viewContext(), viewsChanged, metrics });
  }

  private viewContext(): ViewContext {
    return viewContextOf(this.clients.values(), this.joinCode, this.joinUrl, this.deps.now());
  }
}
