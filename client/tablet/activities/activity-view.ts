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
   * What to keep showing for a moment when the round ends by itself right after this child's own last
   * step (the last check-in answer closes the round in the same instant): the child still sees "thank you".
   */
  farewell?(): HTMLElement | null;
}

export type ActivityBuilder = (me: Me) => ActivityView;
