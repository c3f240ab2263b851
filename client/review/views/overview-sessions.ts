// The overview's sessions table: number, date, duration, programme session, attendance with who was absent, rounds, replay link.
import { fill } from '../../../shared/i18n';
import type { SessionRow } from '../../../shared/review/overview-sessions';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import type { GroupData } from '../data';
import { routeHash } from '../router';
import { formatDateTime, formatDuration, names } from './overview-format';

/** `digestsRead`: the logs have been read (a row still without a digest could not be read). */
export function sessionsTable(data: GroupData, rows: readonly SessionRow[], digestsRead: boolean): HTMLElement {
  const tt = t().reviewOverview.sessions;
  const activities = t().consolePage.rounds.activities;
  // A log that could not be read leaves a dash rather than a promise that never ends.
  const pending = digestsRead ? '—' : tt.reading;
  return h(
    'table',
    { className: 'review-table', 'data-testid': 'overview-sessions' },
    h('thead', {}, h('tr', {}, ...[tt.number, tt.date, tt.duration, tt.programme, tt.attendance, tt.rounds, ''].map((x) => h('th', { scope: 'col' }, x)))),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          { 'data-testid': `overview-session-${r.number}` },
          h('td', { className: 'num' }, r.number),
          h('td', { className: 'nowrap' }, formatDateTime(r.startedAt, data.review.timeZone)),
          h('td', { className: 'nowrap' }, r.durationMs === null ? h('span', { className: 'pill live' }, tt.running) : formatDuration(r.durationMs)),
          h(
            'td',
            {},
            r.planSession === undefined
              ? h('span', { className: 'muted' }, pending)
              : r.planSession === null
                ? h('span', { className: 'muted' }, tt.noPlan)
                : fill(tt.planSession, { n: r.planSession.index + 1, title: r.planSession.title }),
          ),
          h(
            'td',
            {},
            h('strong', {}, fill(tt.attended, { n: r.present.length, total: r.enrolled.length })),
            h('div', { className: 'small muted' }, r.absent.length === 0 ? tt.allPresent : fill(tt.absent, { names: names(data, r.absent) })),
          ),
          h(
            'td',
            {},
            r.rounds === undefined
              ? h('span', { className: 'muted' }, pending)
              : r.rounds.length === 0
                ? h('span', { className: 'muted' }, tt.noRounds)
                : h('span', { className: 'round-chips' }, ...r.rounds.map((x) => h('span', { className: 'round-chip' }, activities[x.activity] ?? x.activity))),
          ),
          h(
            'td',
            {},
            h(
              'a',
              {
                className: 'button small',
                href: routeHash({ name: 'group', groupId: data.group.id, tab: 'replay', session: r.number }),
                'data-testid': `overview-replay-${r.number}`,
              },
              tt.replay,
            ),
          ),
        ),
      ),
    ),
  );
}
