// Check-in on the tablet: assent, one private item at a time, then a calm thank-you (or "that's fine" after "not today").
import { h } from '../../../common/dom';
import { lang } from '../../i18n';
import { loadClips, stopReading } from '../../../common/read-aloud';
import type { CheckinTablet } from '../../../../shared/activities/checkin/views';
import type { ActivityBuilder } from '../activity-view';

/** How long the thank-you stays after the round has closed. */
const FAREWELL_MS = 4000;
import { assentView } from './assent-view';
import { endView } from './end-view';
import { itemView, type ItemTablet } from './item-view';
import type { CheckinPart } from './parts';
import '../activities.css';
import './checkin.css';
import './assent-end.css';

// What 'auto' read-aloud read last. Module-level, so a rebuilt view (same screen) does not read it twice,
// while a language switch or coming back to an item reads it again.
let lastAuto = '';

function build(view: CheckinTablet, hold: (ms: number) => void): CheckinPart {
  if (view.phase === 'item' && view.item) return itemView(view as ItemTablet, hold);
  if (view.phase === 'thanks' || view.phase === 'declined') return endView(view.phase);
  return assentView(view);
}

export const checkinView: ActivityBuilder = (me) => {
  const el = h('div', { className: 'checkin' });
  let key = '';
  let latest: CheckinTablet | null = null;
  // After a tap the chosen option stays highlighted a moment; views that arrive meanwhile wait for it.
  let holdUntil = 0;
  let holdTimer: ReturnType<typeof setTimeout> | undefined;

  const show = (view: CheckinTablet) => {
    const next = JSON.stringify([view.phase, view.instrumentId, view.item?.id ?? null, view.item?.index ?? null, view.chosen ?? 'none', view.canGoBack]);
    if (next === key) return;
    key = next;
    stopReading();
    const part = build(view, (ms) => {
      holdUntil = Date.now() + ms;
    });
    el.replaceChildren(part.el);
    const auto = [view.instrumentId, view.phase, view.item?.id ?? '', lang()].join('|');
    if (view.readAloud === 'auto' && auto !== lastAuto) {
      lastAuto = auto;
      part.auto();
    }
  };

  return {
    el,
    update: (view) => {
      if (view.activity !== 'checkin') return;
      latest = view;
      void loadClips(view.instrumentId);
      clearTimeout(holdTimer);
      const wait = holdUntil - Date.now();
      if (wait > 0) holdTimer = setTimeout(() => latest && show(latest), wait);
      else show(view);
    },
    destroy: () => {
      clearTimeout(holdTimer);
      stopReading();
    },
    farewell: (s) => {
      // The round closed with this child's own last answer (or "not today"): their response travels with the
      // round's end (only to their own tablet), and they still get the calm ending.
      // A child who had finished before keeps the ending they were shown.
      const mine = s.events.findLast((e) => e.type === 'checkin.response' && e.payload.childId === me.childId);
      const status =
        mine?.type === 'checkin.response' ? mine.payload.status : latest?.phase === 'thanks' ? 'finished' : latest?.phase === 'declined' ? 'declined' : null;
      if (status === 'declined') return { el: endView('declined').el, ms: FAREWELL_MS };
      return status === 'finished' ? { el: endView('thanks').el, ms: FAREWELL_MS } : null;
    },
  };
};
