// The review's printable report: an A4 document of the group in the page's language, with a print button and a ready mark.
import { fill } from '../../../shared/i18n';
import { instrumentsUsed } from '../../../shared/review/overview-checkins';
import { childRows } from '../../../shared/review/overview-children';
import { sessionRows } from '../../../shared/review/overview-sessions';
import { h, render } from '../../common/dom';
import { lang, langStore, t } from '../../common/i18n';
import type { GroupData } from '../data';
import { formatDateTime } from './overview-format';
import { sessionDigests } from './overview-logs';
import { currentPrePostAnalysis } from './prepost-choice';
import { prePostResults } from './prepost-results';
import { attendanceTable } from './report-attendance';
import { ReportCharts } from './report-charts';
import { checkinsBlock } from './report-checkins';
import { reportCover } from './report-cover';
import { observationsBlock } from './report-observations';
import { participationBlock } from './report-participation';
import { installPrintFooter } from './report-print-style';
import type { GroupView } from './view';
import '../styles/report.css';

async function downloadWord(doc: HTMLElement, groupName: string, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  try {
    const { reportDocx } = await import('./report-docx');
    const blob = await reportDocx(doc, `${t().reviewReport.kind} — ${groupName}`);
    const a = h('a', { href: URL.createObjectURL(blob), download: `evaluation-report-${lang()}.docx` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  } finally {
    button.disabled = false;
  }
}

function section(n: number, title: string, testid: string, ...body: (HTMLElement | null)[]): HTMLElement {
  // The heading stays on a page with its intro and first table or chart: print never leaves it alone at a page's foot.
  const blocks = body.filter((x): x is HTMLElement => x !== null);
  const leadEnd = blocks.findIndex((el) => !['P', 'H3', 'H4'].includes(el.tagName));
  const lead = blocks.slice(0, leadEnd === -1 ? blocks.length : leadEnd + 1);
  return h(
    'section',
    { className: 'report-section', 'data-testid': testid },
    h('div', { className: 'report-keep' }, h('h2', {}, `${n}. ${title}`), ...lead),
    ...blocks.slice(lead.length),
  );
}

function prePostBlock(data: GroupData): HTMLElement[] {
  const tt = t().reviewReport.prepost;
  const analysis = currentPrePostAnalysis(data);
  if (!analysis) return [h('p', { className: 'muted' }, tt.none)];
  return [h('p', { className: 'muted small' }, tt.chosen), prePostResults(analysis, data)];
}

function footer(timeZone: string): HTMLElement {
  const tt = t().reviewReport.footer;
  return h(
    'footer',
    { className: 'report-footer' },
    h(
      'p',
      {},
      fill(tt.generated, { date: formatDateTime(Date.now(), timeZone) }),
      ' ',
      h('span', { 'data-testid': 'report-time-zone' }, fill(tt.timeZone, { zone: timeZone })),
    ),
    h('p', {}, tt.confidential),
  );
}

export const mountReport: GroupView = (root, data) => {
  const charts = new ReportCharts();
  let generation = 0;
  let removeFooter: () => void = () => undefined;

  const draw = async () => {
    const mine = ++generation;
    charts.dispose();
    removeFooter();
    const tt = t().reviewReport;
    const status = h('p', { className: 'muted small report-status' }, tt.preparing);
    const doc = h('article', { className: 'report-doc', 'data-testid': 'report', lang: lang() });
    // Word is built from the report on the page, so it waits until every chart has drawn.
    const word = h(
      'button',
      { type: 'button', className: 'button', disabled: true, 'data-testid': 'report-docx', onclick: () => void downloadWord(doc, data.group.name, word) },
      tt.word,
    );
    render(
      root,
      h(
        'div',
        { className: 'report-toolbar no-print' },
        h('button', { type: 'button', className: 'button primary', 'data-testid': 'report-print', onclick: () => window.print() }, tt.print),
        word,
        h('div', {}, h('p', { className: 'small' }, tt.printHint), status),
      ),
      doc,
    );
    const digests = await sessionDigests(data);
    if (mine !== generation) return;
    const used = instrumentsUsed(data.review.checkins, data.instruments);
    const children = childRows(data.review, used);
    const sessions = sessionRows(data.review, digests);
    const c = tt.contents;
    // Before the first session there is nothing to count or chart: say so once per section instead of empty grids.
    const none = () => h('p', { className: 'muted' }, t().reviewOverview.noSessions);
    const ran = sessions.length > 0;
    doc.append(
      reportCover(data, digests),
      section(
        1,
        c.attendance,
        'report-section-attendance',
        ...(ran ? [h('p', { className: 'muted' }, tt.attendance.intro), attendanceTable(data, children, sessions)] : [none()]),
      ),
      section(2, c.participation, 'report-section-participation', ...(ran ? participationBlock(data, children, charts) : [none()])),
      section(
        3,
        c.checkins,
        'report-section-checkins',
        ...checkinsBlock(
          data,
          used,
          children.map((r) => r.childId),
          charts,
        ),
      ),
      section(4, c.prepost, 'report-section-prepost', ...prePostBlock(data)),
      section(5, c.observations, 'report-section-observations', ...observationsBlock(data, digests)),
      footer(data.review.timeZone),
    );
    removeFooter = installPrintFooter(data.group.name);
    await charts.mountAll();
    if (mine !== generation) return;
    // The e2e (and a worker's eye) waits for this before printing: every chart has drawn its final frame.
    doc.dataset.ready = 'true';
    word.disabled = false;
    status.textContent = tt.ready;
    status.setAttribute('data-testid', 'report-ready');
  };

  void draw();
  const unLang = langStore.subscribe(() => void draw());
  return () => {
    generation++;
    unLang();
    charts.dispose();
    removeFooter();
  };
};
