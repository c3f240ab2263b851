// A visually hidden DOM copy of what the canvas shows, for screen readers and end-to-end tests
// (which cannot read canvas text). It is sr-only, never display:none, so it stays in the accessibility tree.
import { fill } from '../../shared/i18n';
import type { ScreenRound } from '../../shared/session/views';
import { h, render } from '../common/dom';
import { langStore } from '../common/i18n';
import { screenActivity } from './activities';
import { qrDataUrl } from './qr';
import { currentRound, isLive, screenStore, stageMode, type ScreenState } from './screen-store';

/** The round as the mirror describes it: which activity, paused or not, the timer if children see it. */
function roundMirror(round: ScreenRound, finale: boolean): HTMLElement {
  const { t, lang } = langStore.getState();
  const m = t.screenPage.mirror;
  const title = fill(m.round, { number: round.number, activity: t.screenPage.activityNames[round.activity] });
  return h(
    'section',
    {
      'data-testid': 'screen-round',
      'data-activity': round.activity,
      'data-round': String(round.number),
      'data-paused': String(round.paused),
      'data-finale': String(finale),
    },
    h('h3', {}, title),
    round.paused ? h('p', { 'data-testid': 'screen-paused' }, `${t.screenPage.paused} — ${t.screenPage.pausedSubtitle}`) : null,
    round.timer
      ? h(
          'p',
          { 'data-testid': 'screen-timer', 'data-duration-ms': String(round.timer.durationMs), 'data-running': String(round.timer.endsAt !== null) },
          m.timer,
        )
      : null,
    ...screenActivity(round.activity).mirror(round.view, t.screenPage, lang),
  );
}

export function mountMirror(root: HTMLElement): void {
  const status = h('p', { 'data-testid': 'screen-status' });
  const group = h('h2', { 'data-testid': 'screen-group' });
  const code = h('p', { 'data-testid': 'screen-code' });
  const qr = h('img', { 'data-testid': 'screen-qr', alt: '' });
  const seats = h('ul', { 'data-testid': 'screen-seats' });
  const extra = h('div', {});
  root.setAttribute('role', 'region');
  root.replaceChildren(status, group, code, qr, seats, extra);

  let qrFor = '';
  const draw = (s: ScreenState) => {
    const t = langStore.getState().t;
    root.setAttribute('aria-label', t.screenPage.mirror.region);
    status.dataset.status = s.status;
    status.textContent =
      s.status === 'connected'
        ? t.common.connected
        : s.status === 'reconnecting'
          ? t.common.reconnecting
          : s.status === 'closed'
            ? t.common.errors['session.ended']
            : t.screenPage.connecting;
    const view = s.view;
    const mode = stageMode(s);
    group.textContent = view?.groupName ?? '';
    code.textContent = view?.code ?? '';
    code.hidden = !view;
    group.hidden = !view;
    qr.hidden = !view;
    if (view && view.joinUrl !== qrFor) {
      qrFor = view.joinUrl;
      qr.alt = view.joinUrl;
      qr.dataset.url = view.joinUrl;
      void qrDataUrl(view.joinUrl).then((url) => {
        if (qrFor === view.joinUrl) qr.src = url;
      });
    }
    const m = t.screenPage.mirror;
    render(
      seats,
      ...(view?.seats ?? []).map((seat) =>
        h(
          'li',
          {
            'data-testid': 'screen-seat',
            'data-child-id': seat.childId,
            'data-avatar': seat.avatar,
            'data-seated': String(seat.seated),
            'data-connected': String(seat.connected),
          },
          `${seat.nickname} — ${!seat.seated ? m.notSeated : seat.connected ? m.seated : m.resting}`,
        ),
      ),
    );
    const round = mode === 'round' ? currentRound(s) : null;
    render(
      extra,
      round ? roundMirror(round, s.view?.round == null) : null,
      isLive(mode) && view?.eyesOn ? h('p', { 'data-testid': 'screen-eyes' }, `${t.screenPage.eyesTitle} — ${t.screenPage.eyesSubtitle}`) : null,
      mode === 'ended' ? h('p', { 'data-testid': 'screen-ended' }, `${t.screenPage.endedTitle} ${t.screenPage.endedSubtitle}`) : null,
    );
  };
  draw(screenStore.getState());
  screenStore.subscribe(draw);
  langStore.subscribe(() => draw(screenStore.getState()));
}
