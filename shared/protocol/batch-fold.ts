// A client's side of the batches: its current view (a screen's with its moments folded in) and what each batch brought.
import type { BatchMessage } from './messages';
import type { WireEvent } from './recipient-events';
import { withMoments } from '../session/screen-moments';
import type { Moment } from '../session/state';
import type { ConsoleView, ScreenView, TabletView, View } from '../session/views';

/** A view as a page holds it: what the server sent, a screen's with the moments its batches brought. */
export type HeldView = ScreenView | TabletView | ConsoleView;

/** Each wire view kind's held form. */
export type HeldOf<V extends View> = V extends { kind: 'screen' } ? ScreenView : V;

export interface Received<V extends HeldView> {
  /** The view as of `version`. */
  view: V;
  /** True when this batch changed the view (a new one from the server, or new moments on a screen). */
  viewChanged: boolean;
  /** What happened, as this page may see it, oldest first. */
  events: WireEvent[];
  /** The events are history (a reconnect's catch-up): list them, never animate them as if happening now. */
  catchup: boolean;
  /** The catch-up left out older events (more were missed than a catch-up carries). */
  truncated: boolean;
  /** The version before this batch (as the server counted it for this page) and after. */
  fromSeq: number;
  version: number;
  serverNow: number;
}

export class BatchFold<V extends HeldView = HeldView> {
  version = 0;
  view: V | undefined;
  private wire: View | undefined;
  private moments: Moment[] = [];

  /** The batch folded in, or null when it is stale (from before a reconnect) or comes before any view. */
  accept(b: BatchMessage): Received<V> | null {
    const catchup = b.catchup === true;
    // A connection's first batch restarts the count (a failover may even number from the log again); later ones only go up.
    if (!catchup && b.toSeq < this.version) return null;
    let viewChanged = false;
    if (b.view) {
      this.wire = b.view;
      viewChanged = true;
    }
    if (!this.wire) return null;
    if (this.wire.kind === 'screen' && !catchup) {
      const moments = withMoments(this.moments, b.events);
      if (moments !== this.moments) {
        this.moments = moments;
        viewChanged = true;
      }
    }
    this.version = b.toSeq;
    if (viewChanged || !this.view) this.view = (this.wire.kind === 'screen' ? { ...this.wire, moments: this.moments } : this.wire) as V;
    return {
      view: this.view,
      viewChanged,
      events: b.events,
      catchup,
      truncated: b.truncated === true,
      fromSeq: b.fromSeq,
      version: b.toSeq,
      serverNow: b.serverNow,
    };
  }
}
