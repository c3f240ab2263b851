// Per-recipient views of the session state: screen (public), tablet (own seat only), console (staff).
import type { AvatarId } from '../avatars';
import type { SessionEvent } from './events';
import type { PlanSession } from '../programmes/programme';
import { OBSERVATION_UNDO_MS, type Observation } from './observations';
import type { AgeBand, Language } from './roster';
import { seatOfDevice, type Moment, type SessionState } from './state';
import {
  activity,
  redactForConsole,
  type ActivityConsoleView,
  type ActivityId,
  type ActivityScreenView,
  type ActivityTabletView,
} from '../activities/registry';
import { activityContext } from './activity-context';
import type { PlannedRound, RoundState, RoundSummary, RoundTimer } from './round-types';

/** A round timer as clients draw it: an end time (server clock) while running, a frozen remainder while paused. */
export interface TimerView {
  durationMs: number;
  /** Server time the timer runs out, while running (clients use the message's serverNow for their clock offset). */
  endsAt: number | null;
  /** What is left, while the round is paused. */
  pausedRemainingMs: number | null;
}

export interface ScreenRound {
  number: number;
  activity: ActivityId;
  paused: boolean;
  /** Only when the facilitator chose to show the timer to children. */
  timer: TimerView | null;
  view: ActivityScreenView;
}

export interface TabletRound {
  activity: ActivityId;
  paused: boolean;
  view: ActivityTabletView;
}

export interface ConsoleRound extends Pick<RoundState, 'number' | 'activity' | 'settings' | 'planIndex' | 'startedAt' | 'paused'> {
  timerSetting: RoundTimer;
  timer: TimerView | null;
  view: ActivityConsoleView;
}

/** What the server adds that is not in the log: where tablets join, how many screens watch. */
export interface ViewContext {
  joinUrl: string;
  code: string;
  screensConnected: number;
  now: number;
}

export interface PublicSeat {
  childId: string;
  nickname: string;
  avatar: AvatarId;
  seated: boolean;
  connected: boolean;
  seatedAt: number | null;
}

export interface ScreenView {
  kind: 'screen';
  sessionId: string;
  code: string;
  joinUrl: string;
  groupName: string;
  language: Language;
  eyesOn: boolean;
  ended: boolean;
  seats: PublicSeat[];
  /** Recent waves and cheers: the screen page's own, folded from the events of its batches (screen-moments.ts). */
  moments: Moment[];
  round: ScreenRound | null;
  /** The round that ended last and why, so a finale plays only for a round that completed. */
  lastRound: Pick<RoundSummary, 'number' | 'activity' | 'reason'> | null;
}

/** A screen's view as the server sends it: the moments are not state, they travel as events. */
export type ScreenViewWire = Omit<ScreenView, 'moments'>;

export type TabletStatus = 'choosing' | 'waiting' | 'seated' | 'ended';

export interface TabletView {
  kind: 'tablet';
  sessionId: string;
  groupName: string;
  language: Language;
  status: TabletStatus;
  eyesOn: boolean;
  me: { childId: string; nickname: string; avatar: AvatarId } | null;
  /** Avatars to choose from; only while choosing or waiting. */
  choices: { childId: string; nickname: string; avatar: AvatarId; available: boolean }[];
  /** The running round as this child sees it (seated tablets only). */
  round: TabletRound | null;
  /** The round that ended last and why: a round that completed by itself leaves each child their moment. */
  lastRound: ScreenView['lastRound'];
  /**
   * The session's join code, to seated tablets only: when the facilitator gives the session a new one, a seated
   * tablet carries its seat over to it and reconnects with it from then on.
   */
  code?: string;
}

export interface ConsoleSeat {
  childId: string;
  nickname: string;
  avatar: AvatarId;
  seated: boolean;
  connected: boolean;
  /** Server time since which the seat has been in its current presence state. */
  since: number | null;
  requestedAt: number | null;
}

export interface ConsoleView {
  kind: 'console';
  sessionId: string;
  code: string;
  joinUrl: string;
  groupId: string;
  groupName: string;
  language: Language;
  ageBand: AgeBand;
  startedAt: number;
  endedAt: number | null;
  autoApprove: boolean;
  eyesOn: boolean;
  screensConnected: number;
  serverNow: number;
  seats: ConsoleSeat[];
  plan: PlannedRound[];
  planSession: PlanSession | null;
  round: ConsoleRound | null;
  roundsDone: RoundSummary[];
  /** The facilitator's observation tags this session, newest first; only the console ever sees them. */
  observations: ConsoleObservation[];
}

export interface ConsoleObservation extends Observation {
  /** Server time until which it can be taken back (null once undone). */
  undoUntil: number | null;
}

/** A view as it travels (the screen's without its moments). */
export type View = ScreenViewWire | TabletView | ConsoleView;

function publicSeats(state: SessionState): PublicSeat[] {
  return state.roster.map((r) => {
    const seat = state.seats[r.childId];
    return { ...r, seated: !!seat, connected: seat?.connected ?? false, seatedAt: seat?.seatedAt ?? null };
  });
}

