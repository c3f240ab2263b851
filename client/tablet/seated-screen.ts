// The seated child's screen: at home, my avatar, a big wave button and reactions; during a round, its activity view.
import { h } from '../common/dom';
import { avatarImg } from '../common/avatar';
import { t } from './i18n';
import { fill } from '../../shared/i18n/fill';
import { loadedView, loadView, prefetchViewsAfterPaint } from './activities';
import type { ActivityView, Me } from './activities/activity-view';
import { WAVE } from './icons-reactions';
import { sendWave } from './live-session';
import { floatUp, reactionRow, replay } from './reaction-buttons';
import type { Screen } from './screen';
import { store, type TabletState } from './store';
import { icon } from './svg';
import { say, speakerButton } from './widgets';

/** Between rounds: my avatar and name, the wave button, the reactions and "not me?". */
function homeParts(me: Me): HTMLElement[] {
  const tp = t().tabletPage;
  const hello = fill(tp.seated.hello, { name: me.nickname });
  const wave: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      className: 'wave-button',
      'data-testid': 'wave',
      'aria-label': tp.seated.wave,
      onClick: () => {
        say(tp.seated.wave);
        replay(wave, 'waving');
        floatUp(wave, WAVE);
        void sendWave();
      },
    },
    icon(WAVE, 'icon wave-hand'),
    h('span', { className: 'wave-label' }, tp.seated.wave),
  );
  return [
    h(
      'section',
      { className: 'me-card' },
      h('div', { className: 'my-avatar', onClick: () => say(hello) }, avatarImg(me.avatar, 320, me.nickname)),
      h(
        'div',
        { className: 'my-hello' },
        speakerButton(hello),
        h('span', { className: 'my-name', 'data-testid': 'my-nickname', onClick: () => say(hello) }, me.nickname),
      ),
    ),
    h('section', { className: 'wave-area' }, wave),
    reactionRow(),
    h(
      'button',
      { type: 'button', className: 'not-me', 'data-testid': 'not-me', onClick: () => store.setState({ confirmLeave: true }) },
      h('span', { className: 'not-me-face' }, avatarImg(me.avatar, 48, '')),
      tp.seated.notMe,
    ),
  ];
}

export function seatedScreen(): Screen {
  const me = store.getState().view?.me;
  if (!me) return { el: h('main', { className: 'screen' }) };
  const el = h('main', { className: 'screen seated-screen', 'data-testid': 'seated', 'data-child-id': me.childId });
  // 'home', or the id of the activity whose view is showing: a new round of another activity rebuilds it.
  let showing = '';
  let activity: ActivityView | null = null;
  let farewellTimer: ReturnType<typeof setTimeout> | undefined;

  const update = (s: TabletState) => {
    const round = s.view?.round ?? null;
    const next = round ? round.activity : 'home';
    if (next !== showing) {
      showing = next;
      clearTimeout(farewellTimer);
      const farewell = !round ? (activity?.farewell?.(s) ?? null) : null;
      activity?.destroy?.();
      if (farewell) {
        activity = null;
        el.className = 'screen activity-screen';
        el.replaceChildren(farewell.el);
        farewellTimer = setTimeout(() => {
          if (showing === 'home') el.className = 'screen seated-screen';
          if (showing === 'home') el.replaceChildren(...homeParts(me));
        }, farewell.ms);
        return;
      }
      const builder = round ? loadedView(round.activity) : undefined;
      if (round && !builder) {
        // The activity's chunk is still on its way (prefetch starts once seated): a calm wait, then the round.
        activity = null;
        el.className = 'screen seated-screen';
        el.replaceChildren(h('p', { className: 'activity-loading', 'data-testid': 'activity-loading' }, t().tabletPage.connecting));
        const wanted = next;
        void loadView(round.activity).then(
          () => {
            if (showing !== wanted) return;
            showing = '';
            update(store.getState());
          },
          // Offline for a moment: the next update of the view tries again.
          () => {
            if (showing === wanted) showing = '';
          },
        );
        return;
      }
      activity = round && builder ? builder(me) : null;
      el.className = activity ? 'screen activity-screen' : 'screen seated-screen';
      if (activity) {
        activity.el.dataset['testid'] = 'activity';
        activity.el.dataset['activity'] = next;
        el.replaceChildren(activity.el);
      } else el.replaceChildren(...homeParts(me));
    }
    if (round && activity) {
      // Some activities give each child a role (holder, presenter); others have none.
      if ('role' in round.view) activity.el.dataset['role'] = round.view.role;
      else delete activity.el.dataset['role'];
      activity.update(round.view, s);
    }
  };
  prefetchViewsAfterPaint();
  return {
    el,
    update,
    destroy: () => {
      clearTimeout(farewellTimer);
      activity?.destroy?.();
    },
  };
}
