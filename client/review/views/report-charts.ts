// The report's charts: fixed A4-width SVG without animation, mounted once the document is in the page, awaited for "ready".
import { lang } from '../../common/i18n';
import { h } from '../../common/dom';
import { mountChart, type ChartOption, type MountedChart } from '../charts/echarts';

/** 180 mm at 96 dpi: the width between the report's A4 margins, so print needs no scaling. */
export const REPORT_CHART_WIDTH = 680;

interface Job {
  el: HTMLElement;
  option: ChartOption;
  height: number;
}

export class ReportCharts {
  private jobs: Job[] = [];
  private mounted: MountedChart[] = [];

  /** A placeholder the chart is drawn into by `mountAll`; `testid` names it for tests. */
  slot(option: ChartOption, height: number, testid?: string): HTMLElement {
    const el = h('div', { className: 'report-chart', 'data-testid': testid });
    el.style.height = `${height}px`;
    this.jobs.push({ el, option, height });
    return el;
  }

  /** Draws every slot (animation off, so the first frame is the final picture) and resolves when all have drawn. */
  async mountAll(): Promise<void> {
    const jobs = this.jobs;
    this.jobs = [];
    for (const j of jobs) this.mounted.push(mountChart(j.el, j.option, lang(), { width: REPORT_CHART_WIDTH, height: j.height }, false));
    await Promise.all(this.mounted.map((m) => m.ready));
  }

  dispose(): void {
    for (const m of this.mounted) m.dispose();
    this.mounted = [];
    this.jobs = [];
  }
}
