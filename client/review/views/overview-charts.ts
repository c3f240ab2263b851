// The overview's three chart cards: per-child trend with a measure picker, equality over sessions, the sociogram per session.
import { fill } from '../../../shared/i18n';
import type { UsedInstrument } from '../../../shared/review/overview-checkins';
import { equalitySeries } from '../../../shared/review/overview-equality';
import { graphLayout } from '../../../shared/review/overview-graph';
import { instrumentOfMetric, trendMetrics, trendSeries, type TrendMetric } from '../../../shared/review/overview-trend';
import { h } from '../../common/dom';
import { lang, t } from '../../common/i18n';
import { mountChart, type MountedChart } from '../charts/echarts';
import { equalityOption } from '../charts/equality-chart';
import { sociogramOption } from '../charts/sociogram-chart';
import { trendOption } from '../charts/trend-chart';
import { childName, type GroupData } from '../data';
import { chartLabels, sociogramLabels } from './overview-chart-labels';
import { instrumentTitle, shortTitle } from './overview-format';

/** The pickers' choices, kept by the tab so a language switch redraws the same picture. */
export interface ChartPicks {
  metric: TrendMetric;
  /** 0 = all sessions; undefined = not picked yet (the latest session with a pass). */
  session?: number;
  kind: 'star' | 'cards';
}

export interface ChartCard {
  el: HTMLElement;
  /** Draws the chart; call once the card is in the document (the chart takes its box's width). */
  start: () => void;
  dispose: () => void;
}

/** A card whose chart is redrawn from scratch when a picker changes. */
function card(testid: string, head: HTMLElement[], height: number, draw: (box: HTMLElement) => MountedChart): ChartCard & { redraw: () => void } {
  const box = h('div', { className: 'chart-box', 'data-testid': testid });
  const el = h('section', { className: 'card chart-card' }, ...head, box);
  let mounted: MountedChart | null = null;
  const redraw = () => {
    mounted?.dispose();
    box.replaceChildren();
    box.style.height = `${height}px`;
    mounted = draw(box);
  };
  return { el, start: redraw, redraw, dispose: () => mounted?.dispose() };
}

export function metricName(metric: TrendMetric, used: readonly UsedInstrument[]): string {
  const tt = t().reviewOverview.trend;
  const instrumentId = instrumentOfMetric(metric);
  if (instrumentId === null) return tt.metrics[metric as keyof typeof tt.metrics];
  return fill(tt.instrumentTotal, { title: instrumentTitle(used.find((i) => i.id === instrumentId)?.title ?? null, instrumentId) });
}

export function trendCard(data: GroupData, used: readonly UsedInstrument[], childIds: readonly string[], picks: ChartPicks): ChartCard {
  const tt = t().reviewOverview.trend;
  const select = h(
    'select',
    { 'data-testid': 'trend-metric', onchange: (ev) => ((picks.metric = (ev.target as HTMLSelectElement).value as TrendMetric), c.redraw()) },
    ...trendMetrics(used).map((m) => h('option', { value: m, selected: m === picks.metric }, metricName(m, used))),
  );
  const c = card(
    'trend-chart',
    [
      h('div', { className: 'card-head' }, h('h2', {}, tt.title), h('label', { className: 'picker' }, tt.metric, select)),
      h('p', { className: 'muted small' }, tt.intro),
    ],
    360,
    (box) => {
      const series = trendSeries(data.review, picks.metric, childIds, used);
      return mountChart(
        box,
        trendOption(series, (id) => childName(data, id), { measure: shortTitle(metricName(picks.metric, used)), ...chartLabels(series.sessions) }),
        lang(),
        { height: 360 },
      );
    },
  );
  return c;
}

export function equalityCard(data: GroupData): ChartCard {
  const tt = t().reviewOverview.equality;
  return card('equality-chart', [h('h2', {}, tt.title), h('p', { className: 'muted small explain' }, tt.explain)], 280, (box) => {
    const points = equalitySeries(data.review);
    return mountChart(box, equalityOption(points, chartLabels(points.map((p) => p.session))), lang(), { height: 280 });
  });
}

export function sociogramCard(data: GroupData, childIds: readonly string[], picks: ChartPicks): ChartCard {
  const tt = t().reviewOverview.sociogram;
  const sessions = data.review.sessions;
  const hasCards = data.review.programme.group.cardsGiven.edges.length > 0;
  // The latest session with a pass opens first: an empty circle says little.
  const withPasses = [...sessions].reverse().find((s) => s.metrics.group.starPasses.edges.length > 0);
  picks.session ??= withPasses?.number ?? sessions[sessions.length - 1]?.number ?? 0;
  if (!hasCards) picks.kind = 'star';
  const note = h('p', { className: 'muted small chart-note' });
  const sessionSelect = h(
    'select',
    { 'data-testid': 'sociogram-session', onchange: (ev) => ((picks.session = Number((ev.target as HTMLSelectElement).value)), c.redraw()) },
    ...sessions.map((s) => h('option', { value: s.number, selected: s.number === picks.session }, fill(tt.sessionN, { n: s.number }))),
    h('option', { value: 0, selected: picks.session === 0 }, tt.all),
  );
  const kindSelect = hasCards
    ? h(
        'label',
        { className: 'picker' },
        tt.kind,
        h(
          'select',
          { 'data-testid': 'sociogram-kind', onchange: (ev) => ((picks.kind = (ev.target as HTMLSelectElement).value as 'star' | 'cards'), c.redraw()) },
          h('option', { value: 'star', selected: picks.kind === 'star' }, tt.kinds.star),
          h('option', { value: 'cards', selected: picks.kind === 'cards' }, tt.kinds.cards),
        ),
      )
    : null;
  const c = card(
    'sociogram-chart',
    [
      h('div', { className: 'card-head' }, h('h2', {}, tt.title), h('label', { className: 'picker' }, tt.session, sessionSelect), kindSelect),
      h('p', { className: 'muted small' }, tt.explain),
      note,
    ],
    420,
    (box) => {
      const metrics = picks.session === 0 ? data.review.programme : (sessions.find((s) => s.number === picks.session)?.metrics ?? null);
      const graph = metrics ? (picks.kind === 'star' ? metrics.group.starPasses : metrics.group.cardsGiven) : null;
      const layout = graphLayout(graph, childIds);
      // Orange arrows mean "both ways": say so only when there is one to see.
      if (layout.edges.length === 0) note.replaceChildren(tt.empty[picks.kind]);
      else if (layout.edges.some((e) => e.mutual)) note.replaceChildren(h('span', { className: 'mutual-key', 'aria-hidden': 'true' }), tt.both);
      else note.replaceChildren();
      return mountChart(box, sociogramOption(layout, sociogramLabels(data)), lang(), { height: 420 });
    },
  );
  return c;
}
