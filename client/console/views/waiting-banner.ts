// The banner at the top of the live page while children wait to sit down: each child with Approve / Not this one,
// so a waiting child is never below the fold of a laptop.
import { avatarImg } from '../../common/avatar';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { fill } from '../../../shared/i18n';
import type { ConsoleView } from '../../../shared/session/views';
import type { LiveController } from '../live/live-controller';

export function waitingBanner(view: ConsoleView, live: LiveController): HTMLElement[] {
  const tt = t().consolePage.live;
  const waiting = view.seats.filter((s) => !s.seated && s.requestedAt !== null).sort((a, b) => (a.requestedAt ?? 0) - (b.requestedAt ?? 0));
  if (waiting.length === 0) return [];
  return [
    h(
      'section',
      { className: 'waiting-banner', 'data-testid': 'waiting-banner', role: 'status' },
      h('strong', { className: 'waiting-title' }, fill(tt.waitingCount, { n: waiting.length })),
      h(
        'ul',
        { className: 'waiting-list' },
        ...waiting.map((s) =>
          h(
            'li',
            { className: 'waiting-child', 'data-child-id': s.childId },
            avatarImg(s.avatar, 36, ''),
            h('span', { className: 'waiting-name' }, s.nickname),
            h(
              'button',
              {
                type: 'button',
                className: 'button approve small',
                'data-testid': 'banner-approve',
                'data-child-id': s.childId,
                onclick: () => void live.send({ type: 'seat.approve', childId: s.childId }),
              },
              tt.approve,
            ),
            h(
              'button',
              {
                type: 'button',
                className: 'button small',
                'data-testid': 'banner-deny',
                'data-child-id': s.childId,
                onclick: () => void live.send({ type: 'seat.deny', childId: s.childId }),
              },
              tt.deny,
            ),
          ),
        ),
      ),
    ),
  ];
}