function timerView(state: SessionState): TimerView | null {
  const round = state.round;
  if (!round || round.timer.durationMs === null) return null;
  // Active time starts at startedAt and skips pauses; the timer ends once it reaches the duration.
  const endsAt = round.startedAt + round.pausedMs + round.timer.durationMs;
  if (round.paused && round.pausedAt !== null) return { durationMs: round.timer.durationMs, endsAt: null, pausedRemainingMs: endsAt - round.pausedAt };
  return { durationMs: round.timer.durationMs, endsAt, pausedRemainingMs: null };
}

function screenRound(state: SessionState): ScreenRound | null {
  const round = state.round;
  if (!round) return null;
  const def = activity(round.activity);
  return {
    number: round.number,
    activity: round.activity,
    paused: round.paused,
    timer: round.timer.visibleToChildren ? timerView(state) : null,
    view: def.screenView(round.data, activityContext(state, 0)),
  };
}

export function screenView(state: SessionState, ctx: ViewContext): ScreenViewWire {
  return {
    kind: 'screen',
    sessionId: state.sessionId,
    code: ctx.code,
    joinUrl: ctx.joinUrl,
    groupName: state.groupName,
    language: state.language,
    eyesOn: state.eyesOn,
    ended: state.endedAt !== null,
    seats: publicSeats(state),
    round: screenRound(state),
    lastRound: lastRoundOf(state),
  };
}

export function tabletView(state: SessionState, deviceHash: string, code?: string): TabletView {
  const seat = seatOfDevice(state, deviceHash);
  const request = state.requests[deviceHash];
  const entry = seat && state.roster.find((r) => r.childId === seat.childId);
  const status: TabletStatus = state.endedAt !== null ? 'ended' : entry ? 'seated' : request ? 'waiting' : 'choosing';
  const taken = new Set([...Object.keys(state.seats), ...Object.values(state.requests).map((r) => r.childId)]);
  const choices =
    status === 'choosing' || status === 'waiting'
      ? state.roster.map((r) => ({ ...r, available: !taken.has(r.childId) || request?.childId === r.childId }))
      : [];
  const waitingFor = request && state.roster.find((r) => r.childId === request.childId);
  const me = entry ?? waitingFor ?? null;
  const round = state.round;
  const tabletRound: TabletRound | null =
    round && entry && status === 'seated'
      ? { activity: round.activity, paused: round.paused, view: activity(round.activity).tabletView(round.data, entry.childId, activityContext(state, 0)) }
      : null;
  return {
    kind: 'tablet',
    sessionId: state.sessionId,
    groupName: state.groupName,
    language: state.language,
    status,
    eyesOn: state.eyesOn,
    me: me ? { childId: me.childId, nickname: me.nickname, avatar: me.avatar } : null,
    choices,
    round: tabletRound,
    lastRound: lastRoundOf(state),
    ...(status === 'seated' && code !== undefined ? { code } : {}),
  };
}

export function consoleView(state: SessionState, ctx: ViewContext): ConsoleView {
  const requestedAt = new Map(Object.values(state.requests).map((r) => [r.childId, r.at]));
  return {
    kind: 'console',
    sessionId: state.sessionId,
    code: ctx.code,
    joinUrl: ctx.joinUrl,
    groupId: state.groupId,
    groupName: state.groupName,
    language: state.language,
    ageBand: state.ageBand,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    autoApprove: state.autoApprove,
    eyesOn: state.eyesOn,
    screensConnected: ctx.screensConnected,
    serverNow: ctx.now,
    seats: state.roster.map((r) => {
      const seat = state.seats[r.childId];
      return {
        ...r,
        seated: !!seat,
        connected: seat?.connected ?? false,
        since: seat?.presenceSince ?? null,
        requestedAt: requestedAt.get(r.childId) ?? null,
      };
    }),
    plan: state.plan,
    planSession: state.planSession,
    round: state.round
      ? {
          number: state.round.number,
          activity: state.round.activity,
          settings: formSettings(state.round.settings),
          planIndex: state.round.planIndex,
          startedAt: state.round.startedAt,
          paused: state.round.paused,
          timerSetting: state.round.timer,
          timer: timerView(state),
          view: activity(state.round.activity).consoleView(state.round.data, activityContext(state, ctx.now)),
        }
      : null,
    roundsDone: state.roundsDone,
    observations: state.observations.map((o) => ({ ...o, undoUntil: o.undone ? null : o.at + OBSERVATION_UNDO_MS })).reverse(),
  };
}

function lastRoundOf(state: SessionState): ScreenView['lastRound'] {
  const last = state.roundsDone.at(-1);
  return last ? { number: last.number, activity: last.activity, reason: last.reason } : null;
}

/** Settings as the facilitator chose them; what the server filled in at start (an instrument) stays out. */
function formSettings(settings: unknown): unknown {
  if (typeof settings !== 'object' || settings === null || !('used' in settings)) return settings;
  const { used: _filled, ...chosen } = settings as Record<string, unknown>;
  return chosen;
}

/** Events a console may see in its log feed: all of them, minus device hashes and check-in answers. */
export function consoleEvent(event: SessionEvent): SessionEvent {
  const e = redactForConsole(event);
  if ('deviceHash' in e.payload) {
    const { deviceHash: _hidden, ...payload } = e.payload;
    return { ...e, payload: { ...payload, deviceHash: '' } } as SessionEvent;
  }
  return e;
}
