// The contract of a tablet activity view: built once when a round of that activity starts, then updated in place.
import type { ActivityTabletView } from '../../../shared/activities/registry';
import type { TabletView } from '../../../shared/session/views';
import type { TabletState } from '../store';

/** The seated child, as the activity views need it. */
export type Me = NonNullable<TabletView['me']>;

export interface ActivityView {
  el: HTMLElement;
  /** Called on every state change while the round runs; each view ignores other activities' views. */
  update(view: ActivityTabletView, s: TabletState): void;
  destroy?(): void;
  /**
   * What to keep showing for a moment, and for how long, when the round ends by itself: the last check-in
   * answer or the last pass closes the round in the same instant, and the child still gets their moment.
   * `s` is the state after the round closed (its `view.lastRound` says whether the round completed).
   */
  farewell?(s: TabletState): Farewell | null;
}

export interface Farewell {
  el: HTMLElement;
  ms: number;
}

/**
 * True when the batch that brought this state completed a round of this activity by itself (its `round.ended`
 * says so; a round the facilitator ended is not "completed"), so the child's last action still gets its moment.
 */
export function completedBySelf(s: TabletState, activity: string): boolean {
  const completed = s.events.some((e) => e.type === 'round.ended' && e.payload.reason === 'complete');
  return completed && s.view?.lastRound?.activity === activity;
}

export type ActivityBuilder = (me: Me) => ActivityView;
