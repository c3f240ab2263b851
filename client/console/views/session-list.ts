// The group's past (and live) sessions: start, end, duration.
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import type { SessionInfo } from '../../../shared/api/schemas';
import { dateTime, duration, clockTime } from '../format';
import { card } from './ui';

export function sessionList(sessions: readonly SessionInfo[]): HTMLElement {
  const tt = t().consolePage.group;
  const sorted = [...sessions].sort((a, b) => b.startedAt - a.startedAt);
  return card(
    'sessions',
    h('h2', {}, tt.sessions),
    sorted.length === 0
      ? h('p', { className: 'empty-note' }, tt.noSessions)
      : h(
          'table',
          { className: 'session-table' },
          h('thead', {}, h('tr', {}, h('th', {}, tt.started), h('th', {}, tt.ended), h('th', {}, tt.duration))),
          h('tbody', {}, ...sorted.map(row)),
        ),
  );
}

function row(s: SessionInfo): HTMLElement {
  const tt = t().consolePage.group;
  const live = s.status === 'live';
  return h(
    'tr',
    { 'data-testid': 'session-row', 'data-session-id': s.id },
    h('td', {}, dateTime(s.startedAt)),
    h(
      'td',
      {},
      live
        ? h('a', { className: 'pill live', href: `#/sessions/${s.id}` }, tt.statusLive)
        : s.endedAt !== null
          ? clockTime(s.endedAt)
          : '—',
    ),
    h('td', {}, s.endedAt !== null ? duration(s.endedAt - s.startedAt) : '—'),
  );
}
