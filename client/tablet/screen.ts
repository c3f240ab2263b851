// The contract every tablet screen follows: built once per screen and language, then updated in place.
import type { TabletState } from './store';

export interface Screen {
  el: HTMLElement;
  /** Called on every state change while this screen is showing. */
  update?(s: TabletState): void;
  /** Called when the screen is replaced. */
  destroy?(): void;
}
