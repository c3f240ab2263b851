// The report's facilitator observations: tag counts per child and per session, and the notes written with the tags.
import { fill } from '../../../shared/i18n';
import type { SessionDigest } from '../../../shared/review/overview-digest';
import { tagsPerChild, tagsPerSession, type TagTable } from '../../../shared/review/report-observations';
import { isPositiveTag } from '../../../shared/review/overview-children';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { childName, type GroupData } from '../data';

function tagTable(table: TagTable, head: string, rowName: (key: string) => string, testid: string): HTMLElement {
  const labels = t().common.observationTags;
  const tt = t().reviewReport.observations;
  return h(
    'table',
    { className: 'report-table tag-table', 'data-testid': testid },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, head),
        ...table.tags.map((tag) => h('th', { scope: 'col', className: `num ${isPositiveTag(tag) ? 'positive' : 'watch'}` }, labels[tag])),
        h('th', { scope: 'col', className: 'num' }, tt.total),
      ),
    ),
    h(
      'tbody',
      {},
      ...table.rows.map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, rowName(r.key)),
          ...r.counts.map((n) => h('td', { className: 'num' }, n === 0 ? '·' : n)),
          h('td', { className: 'num' }, r.total),
        ),
      ),
    ),
  );
}

export function observationsBlock(data: GroupData, digests: ReadonlyMap<number, SessionDigest>): HTMLElement[] {
  const tt = t().reviewReport.observations;
  const perChild = tagsPerChild(data.review);
  if (perChild.tags.length === 0) return [h('p', { className: 'muted' }, tt.none)];
  const perSession = tagsPerSession(data.review);
  const labels = t().common.observationTags;
  const notes = data.review.sessions.flatMap((s) => (digests.get(s.number)?.notes ?? []).filter((n) => n.note).map((n) => ({ ...n, session: s.number })));
  return [
    h('p', { className: 'muted' }, tt.intro),
    h('h3', {}, tt.perChild),
    tagTable(perChild, tt.child, (id) => childName(data, id), 'report-tags-child'),
    h('h3', {}, tt.perSession),
    tagTable(perSession, t().reviewReport.participation.session, (n) => fill(tt.session, { n }), 'report-tags-session'),
    notes.length
      ? h(
          'div',
          { className: 'report-notes' },
          h('h3', {}, tt.notes),
          h(
            'ul',
            {},
            ...notes.map((n) =>
              h(
                'li',
                {},
                h('span', { className: 'muted' }, `${fill(tt.session, { n: n.session })} · `),
                fill(tt.noteLine, { child: childName(data, n.childId), tag: labels[n.tag], note: n.note ?? '' }),
              ),
            ),
          ),
        )
      : null,
  ].filter((x): x is HTMLElement => x !== null);
}
