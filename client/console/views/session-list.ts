// The group's past (and live) sessions: start, end, duration, and the way to each ended session's process record.
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import type { SessionInfo } from '../../../shared/api/schemas';
import { dateTime, duration, clockTime } from '../format';
import { card } from './ui';

export function sessionList(sessions: readonly SessionInfo[], groupId: string): HTMLElement {
  const tt = t().consolePage.group;
  const sorted = [...sessions].sort((a, b) => b.startedAt - a.startedAt);
  // The review numbers sessions oldest first: session n's record lives at …/records/n.
  const number = new Map([...sessions].sort((a, b) => a.startedAt - b.startedAt).map((s, i) => [s.id, i + 1]));
  return card(
    'sessions',
    h('h2', {}, tt.sessions),
    sorted.length === 0
      ? h('p', { className: 'empty-note' }, tt.noSessions)
      : h(
          'table',
          { className: 'session-table' },
          h('thead', {}, h('tr', {}, h('th', {}, tt.started), h('th', {}, tt.ended), h('th', {}, tt.duration), h('th', {}, ''))),
          h('tbody', {}, ...sorted.map((s) => row(s, groupId, number.get(s.id) ?? 0))),
        ),
  );
}

function row(s: SessionInfo, groupId: string, n: number): HTMLElement {
  const tt = t().consolePage.group;
  const live = s.status === 'live';
  return h(
    'tr',
    { 'data-testid': 'session-row', 'data-session-id': s.id },
    h('td', {}, dateTime(s.startedAt)),
    h('td', {}, live ? h('a', { className: 'pill live', href: `#/sessions/${s.id}` }, tt.statusLive) : s.endedAt !== null ? clockTime(s.endedAt) : '—'),
    h('td', {}, s.endedAt !== null ? duration(s.endedAt - s.startedAt) : '—'),
    h(
      'td',
      {},
      !live && s.endedAt !== null
        ? h(
            'a',
            { className: 'button small', href: `/review#/groups/${encodeURIComponent(groupId)}/records/${n}`, 'data-testid': 'session-record' },
            t().records.page.write,
          )
        : null,
    ),
  );
}
