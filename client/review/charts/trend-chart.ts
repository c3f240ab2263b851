// The per-child trend chart: one line per child over the sessions, named in the legend and the tooltip.
import type { TrendSeries } from '../../../shared/review/overview-trend';
import { CHILD_COLOURS, escapeHtml, sessionAxis, type ChartOption } from './echarts';

export interface TrendLabels {
  /** The y axis: the measure's name. */
  measure: string;
  axisSession: string;
  /** Axis labels (the session numbers) and the tooltip's heading ("Session 2"), in x order. */
  sessionNames: string[];
  sessionTitles: string[];
  absent: string;
}

export function trendOption(series: TrendSeries, nameOf: (childId: string) => string, labels: TrendLabels): ChartOption {
  const names = series.lines.map((l) => nameOf(l.childId));
  return {
    color: CHILD_COLOURS,
    legend: { type: 'plain', top: 0, left: 0, right: 0, itemWidth: 18, itemHeight: 10, textStyle: { fontSize: 12 }, data: names },
    grid: { top: legendRows(names) * 22 + 28, left: 48, right: 24, bottom: 44 },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const at = list[0]?.dataIndex ?? 0;
        const rows = list.map(
          (p) =>
            `${typeof p.marker === 'string' ? p.marker : ''}${escapeHtml(p.seriesName ?? '')}: <b>${typeof p.value === 'number' ? p.value : labels.absent}</b>`,
        );
        return [escapeHtml(labels.sessionTitles[at] ?? ''), ...rows].join('<br/>');
      },
    },
    xAxis: sessionAxis(labels, series.sessions.length < 2),
    yAxis: {
      type: 'value',
      name: labels.measure,
      nameTextStyle: { align: 'left' },
      minInterval: series.unit === 'minutes' ? 0 : 1,
      min: series.min ?? 0,
      ...(series.max !== null ? { max: series.max } : {}),
    },
    series: series.lines.map((line, i) => ({
      type: 'line',
      name: names[i],
      data: line.values.map((v) => (v === null ? '-' : v)),
      connectNulls: false,
      symbol: 'circle',
      symbolSize: 7,
      lineStyle: { width: 2 },
      emphasis: { focus: 'series' },
    })),
  };
}

/** A rough count of legend rows, so the plot starts below the legend however many children there are. */
function legendRows(names: readonly string[]): number {
  const width = names.reduce((sum, n) => sum + 34 + [...n].length * 9, 0);
  return Math.max(1, Math.ceil(width / 620));
}
