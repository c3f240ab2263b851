// The groups this staff member may review, each with its size, sessions so far and the caller's access.
import { api } from '../../common/api';
import { h, render } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { langStore, t } from '../../common/i18n';
import type { GroupDetail, GroupInfo } from '../../../shared/api/schemas';
import { errorText } from '../../console/errors';
import { routeHash } from '../router';
import { formatDate } from './overview-format';

export function mountGroups(root: HTMLElement): () => void {
  let groups: GroupDetail[] | null = null;
  // The centre's zone, so "last session" is the day the exports give it; the browser's own until it arrives.
  let timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let error: unknown = null;
  const draw = () => {
    const tt = t().reviewPage;
    const body: HTMLElement[] = [];
    if (error) body.push(h('p', { className: 'error-box', 'data-testid': 'error-message' }, fill(tt.failed, { message: errorText(error) })));
    else if (!groups) body.push(h('p', { className: 'muted' }, tt.loading));
    else if (groups.length === 0) body.push(h('p', { className: 'card muted', 'data-testid': 'no-groups' }, tt.groups.none));
    else body.push(h('ul', { className: 'review-groups' }, ...groups.map((g) => groupCard(g, timeZone))));
    render(root, h('div', { className: 'page-head' }, h('h1', {}, tt.groups.title), h('p', { className: 'muted' }, tt.groups.intro)), ...body);
  };
  api<{ timeZone: string }>('GET', '/review/time-zone').then(
    (r) => {
      timeZone = r.timeZone;
      draw();
    },
    () => {},
  );
  // The list carries no counts, so each group's detail is read too (a handful of groups per worker).
  api<GroupInfo[]>('GET', '/groups')
    .then((list) => Promise.all(list.map((g) => api<GroupDetail>('GET', `/groups/${encodeURIComponent(g.id)}`).then((d) => ({ ...d, access: g.access })))))
    .then(
      (list) => {
        groups = list;
        draw();
      },
      (err: unknown) => {
        error = err;
        draw();
      },
    );
  draw();
  return langStore.subscribe(draw);
}

function groupCard(g: GroupDetail, timeZone: string): HTMLElement {
  const tt = t().reviewPage.groups;
  const ended = g.sessions.filter((s) => s.status === 'ended');
  const last = ended.reduce<number | null>((m, s) => (m === null || s.startedAt > m ? s.startedAt : m), null);
  const facts = [
    fill(tt.children, { n: g.roster.length }),
    ended.length ? fill(tt.sessions, { n: ended.length }) : tt.noSessions,
    last ? fill(tt.lastSession, { date: formatDate(last, timeZone) }) : null,
  ].filter((x): x is string => !!x);
  return h(
    'li',
    {},
    h(
      'a',
      { className: 'card review-group-card', href: routeHash({ name: 'group', groupId: g.id, tab: 'overview' }), 'data-testid': `review-group-${g.id}` },
      h('h2', {}, g.name),
      h('p', { className: 'muted' }, facts.join(' · ')),
      g.access ? h('span', { className: 'pill' }, tt.access[g.access]) : null,
    ),
  );
}
