// State of the live-session page (zustand): the session, the latest console view, link status, feed, UI bits.
import { createStore } from 'zustand/vanilla';
import type { SessionInfo } from '../../../shared/api/schemas';
import type { ErrorCode } from '../../../shared/protocol/errors';
import type { ConsoleView } from '../../../shared/session/views';
import type { LinkStatus } from '../../common/live-connection';
import type { FeedItem } from './feed';

export interface LiveState {
  info: SessionInfo | null;
  /** Loading the session failed (not found, network, …). */
  loadError: unknown;
  view: ConsoleView | null;
  link: LinkStatus;
  /** Why the link closed for good (e.g. session.ended). */
  closedCode: ErrorCode | null;
  /** serverNow − local clock, so "since" durations use the server's time. */
  offset: number;
  feed: FeedItem[];
  /** The last rejected intent, shown until dismissed or replaced. */
  error: ErrorCode | null;
  /** The seat whose "Move to…" chooser is open. */
  moveFor: string | null;
  /** This console asked to end the session: go back to the group once it has ended. */
  ending: boolean;
  /** A new join code was asked for and not answered yet (the button waits, so one click makes one code). */
  recoding: boolean;
}

export type LiveStore = ReturnType<typeof createLiveStore>;

export function createLiveStore() {
  return createStore<LiveState>(() => ({
    info: null,
    loadError: null,
    view: null,
    link: 'connecting',
    closedCode: null,
    offset: 0,
    feed: [],
    error: null,
    moveFor: null,
    ending: false,
    recoding: false,
  }));
}

export function serverNow(s: LiveState): number {
  return Date.now() + s.offset;
}
