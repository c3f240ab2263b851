// Per-recipient views of the session state: screen (public), tablet (own seat only), console (staff).
import type { AvatarId } from '../avatars';
import type { SessionEvent } from './events';
import type { AgeBand, Language } from './roster';
import { seatOfDevice, type Moment, type SessionState } from './state';

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
  moments: Moment[];
}

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
}

export type View = ScreenView | TabletView | ConsoleView;

function publicSeats(state: SessionState): PublicSeat[] {
  return state.roster.map((r) => {
    const seat = state.seats[r.childId];
    return { ...r, seated: !!seat, connected: seat?.connected ?? false, seatedAt: seat?.seatedAt ?? null };
  });
}

export function screenView(state: SessionState, ctx: ViewContext): ScreenView {
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
    moments: state.moments,
  };
}

export function tabletView(state: SessionState, deviceHash: string): TabletView {
  const seat = seatOfDevice(state, deviceHash);
  const request = state.requests[deviceHash];
  const entry = seat && state.roster.find((r) => r.childId === seat.childId);
  const status: TabletStatus =
    state.endedAt !== null ? 'ended' : entry ? 'seated' : request ? 'waiting' : 'choosing';
  const taken = new Set([...Object.keys(state.seats), ...Object.values(state.requests).map((r) => r.childId)]);
  const choices =
    status === 'choosing' || status === 'waiting'
      ? state.roster.map((r) => ({ ...r, available: !taken.has(r.childId) || request?.childId === r.childId }))
      : [];
  const waitingFor = request && state.roster.find((r) => r.childId === request.childId);
  const me = entry ?? waitingFor ?? null;
  return {
    kind: 'tablet',
    sessionId: state.sessionId,
    groupName: state.groupName,
    language: state.language,
    status,
    eyesOn: state.eyesOn,
    me: me ? { childId: me.childId, nickname: me.nickname, avatar: me.avatar } : null,
    choices,
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
  };
}

/** Events a console may see in its log feed: all of them, minus device hashes. */
export function consoleEvent(e: SessionEvent): SessionEvent {
  if ('deviceHash' in e.payload) {
    const { deviceHash: _hidden, ...payload } = e.payload;
    return { ...e, payload: { ...payload, deviceHash: '' } } as SessionEvent;
  }
  return e;
}
