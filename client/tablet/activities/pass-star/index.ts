// Pass the Star on the tablet: the holder's view (pass it on) or the watcher's view, with the star's flight between.
import { h } from '../../../common/dom';
import type { PassStarTablet } from '../../../../shared/activities/pass-star/views';
import { sendIntent } from '../../live-session';
import { say } from '../../widgets';
import { completedBySelf, type ActivityBuilder } from '../activity-view';
import { everyoneFinale, receiverFinale } from './finale-view';
import { flyStar } from './fly-star';
import { holderView } from './holder-view';
import { watcherView } from './watcher-view';
import '../activities.css';
import './pass-star.css';

export const passStarView: ActivityBuilder = (me) => {
  const el = h('div', { className: 'pass-star' });
  let key = '';
  let shownRole: PassStarTablet['role'] | null = null;
  let stop = () => {};
  // While the star flies, the next view waits, so the child sees it land in the friend's picture.
  let flying = false;
  let latest: PassStarTablet | null = null;

  const show = (view: PassStarTablet) => {
    const next = JSON.stringify(view);
    if (next === key) return;
    const wasHolder = shownRole === 'holder';
    key = next;
    shownRole = view.role;
    stop();
    stop = () => {};
    if (view.role === 'holder') {
      const part = holderView(view, async (to, from, tile) => {
        flying = true;
        const landed = flyStar(from, tile);
        const r = await sendIntent({ type: 'star.pass', to: to.childId });
        await landed;
        flying = false;
        if (latest) show(latest);
        return r.ok;
      });
      stop = part.destroy;
      el.replaceChildren(part.el);
      if (!wasHolder) say(part.text);
    } else el.replaceChildren(watcherView(view, me));
  };

  return {
    el,
    update: (view) => {
      if (view.activity !== 'pass-star') return;
      latest = view;
      if (!flying) show(view);
    },
    destroy: () => stop(),
    farewell: (s) => {
      if (!latest || !completedBySelf(s, 'pass-star')) return null;
      // The round's last pass travels with its end: if it came to this child, they still get their moment.
      const pass = s.events.findLast((e) => e.type === 'star.passed' || e.type === 'star.given');
      const to = pass?.type === 'star.passed' || pass?.type === 'star.given' ? pass.payload : null;
      return latest.role === 'watcher' && to?.to === me.childId ? receiverFinale(latest, to.from) : everyoneFinale();
    },
  };
};
