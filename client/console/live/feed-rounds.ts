// Feed items for rounds and activities: found by diffing console views, or read from catch-up events.
// Items keep activity ids and milliseconds; the feed names and formats them in the language shown.
// Each activity tells its own moves through its console module's `feed`; this file only knows rounds.
import { ACTIVITY_IDS, type ActivityConsoleView, type ActivityId } from '../../../shared/activities/registry';
import type { SessionEvent } from '../../../shared/session/events';
import type { ConsoleRound, ConsoleView } from '../../../shared/session/views';
import { consoleActivity } from '../activities';
import type { ActivityFeed, FeedAdd, FeedNames } from '../activities/types';
import type { FeedItem, FeedKind } from './feed';

type Add = FeedAdd;
type Names = FeedNames;

/** The activity's own feed (in its console folder), if it has one. */
function feedOf(id: ActivityId): ActivityFeed<ActivityConsoleView> | undefined {
  // Each feed is only ever handed views of its own activity (matched on `activity` before the call).
  return consoleActivity(id).feed;
}

export function diffRounds(prev: ConsoleView, next: ConsoleView, add: Add): void {
  const name: Names = (id) => next.seats.find((s) => s.childId === id)?.nickname ?? prev.seats.find((s) => s.childId === id)?.nickname ?? '';
  if (JSON.stringify(prev.plan) !== JSON.stringify(next.plan)) add('planSet');
  const a = prev.round;
  const b = next.round;
  const same = a !== null && b !== null && a.number === b.number;
  if (a && !same) {
    const summary = next.roundsDone.find((r) => r.number === a.number);
    // The last move and the round's completion arrive in one view: only the old view can tell that move.
    if (summary?.reason === 'complete') feedOf(a.activity)?.completed?.(a.view, name, add);
    add(summary?.reason === 'complete' ? completeKind(a.activity) : 'roundEnded', { n: a.number, activity: a.activity });
  }
  if (b && !same) add('roundStarted', { n: b.number, activity: b.activity });
  if (same) {
    if (a.paused !== b.paused) add(b.paused ? 'roundPaused' : 'roundResumed');
    if (a.timerSetting.durationMs !== b.timerSetting.durationMs) timerItem(b, add);
    if (a.timerSetting.visibleToChildren !== b.timerSetting.visibleToChildren) add(b.timerSetting.visibleToChildren ? 'timerShown' : 'timerHidden');
  }
  if (b) {
    const before = same && a.view.activity === b.view.activity ? a.view : null;
    feedOf(b.activity)?.diff(before, b.view, name, add);
  }
}

const completeKind = (id: ActivityId): FeedKind => feedOf(id)?.completeKind ?? 'roundComplete';

function timerItem(round: ConsoleRound, add: Add): void {
  const ms = round.timerSetting.durationMs;
  if (ms === null) add('timerOff');
  else add('timerSet', { ms });
}

/**
 * Reads catch-up events of rounds and activities one by one (it remembers the round for "Round n ended");
 * consecutive cheers for one child are summed into one line. Returns false for events it does not know.
 */
export function roundCatchup(names: ReadonlyMap<string, string>, current: ConsoleRound | null): (e: SessionEvent, out: FeedItem[]) => boolean {
  const name = (id: string) => names.get(id) ?? '';
  let round: { n: number; activity: ActivityId } | null = current ? { n: current.number, activity: current.activity } : null;
  return (e, out) => {
    const add: Add = (kind, params = {}) => out.push({ at: e.at, kind, params });
    switch (e.type) {
      case 'plan.set':
        add('planSet');
        break;
      case 'round.started':
        round = { n: e.payload.number, activity: e.payload.activity };
        add('roundStarted', { n: round.n, activity: round.activity });
        break;
      case 'round.ended':
        add(
          e.payload.reason !== 'complete' ? 'roundEnded' : round ? completeKind(round.activity) : 'roundComplete',
          round ? { n: round.n, activity: round.activity } : { n: '?', activity: '' },
        );
        round = null;
        break;
      case 'round.paused':
        add('roundPaused');
        break;
      case 'round.resumed':
        add('roundResumed');
        break;
      case 'timer.set':
        if (e.payload.durationMs === null) add('timerOff');
        else add('timerSet', { ms: e.payload.durationMs });
        break;
      case 'reaction.sent': {
        const to = e.payload.to;
        if (!to) return false;
        const last = out.at(-1);
        if (last?.kind === 'reactions' && last.params.to === to) last.params.n = Number(last.params.n) + 1;
        else add('reactions', { n: 1, name: name(to), to });
        break;
      }
      default:
        return ACTIVITY_IDS.some((id) => feedOf(id)?.catchup?.(e, (childId) => name(childId ?? ''), add) ?? false);
    }
    return true;
  };
}
