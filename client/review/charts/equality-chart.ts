// The group's equality over sessions: G* per session on a 0–1 axis with the reading's bands (even, fairly even, a few dominate).
import { EVEN_BELOW, FAIRLY_EVEN_BELOW } from '../../../shared/metrics/reading';
import type { EqualityPoint } from '../../../shared/review/overview-equality';
import { escapeHtml, sessionAxis, type ChartOption } from './echarts';

export interface EqualityLabels {
  series: string;
  axisSession: string;
  sessionNames: string[];
  sessionTitles: string[];
  bands: { even: string; fairlyEven: string; fewDominate: string };
  /** Pixels right of the plot for the band names. */
  bandRoom: number;
  /** The tooltip line for one session. */
  tooltip: (p: EqualityPoint) => string;
}

/** Band names sit outside the plot, right of it, so no point or value label ever covers them. */
const BAND_STYLE = { label: { position: 'right' as const, color: '#566072', fontSize: 11, distance: 6 } };

export function equalityOption(points: readonly EqualityPoint[], labels: EqualityLabels): ChartOption {
  return {
    grid: { top: 24, left: 48, right: labels.bandRoom, bottom: 44 },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const p = first ? points[first.dataIndex] : undefined;
        return p ? `${escapeHtml(labels.sessionTitles[first!.dataIndex] ?? '')}<br/>${escapeHtml(labels.tooltip(p))}` : '';
      },
    },
    // Points in the middle of their session's slot: value labels stay clear of the axis and the band names.
    xAxis: sessionAxis(labels, true),
    yAxis: { type: 'value', min: 0, max: 1, interval: 0.2, name: labels.series, nameTextStyle: { align: 'left' } },
    series: [
      {
        type: 'line',
        name: labels.series,
        data: points.map((p) => (p.giniNormalized === null ? '-' : round2(p.giniNormalized))),
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 9,
        lineStyle: { width: 3, color: '#2f5f98' },
        itemStyle: { color: '#2f5f98' },
        label: { show: true, position: 'top', formatter: (p) => (typeof p.value === 'number' ? p.value.toFixed(2) : '') },
        markArea: {
          silent: true,
          data: [
            [{ yAxis: 0, name: labels.bands.even, itemStyle: { color: 'rgba(35,133,90,0.10)' }, ...BAND_STYLE }, { yAxis: EVEN_BELOW }],
            [{ yAxis: EVEN_BELOW, name: labels.bands.fairlyEven, itemStyle: { color: 'rgba(184,110,0,0.09)' }, ...BAND_STYLE }, { yAxis: FAIRLY_EVEN_BELOW }],
            [{ yAxis: FAIRLY_EVEN_BELOW, name: labels.bands.fewDominate, itemStyle: { color: 'rgba(179,64,47,0.08)' }, ...BAND_STYLE }, { yAxis: 1 }],
          ],
        },
      },
    ],
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
