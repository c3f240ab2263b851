// What the replay shows at a moment, read off the public screen view of the folded state (as the server sends it).
import { activity, type ActivityId, type ActivityScreenView } from '../activities/registry';
import type { ReplayTurn } from '../activities/activity';
import type { AvatarId } from '../avatars';
import type { SessionEvent } from '../session/events';
import type { SessionState } from '../session/state';
import { screenView, type ScreenViewWire } from '../session/views';
import type { Replay } from './replay-fold';

export type { ReplayTurn } from '../activities/activity';

export interface ReplaySeat {
  childId: string;
  nickname: string;
  avatar: AvatarId;
  status: 'here' | 'away' | 'empty';
}

export interface ReplayRound {
  number: number;
  activity: ActivityId;
  paused: boolean;
  /** False between rounds: the round that ended last, drawn as it was just before it ended. */
  running: boolean;
}

export interface ReplayScene {
  /** Server time of the event the scene is after, and its offset from the session's start. */
  at: number;
  offsetMs: number;
  ended: boolean;
  eyesOn: boolean;
  seats: ReplaySeat[];
  round: ReplayRound | null;
  turn: ReplayTurn | null;
  /** The round's screen view when its activity draws it in the replay (`replayPicture`): a picture that grows. */
  picture: ActivityScreenView | null;
}

/** The screen's view of a state; the parts a live screen adds (join code, screens) do not exist in a replay. */
export function replayScreen(state: SessionState, now: number): ScreenViewWire {
  return screenView(state, { joinUrl: '', code: '', screensConnected: 0, now });
}

/** Whose turn the round's screen view shows, as its activity declares it. */
export function turnOf(view: ActivityScreenView): ReplayTurn {
  return activity(view.activity).replayTurn(view);
}

function seatsOf(view: ScreenViewWire): ReplaySeat[] {
  return view.seats.map((s) => ({ childId: s.childId, nickname: s.nickname, avatar: s.avatar, status: !s.seated ? 'empty' : s.connected ? 'here' : 'away' }));
}

function pictures(view: ActivityScreenView | undefined): Pick<ReplayScene, 'picture'> {
  return { picture: view && activity(view.activity).replayPicture ? view : null };
}

/** The index of the last `round.ended` at or before `index`, or -1. */
function lastRoundEnd(events: readonly SessionEvent[], index: number): number {
  for (let i = index; i >= 0; i--) {
    const type = events[i]!.type;
    if (type === 'round.ended') return i;
    if (type === 'round.started') return -1;
  }
  return -1;
}

/** The scene after event `index` of a replay. */
export function sceneAt(replay: Replay, index: number): ReplayScene {
  const { events } = replay;
  const state = replay.stateAt(index);
  const at = events[Math.max(0, Math.min(index, events.length - 1))]?.at ?? state.startedAt;
  const view = replayScreen(state, at);
  const base = { at, offsetMs: Math.max(0, at - state.startedAt), ended: view.ended, eyesOn: view.eyesOn, seats: seatsOf(view) };
  if (view.round) {
    const { number, activity, paused } = view.round;
    return { ...base, round: { number, activity, paused, running: true }, turn: turnOf(view.round.view), ...pictures(view.round.view) };
  }
  // Between rounds the last picture or garden stays in view as it ended (nobody's turn any more).
  const end = lastRoundEnd(events, Math.min(index, events.length - 1));
  const before = end > 0 ? replayScreen(replay.stateAt(end - 1), events[end - 1]!.at).round : null;
  if (!before) return { ...base, round: null, turn: null, picture: null };
  return { ...base, round: { number: before.number, activity: before.activity, paused: false, running: false }, turn: null, ...pictures(before.view) };
}
