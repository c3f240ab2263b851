// The screen page's state: the latest ScreenView and the link status; Phaser scenes and DOM subscribe to it.
import { createStore } from 'zustand/vanilla';
import type { ErrorCode } from '../../shared/protocol/errors';
import type { ScreenView } from '../../shared/session/views';
import type { LinkStatus } from '../common/live-connection';

export interface ScreenState {
  view: ScreenView | null;
  version: number;
  status: LinkStatus;
  /** Why the link closed for good, if the server said. */
  closedCode: ErrorCode | null;
}

export const screenStore = createStore<ScreenState>(() => ({
  view: null,
  version: 0,
  status: 'connecting',
  closedCode: null,
}));

/** What the stage should show, derived from the state in one place so DOM and canvas agree. */
export type StageMode = 'connecting' | 'lobby' | 'ended' | 'notice';

export function stageMode(s: ScreenState): StageMode {
  if (s.view?.ended) return 'ended';
  if (s.status === 'closed') {
    if (s.closedCode === null || s.closedCode === 'session.ended') return s.view ? 'ended' : 'notice';
    return 'notice';
  }
  return s.view ? 'lobby' : 'connecting';
}
