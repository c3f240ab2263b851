// The report's participation section: equality over sessions (chart and table) and each child's totals over the programme.
import { fill } from '../../../shared/i18n';
import type { ChildRow } from '../../../shared/review/overview-children';
import { equalitySeries } from '../../../shared/review/overview-equality';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { equalityOption } from '../charts/equality-chart';
import { childName, type GroupData } from '../data';
import { chartLabels } from './overview-chart-labels';
import { formatDate, formatDuration, formatNumber } from './overview-format';
import type { ReportCharts } from './report-charts';

const pair = (a: number, b: number) => `${a} / ${b}`;

export function participationBlock(data: GroupData, children: readonly ChildRow[], charts: ReportCharts): HTMLElement[] {
  const tt = t().reviewReport.participation;
  const reading = t().consolePage.metrics.gauge.reading;
  const points = equalitySeries(data.review);
  const dash = '—';
  const started = new Map(data.review.sessions.map((s) => [s.number, s.startedAt]));
  const anyAirtime = children.some((c) => c.totals.airtimeMs > 0);
  const anyStars = children.some((c) => c.totals.starPassesGiven > 0);
  const anyCards = children.some((c) => c.totals.cardsGiven + c.totals.cardsReceived > 0);
  return [
    h('p', { className: 'muted' }, tt.intro),
    h(
      'figure',
      { className: 'report-figure' },
      charts.slot(equalityOption(points, chartLabels(points.map((p) => p.session))), 230, 'report-equality-chart'),
      h('figcaption', {}, t().reviewOverview.equality.explain, ' ', tt.explainJ),
    ),
    h(
      'table',
      { className: 'report-table', 'data-testid': 'report-equality' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...[tt.session, tt.date, tt.present, tt.turns, tt.g, tt.j, tt.reading].map((x, i) =>
            h('th', { scope: 'col', className: i >= 2 && i <= 5 ? 'num' : '' }, x),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...points.map((p) =>
          h(
            'tr',
            {},
            h('td', {}, String(p.session)),
            h('td', {}, formatDate(started.get(p.session) ?? 0, data.review.timeZone)),
            h('td', { className: 'num' }, `${p.present}/${p.enrolled}`),
            h('td', { className: 'num' }, p.turns),
            h('td', { className: 'num' }, p.giniNormalized === null ? dash : formatNumber(p.giniNormalized)),
            h('td', { className: 'num' }, p.entropy === null ? dash : formatNumber(p.entropy)),
            h('td', {}, reading[p.reading.code]),
          ),
        ),
      ),
    ),
    h('h3', {}, tt.perChild),
    h(
      'table',
      { className: 'report-table', 'data-testid': 'report-children' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, tt.child),
          h('th', { scope: 'col', className: 'num' }, tt.attended),
          h('th', { scope: 'col', className: 'num' }, tt.turns),
          anyAirtime ? h('th', { scope: 'col', className: 'num' }, tt.airtime) : null,
          h('th', { scope: 'col', className: 'num' }, tt.passes),
          h('th', { scope: 'col', className: 'num' }, tt.reactions),
          anyStars ? h('th', { scope: 'col', className: 'num' }, tt.stars) : null,
          anyCards ? h('th', { scope: 'col', className: 'num' }, tt.cards) : null,
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
            h('td', { className: 'num' }, fill(t().reviewOverview.children.attended, { n: c.attendance, total: c.sessions })),
            h('td', { className: 'num' }, c.totals.turns),
            anyAirtime ? h('td', { className: 'num' }, c.totals.airtimeMs > 0 ? formatDuration(c.totals.airtimeMs) : dash) : null,
            h('td', { className: 'num' }, c.totals.passes),
            h('td', { className: 'num' }, pair(c.totals.reactionsGiven, c.totals.reactionsReceived)),
            anyStars ? h('td', { className: 'num' }, pair(c.totals.starPassesGiven, c.totals.starPassesReceived)) : null,
            anyCards ? h('td', { className: 'num' }, pair(c.totals.cardsGiven, c.totals.cardsReceived)) : null,
          ),
        ),
      ),
    ),
  ];
}
