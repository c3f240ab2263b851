// The live event feed: what happened, as the batches' events tell it, newest first. Each line is worded when drawn
// by the one describer per event type the review's timeline uses (shared/review/replay-describe.ts).
import type { WireEvent } from '../../../shared/protocol/recipient-events';
import type { Received } from '../../../shared/protocol/batch-fold';
import type { ConsoleView } from '../../../shared/session/views';
import { describeEvent } from '../../../shared/review/replay-describe';
import type { Dict } from '../../../shared/i18n';

export type FeedItem = { at: number; event: WireEvent } | { at: number; missed: true };

export const FEED_MAX = 30;

/** Names of the session's children, for the describer. */
export function feedNames(view: ConsoleView | null): Map<string, string> {
  return new Map((view?.seats ?? []).map((s) => [s.childId, s.nickname]));
}

/** The feed lines a batch adds, oldest first: the events worth a line (bookkeeping has none), after a gap note if its catch-up was cut. */
export function feedItemsOf(r: Received<ConsoleView>, t: Dict): FeedItem[] {
  const names = feedNames(r.view);
  const items: FeedItem[] = r.events.filter((e) => describeEvent(e, names, t) !== null).map((event) => ({ at: event.at, event }));
  if (r.truncated) items.unshift({ at: r.events[0]?.at ?? r.serverNow, missed: true });
  return items;
}

/** Newest first, at most FEED_MAX. */
export function pushFeed(feed: readonly FeedItem[], items: readonly FeedItem[]): FeedItem[] {
  return [...[...items].reverse(), ...feed].slice(0, FEED_MAX);
}
