// The screen page's state: the latest ScreenView and the link status; Phaser scenes and DOM subscribe to it.
import { createStore } from 'zustand/vanilla';
import type { ErrorCode } from '../../shared/protocol/errors';
import type { ScreenRound, ScreenView } from '../../shared/session/views';
import type { LinkStatus } from '../common/live-connection';

export interface ScreenState {
  view: ScreenView | null;
  version: number;
  status: LinkStatus;
  /** Why the link closed for good, if the server said. */
  closedCode: ErrorCode | null;
  /** Server clock minus this page's clock (ms), from the last message's serverNow. */
  clockOffset: number;
  /**
   * A round that has just completed, kept on screen for a few seconds so its last moment is seen
   * (the server closes a completed round in the same step as the move that completed it).
   */
  finale: ScreenRound | null;
}

export const screenStore = createStore<ScreenState>(() => ({
  view: null,
  version: 0,
  status: 'connecting',
  closedCode: null,
  clockOffset: 0,
  finale: null,
}));

/** What the stage should show, derived from the state in one place so DOM and canvas agree. */
export type StageMode = 'connecting' | 'lobby' | 'round' | 'ended' | 'notice';

export function stageMode(s: ScreenState): StageMode {
  if (s.view?.ended) return 'ended';
  if (s.status === 'closed') {
    if (s.closedCode === null || s.closedCode === 'session.ended') return s.view ? 'ended' : 'notice';
    return 'notice';
  }
  if (!s.view) return 'connecting';
  return currentRound(s) ? 'round' : 'lobby';
}

/** A live session is on screen (the lobby or a round): where "eyes on me" can show. */
export function isLive(mode: StageMode): boolean {
  return mode === 'lobby' || mode === 'round';
}

/** The round the stage shows: the running one, or one that has just completed. */
export function currentRound(s: ScreenState): ScreenRound | null {
  return s.view?.round ?? s.finale;
}

/** The server's clock now, as well as this page can tell. */
export function serverNow(): number {
  return Date.now() + screenStore.getState().clockOffset;
}
