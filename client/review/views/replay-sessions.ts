// The group's sessions for the replay tab: number, date, length and attendance, each linking to its replay.
import type { ReviewSession } from '../../../shared/api/review';
import { fill } from '../../../shared/i18n';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { routeHash } from '../router';
import { formatDateTime, formatDuration } from './overview-format';

/** The same date and length words as the overview's session table. */
function lengthOf(s: ReviewSession): string {
  return s.endedAt === null ? t().reviewReplay.stillRunning : formatDuration(s.endedAt - s.startedAt);
}

/** Children seated in the session out of those enrolled (the session's own metrics count both). */
function attendanceOf(s: ReviewSession): string {
  const came = s.metrics.children.filter((c) => c.attendance > 0).length;
  return fill(t().reviewReplay.attendance, { n: came, of: s.metrics.group.enrolled.length });
}

export function sessionList(groupId: string, sessions: readonly ReviewSession[], current: number | null, timeZone: string): HTMLElement {
  const tt = t().reviewReplay;
  if (sessions.length === 0) return h('p', { className: 'card muted', 'data-testid': 'replay-sessions' }, tt.noSessions);
  // Newest first: the latest session is the one a worker usually comes to look at.
  const items = [...sessions].reverse().map((s) =>
    h(
      'li',
      {},
      h(
        'a',
        {
          className: 'replay-session',
          href: routeHash({ name: 'group', groupId, tab: 'replay', session: s.number }),
          'data-testid': `replay-session-${s.number}`,
          'aria-current': s.number === current ? 'true' : null,
        },
        h('strong', {}, fill(tt.sessionNumber, { n: s.number })),
        h('span', { className: 'small muted' }, formatDateTime(s.startedAt, timeZone)),
        h('span', { className: 'small' }, `${lengthOf(s)} · ${attendanceOf(s)}`),
      ),
    ),
  );
  return h('nav', { className: 'replay-sessions', 'aria-label': tt.sessions }, h('ol', { 'data-testid': 'replay-sessions' }, ...items));
}
