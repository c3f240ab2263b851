// The tablet page's state: which mode it is in, the typed digits, the live link and the last view.
import type { WireEvent } from '../../shared/protocol/recipient-events';
import { createStore } from 'zustand/vanilla';
import type { LinkStatus } from '../common/live-connection';
import type { TabletView } from '../../shared/session/views';

/** Why the keypad is showing a gentle notice (a key, so it re-renders when the language changes). */
export type JoinNotice = 'unknown' | 'rateLimited' | 'offline';

/** Short friendly messages that float over the live screens for a few seconds. */
export type ToastKind = 'taken' | 'again' | 'cheer' | 'waveSent';

export interface TabletState {
  mode: 'keypad' | 'live';
  /** Digits typed on the keypad. */
  digits: string;
  checking: boolean;
  joinNotice: JoinNotice | null;
  /** The join code of the live session (mode 'live'). */
  code: string;
  link: LinkStatus;
  /** Set once the server closed the link for good (the session ended or the code is gone). */
  finished: boolean;
  view: TabletView | null;
  /** What the batch that brought this state carried (a round's last move, its end); empty after a catch-up. */
  events: WireEvent[];
  toast: { kind: ToastKind; n: number } | null;
  confirmLeave: boolean;
  /** The avatar this tablet just asked for, shown as pressed until the view answers. */
  pendingClaim: string | null;
}

export const MAX_DIGITS = 6;
export const MIN_DIGITS = 4;

export const store = createStore<TabletState>(() => ({
  mode: 'keypad',
  digits: '',
  checking: false,
  joinNotice: null,
  code: '',
  link: 'connecting',
  finished: false,
  view: null,
  events: [],
  toast: null,
  confirmLeave: false,
  pendingClaim: null,
}));

let toastTimer: ReturnType<typeof setTimeout> | undefined;
let toastCount = 0;

export function showToast(kind: ToastKind, ms = 3500): void {
  clearTimeout(toastTimer);
  toastCount += 1;
  store.setState({ toast: { kind, n: toastCount } });
  toastTimer = setTimeout(() => store.setState({ toast: null }), ms);
}

/** What the page shows as its main screen, derived from the state. */
export type ScreenKind = 'keypad' | 'connecting' | 'choosing' | 'waiting' | 'seated' | 'ended';

export function screenOf(s: TabletState): ScreenKind {
  if (s.mode === 'keypad') return 'keypad';
  if (s.finished || s.view?.status === 'ended') return 'ended';
  if (!s.view) return 'connecting';
  return s.view.status;
}
