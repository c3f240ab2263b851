// The review's ECharts: only the parts its charts use, drawn as SVG (sharp in print), with the Chinese locale.
import { init, registerLocale, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { GraphChart, LineChart, type GraphSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkAreaComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langZH from 'echarts/lib/i18n/langZH.js';
import type { Language } from '../../../shared/session/roster';

use([LineChart, GraphChart, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent, SVGRenderer]);
// echarts/core registers ZH itself today; registering it here keeps the Chinese axis and tooltip words if that changes.
registerLocale('ZH', langZH);

export type ChartOption = ComposeOption<
  LineSeriesOption | GraphSeriesOption | GridComponentOption | LegendComponentOption | MarkAreaComponentOption | TooltipComponentOption
>;

export interface ChartSize {
  /** Fixed pixels (the printed report); omitted, the chart takes its box's size and follows it. */
  width?: number;
  height: number;
}

export interface MountedChart {
  chart: EChartsType;
  /** Resolves once the chart has drawn (animation off: at once after the first frame). */
  ready: Promise<void>;
  dispose: () => void;
}

/** Children's lines: twelve colours that stay apart on screen and in grey-ish print. */
export const CHILD_COLOURS = [
  '#2f5f98',
  '#d9822b',
  '#23855a',
  '#b3402f',
  '#6b3fb8',
  '#0f8a8a',
  '#b8407a',
  '#7a6a1f',
  '#4f86c6',
  '#8c5a3c',
  '#5b9b3a',
  '#555f6d',
];

export const FONT_FAMILY = 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export function mountChart(el: HTMLElement, option: ChartOption, lang: Language, size: ChartSize, animate = true): MountedChart {
  el.style.height = `${size.height}px`;
  if (size.width) el.style.width = `${size.width}px`;
  const chart = init(el, null, { renderer: 'svg', locale: lang === 'zh-CN' ? 'ZH' : 'EN', ...(size.width ? { width: size.width, height: size.height } : {}) });
  const ready = new Promise<void>((resolve) => chart.on('finished', () => resolve()));
  chart.setOption({ animation: animate, textStyle: { fontFamily: FONT_FAMILY }, ...option });
  let observer: ResizeObserver | null = null;
  if (!size.width && typeof ResizeObserver !== 'undefined') {
    observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
  }
  return {
    chart,
    ready,
    dispose: () => {
      observer?.disconnect();
      chart.dispose();
    },
  };
}

/** Tooltips are HTML built from children's and groups' names: escape them. */
/** The x axis of every chart over sessions: one category per session, named below the plot. */
export function sessionAxis(labels: { sessionNames: string[]; axisSession: string }, boundaryGap: boolean) {
  return {
    type: 'category' as const,
    data: labels.sessionNames,
    name: labels.axisSession,
    nameLocation: 'middle' as const,
    nameGap: 28,
    boundaryGap,
    axisTick: { alignWithLabel: true },
  };
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
