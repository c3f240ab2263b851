// The "Process records" tab: each session with its record's status, and one record opened for reading or writing.
import { api } from '../../common/api';
import { h, render } from '../../common/dom';
import { langStore, t } from '../../common/i18n';
import { errorText } from '../../console/errors';
import { localDate } from '../../../shared/review/local-time';
import type { RecordListRow, RecordView } from '../../../shared/api/records';
import { routeHash } from '../router';
import { mountRecordEditor } from './record-editor';
import '../styles/records.css';
import type { GroupView } from './view';

export const mountRecords: GroupView = (root, data, route) => {
  if (route.session) return mountRecordEditor(root, data, route.session);
  let rows: RecordListRow[] | null = null;
  let failure: unknown = null;
  const draw = () => {
    const tt = t().records;
    if (failure) return render(root, h('div', { className: 'card', 'data-testid': 'records-failed' }, h('p', {}, errorText(failure))));
    if (!rows) return render(root, h('p', { className: 'muted' }, t().reviewPage.loading));
    render(
      root,
      h(
        'section',
        { className: 'card', 'data-testid': 'records-list' },
        h('h2', {}, tt.title),
        h('p', { className: 'muted' }, tt.page.intro),
        rows.length === 0
          ? h('p', { className: 'muted' }, tt.page.noSessions)
          : h(
              'table',
              { className: 'data-table records-table' },
              h('thead', {}, h('tr', {}, h('th', {}, tt.page.session), h('th', {}, tt.page.date), h('th', {}, tt.page.status), h('th', {}, ''))),
              h(
                'tbody',
                {},
                ...rows.map((r) =>
                  h(
                    'tr',
                    { 'data-testid': 'record-row', 'data-status': r.status },
                    h('td', {}, `${r.number}${r.title ? ` · ${r.title}` : ''}`),
                    h('td', {}, localDate(r.startedAt, data.review.timeZone)),
                    h('td', {}, h('span', { className: `record-status status-${r.status}` }, tt.status[r.status]), r.version > 1 ? ` (${r.version})` : ''),
                    h(
                      'td',
                      {},
                      h(
                        'a',
                        {
                          className: 'button small',
                          href: routeHash({ name: 'group', groupId: data.group.id, tab: 'records', session: r.number }),
                          'data-testid': 'record-open',
                        },
                        tt.page.open,
                      ),
                    ),
                  ),
                ),
              ),
            ),
      ),
    );
  };
  api<{ records: RecordListRow[] }>('GET', `/review/groups/${encodeURIComponent(data.group.id)}/records`).then(
    (r) => {
      rows = r.records;
      draw();
    },
    (err: unknown) => {
      failure = err;
      draw();
    },
  );
  draw();
  return langStore.subscribe(draw);
};

/** Loads one record in the page's language (the drafted sentences come from the server in that language). */
export function loadRecord(groupId: string, n: number, lang: string): Promise<RecordView> {
  return api<RecordView>('GET', `/review/groups/${encodeURIComponent(groupId)}/records/${n}?lang=${encodeURIComponent(lang)}`);
}
