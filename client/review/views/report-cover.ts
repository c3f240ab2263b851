// The report's title block: group, age band, language, dates, children, who prepared it, and the programme's sessions.
import { fill } from '../../../shared/i18n';
import type { SessionDigest } from '../../../shared/review/overview-digest';
import { programmeSpan } from '../../../shared/review/overview-sessions';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import type { GroupData } from '../data';
import { reviewStore } from '../store';
import { formatDate } from './overview-format';

function datesText(data: GroupData): string {
  const tt = t().reviewReport.cover;
  const span = programmeSpan(data.review);
  const n = data.review.sessions.length;
  if (!span) return tt.noSessions;
  const date = (ms: number) => formatDate(ms, data.review.timeZone);
  return n === 1 ? fill(tt.datesOne, { date: date(span.from) }) : fill(tt.datesValue, { n, from: date(span.from), to: date(span.to) });
}

/** Which of the group's sessions ran each programme session (from the logs' plans), as "session 2, 3 Jun". */
function ranIn(data: GroupData, digests: ReadonlyMap<number, SessionDigest>, index: number): string {
  const tt = t().reviewReport.cover;
  const runs = data.review.sessions.filter((s) => digests.get(s.number)?.planSession?.index === index);
  return runs.length ? runs.map((s) => fill(tt.ranIn, { n: s.number, date: formatDate(s.startedAt, data.review.timeZone) })).join('; ') : tt.notRun;
}

export function reportCover(data: GroupData, digests: ReadonlyMap<number, SessionDigest>): HTMLElement {
  const tt = t().reviewReport;
  const me = reviewStore.getState().me;
  const programme = data.programme?.programme ?? null;
  const facts: [string, string][] = [
    [tt.cover.ageBand, t().consolePage.ageBands[data.group.ageBand]],
    [tt.cover.language, t().common.languageNames[data.group.language]],
    [tt.cover.dates, datesText(data)],
    [tt.cover.children, fill(tt.cover.childrenValue, { n: data.review.children.length })],
    ...(data.review.facilitators.length ? [[tt.cover.facilitators, data.review.facilitators.join(', ')] as [string, string]] : []),
    ...(me ? [[tt.cover.preparedBy, me.displayName] as [string, string]] : []),
  ];
  return h(
    'section',
    { className: 'report-cover', 'data-testid': 'report-cover' },
    h('p', { className: 'report-kind' }, tt.kind),
    h('h1', {}, data.group.name),
    h('dl', { className: 'report-facts' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h(
      'div',
      { className: 'report-programme' },
      h('h2', {}, tt.cover.programme),
      programme
        ? h(
            'div',
            {},
            h('p', { className: 'report-programme-title' }, programme.title),
            h('h3', {}, tt.cover.plannedSessions),
            h(
              'ol',
              { className: 'report-programme-sessions' },
              ...programme.sessions.map((s, i) =>
                h(
                  'li',
                  {},
                  h('strong', {}, s.title),
                  s.goal ? h('span', { className: 'muted' }, ` — ${s.goal}`) : null,
                  h('span', { className: 'report-ran' }, ranIn(data, digests, i)),
                ),
              ),
            ),
          )
        : h('p', { className: 'muted' }, tt.cover.noProgramme),
    ),
    h('ol', { className: 'report-contents' }, ...Object.values(tt.contents).map((c) => h('li', {}, c))),
  );
}
