// The report's check-in trends: per instrument kind, a chart of each child's totals over sessions and a per-session summary.
import { fill } from '../../../shared/i18n';
import type { UsedInstrument } from '../../../shared/review/overview-checkins';
import { trendSeries } from '../../../shared/review/overview-trend';
import { checkinSessionSummaries } from '../../../shared/review/report-checkins';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { trendOption } from '../charts/trend-chart';
import { childName, type GroupData } from '../data';
import { chartLabels } from './overview-chart-labels';
import { formatNumber, instrumentTitle } from './overview-format';
import type { ReportCharts } from './report-charts';

function instrumentBlock(
  data: GroupData,
  inst: UsedInstrument,
  used: readonly UsedInstrument[],
  childIds: readonly string[],
  charts: ReportCharts,
): HTMLElement {
  const tt = t().reviewReport.checkins;
  const title = instrumentTitle(inst.title, inst.id);
  const series = trendSeries(data.review, `instrument:${inst.id}`, childIds, used);
  // Only children with at least one score get a line (and a legend entry): the rest would be empty names.
  const lines = { ...series, lines: series.lines.filter((l) => l.values.some((v) => v !== null)) };
  const rows = checkinSessionSummaries(data.review.checkins, inst.id, data.review.sessions.length).filter((r) => r.responses > 0);
  return h(
    'div',
    { className: 'report-instrument', 'data-testid': `report-checkin-${inst.id}` },
    h('h4', {}, title),
    inst.min !== null && inst.max !== null ? h('p', { className: 'muted small' }, fill(tt.range, { min: inst.min, max: inst.max })) : null,
    h(
      'figure',
      { className: 'report-figure' },
      charts.slot(
        trendOption(lines, (id) => childName(data, id), { measure: tt.total, ...chartLabels(series.sessions) }),
        250,
      ),
    ),
    h(
      'table',
      { className: 'report-table compact' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, tt.session),
          h('th', { scope: 'col', className: 'num' }, tt.n),
          h('th', { scope: 'col', className: 'num' }, tt.mean),
          h('th', { scope: 'col', className: 'num' }, tt.spread),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            {},
            h('td', {}, String(r.session)),
            h('td', { className: 'num' }, fill(tt.nValue, { n: r.n, responses: r.responses })),
            h('td', { className: 'num' }, r.mean === null ? '—' : formatNumber(r.mean, 1)),
            h('td', { className: 'num' }, r.min === null ? '—' : `${r.min} – ${r.max}`),
          ),
        ),
      ),
    ),
  );
}

export function checkinsBlock(data: GroupData, used: readonly UsedInstrument[], childIds: readonly string[], charts: ReportCharts): HTMLElement[] {
  const tt = t().reviewReport.checkins;
  if (used.length === 0) return [h('p', { className: 'muted' }, tt.none)];
  const kinds = (['daily', 'scale'] as const).filter((k) => used.some((i) => i.kind === k));
  return [
    h('p', { className: 'muted' }, tt.intro),
    ...kinds.map((k) =>
      h(
        'div',
        { className: 'report-kind-block' },
        h('h3', {}, tt.kinds[k]),
        ...used.filter((i) => i.kind === k).map((i) => instrumentBlock(data, i, used, childIds, charts)),
      ),
    ),
  ];
}
