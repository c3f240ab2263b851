// The live session page: join code and screen, eyes-on-me and auto-approve, rounds, seats with actions, feed.
import { h, render } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { langStore, t } from '../../common/i18n';
import { waitingBanner } from './waiting-banner';
import { errorText } from '../errors';
import { clockTime } from '../format';
import { startLive } from '../live/live-controller';
import { createLiveStore, serverNow, type LiveState } from '../live/live-store';
import { createMetricsStore, receiveMetrics } from '../live/metrics-store';
import { navigate } from '../router';
import { appStore } from '../store';
import { handledAuthError } from './auth-guard';
import { sigSlot } from './keyed-list';
import { feedList } from './live-feed';
import { seatRows, seatsHead, seatsPanel, tickSince } from './live-seats';
import { metricsPanel } from './metrics-panel';
import { controlBar, joinCard, newCodeButton } from './live-top';
import { roundsPanel } from './rounds-panel';
import { errorBox } from './ui';

export function mountLiveSession(root: HTMLElement, sessionId: string): () => void {
  const store = createLiveStore();
  const mstore = createMetricsStore();
  const live = startLive(
    store,
    sessionId,
    () => appStore.getState().signedOut(),
    (m) => receiveMetrics(mstore, m),
  );

  const headEl = h('div', { className: 'live-head' });
  const joinEl = h('div');
  const feedEl = h('div', { className: 'feed-scroll' });
  const controlEl = h('div');
  const errorEl = h('div', { className: 'live-error' });
  const bannerEl = h('div', { className: 'live-banner' });
  const seats = seatsPanel();
  const rounds = roundsPanel(live);
  const metrics = metricsPanel(live, mstore);
  const layout = h(
    'div',
    { className: 'live-layout' },
    // A cockpit: the seats stay in view beside the round (the side column scrolls by itself); the plan, the
    // participation panel and the feed may scroll below the round.
    h('aside', { className: 'live-side' }, seats.el),
    h(
      'div',
      { className: 'live-main' },
      joinEl,
      controlEl,
      errorEl,
      bannerEl,
      rounds.el,
      metrics.el,
      h('section', { className: 'card feed' }, h('h2', {}, t().consolePage.live.feed), feedEl),
    ),
  );
  const head = sigSlot(headEl);
  const join = sigSlot(joinEl);
  const feed = sigSlot(feedEl);
  const control = sigSlot(controlEl);
  const error = sigSlot(errorEl);
  const banner = sigSlot(bannerEl);
  const seatHead = sigSlot(seats.head);
  const slots = [head, join, feed, control, error, seatHead, banner];
  let shown: 'layout' | 'other' | null = null;

  const groupId = (s: LiveState) => s.view?.groupId ?? s.info?.groupId ?? null;
  const backToGroup = (s: LiveState) => {
    const id = groupId(s);
    return id ? navigate({ name: 'group', groupId: id }) : navigate({ name: 'groups' });
  };

  const showOther = (...children: Node[]) => {
    shown = 'other';
    render(root, ...children);
  };

  const draw = () => {
    const s = store.getState();
    const tt = t().consolePage;
    if (s.loadError) {
      if (handledAuthError(s.loadError)) return;
      return showOther(h('a', { className: 'back-link', href: '#/groups' }, tt.group.back), h('p', { 'data-testid': 'error-message' }, errorText(s.loadError)));
    }
    const ended = s.view?.endedAt != null || s.closedCode === 'session.ended';
    if (s.ending && (ended || s.link === 'closed')) return backToGroup(s);
    if (ended) {
      return showOther(
        h(
          'div',
          { className: 'card narrow center ended-card', 'data-testid': 'session-ended' },
          h('h1', {}, tt.live.ended),
          h(
            'button',
            { type: 'button', className: 'button primary large', 'data-testid': 'back-to-group', onclick: () => backToGroup(s) },
            tt.live.backToGroup,
          ),
        ),
      );
    }
    const view = s.view;
    const now = serverNow(s);
    if (shown !== 'layout') {
      shown = 'layout';
      for (const slot of slots) slot.reset();
      seats.rows.reset();
      rounds.reset();
      metrics.reset();
      render(root, headEl, layout);
    }
    head.update(JSON.stringify([s.link, s.closedCode, view?.groupName, view?.startedAt, groupId(s)]), () => liveHead(s));
    if (!view) {
      join.update('loading', () => [h('section', { className: 'card join-card' }, h('p', { className: 'muted' }, tt.loading))]);
      return;
    }
    join.update(JSON.stringify([view.code, view.joinUrl, view.screensConnected, s.info?.screenUrl, s.recoding]), () => [
      joinCard(view, s.info, live, s.recoding),
    ]);
    control.update(JSON.stringify([view.eyesOn, view.autoApprove]), () => [controlBar(view, live)]);
    error.update(`${s.error}|${s.recoding}`, () => {
      if (!s.error) return [];
      const box = errorBox();
      box.show(s.error ? t().common.errors[s.error] : null);
      // Codes are being guessed: the remedy is one click away, right in the notice.
      if (s.error === 'join.guessing') box.el.insertBefore(newCodeButton(live, s.recoding, 'guessing-new-code'), box.el.lastChild);
      box.el.addEventListener('click', (ev) => {
        if ((ev.target as HTMLElement).tagName === 'BUTTON') store.setState({ error: null });
      });
      return [box.el];
    });
    banner.update(JSON.stringify(view.seats.filter((x) => !x.seated && x.requestedAt !== null).map((x) => [x.childId, x.nickname, x.avatar])), () =>
      waitingBanner(view, live),
    );
    seatHead.update(JSON.stringify(seatsHead(view, now).map((e) => e.textContent)), () => seatsHead(view, now));
    rounds.update(s, now);
    seats.rows.update(seatRows({ store, live }, view, now));
    metrics.update(s, now, seats.list);
    feed.update(JSON.stringify([s.feed.length, s.feed[0], s.offset > 0]), () => [feedList(s.feed, s.offset, view)]);
    tickSince(seats.list, now);
  };

  draw();
  const unStore = store.subscribe(draw);
  const unMetrics = mstore.subscribe(draw);
  const unLang = langStore.subscribe(() => {
    shown = null;
    layout.querySelector('.feed h2')!.textContent = t().consolePage.live.feed;
    draw();
  });
  // Twice a second, so "· 3 s" labels and reconnecting → away flips never lag a whole second behind.
  const timer = window.setInterval(draw, 500);
  return () => {
    window.clearInterval(timer);
    unStore();
    unMetrics();
    unLang();
    live.close();
  };
}

function liveHead(s: LiveState): Node[] {
  const tt = t().consolePage;
  const id = s.view?.groupId ?? s.info?.groupId;
  const status = s.link;
  return [
    h(
      'div',
      {},
      id ? h('a', { className: 'back-link', href: `#/groups/${id}`, 'data-testid': 'back-to-group-link' }, `← ${tt.live.backToGroup}`) : null,
      h('h1', {}, s.view?.groupName ?? tt.loading),
      s.view ? h('p', { className: 'muted' }, fill(tt.live.started, { time: clockTime(s.view.startedAt - s.offset) })) : null,
    ),
    h(
      'span',
      { className: `link-status link-${status}`, 'data-testid': 'link-status', 'data-status': status, role: 'status' },
      h('span', { className: 'dot', 'aria-hidden': 'true' }),
      tt.live.link[status],
    ),
  ];
}
