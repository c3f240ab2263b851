// The report's attendance grid: a row per child, a column per session, ✓ where the child came, totals both ways.
import { fill } from '../../../shared/i18n';
import type { ChildRow } from '../../../shared/review/overview-children';
import type { SessionRow } from '../../../shared/review/overview-sessions';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { childName, type GroupData } from '../data';

export function attendanceTable(data: GroupData, children: readonly ChildRow[], sessions: readonly SessionRow[]): HTMLElement {
  const tt = t().reviewReport.attendance;
  const present = sessions.map((s) => new Set(s.present));
  return h(
    'table',
    { className: 'report-table attendance-grid', 'data-testid': 'report-attendance' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, tt.child),
        ...sessions.map((s) => h('th', { scope: 'col', className: 'mark' }, fill(tt.session, { n: s.number }))),
        h('th', { scope: 'col', className: 'num' }, tt.total),
      ),
    ),
    h(
      'tbody',
      {},
      ...children.map((c) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, childName(data, c.childId)),
          ...present.map((p) => (p.has(c.childId) ? h('td', { className: 'mark yes' }, tt.yes) : h('td', { className: 'mark no' }, tt.no))),
          h('td', { className: 'num' }, `${c.attendance} / ${c.sessions}`),
        ),
      ),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, tt.present),
        ...sessions.map((s) => h('td', { className: 'mark' }, `${s.present.length}/${s.enrolled.length}`)),
        h('td', {}),
      ),
    ),
  );
}
