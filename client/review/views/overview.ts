// The review's overview tab: the sessions, every child across the programme, per-child trends, equality and the sociogram.
import { instrumentsUsed } from '../../../shared/review/overview-checkins';
import { childRows } from '../../../shared/review/overview-children';
import type { SessionDigest } from '../../../shared/review/overview-digest';
import { sessionRows } from '../../../shared/review/overview-sessions';
import { h, render } from '../../common/dom';
import { langStore, t } from '../../common/i18n';
import { childrenTable } from './overview-children';
import { equalityCard, sociogramCard, trendCard, type ChartCard, type ChartPicks } from './overview-charts';
import { sessionDigests } from './overview-logs';
import { sessionsTable } from './overview-sessions';
import type { GroupView } from './view';
import '../styles/overview.css';

export const mountOverview: GroupView = (root, data) => {
  let digests: Map<number, SessionDigest> = new Map();
  let digestsRead = false;
  let cards: ChartCard[] = [];
  let gone = false;
  const picks: ChartPicks = { metric: 'turns', kind: 'star' };
  const sessionsBox = h('div', { className: 'table-scroll' });

  const drawSessions = () => render(sessionsBox, sessionsTable(data, sessionRows(data.review, digests), digestsRead));

  const draw = () => {
    for (const c of cards) c.dispose();
    cards = [];
    const tt = t().reviewOverview;
    if (data.review.sessions.length === 0) {
      render(root, h('section', { className: 'card', 'data-testid': 'overview-empty' }, h('h2', {}, tt.title), h('p', { className: 'muted' }, tt.noSessions)));
      return;
    }
    const used = instrumentsUsed(data.review.checkins, data.instruments);
    const rows = childRows(data.review, used);
    const childIds = rows.map((r) => r.childId);
    cards = [trendCard(data, used, childIds, picks), equalityCard(data), sociogramCard(data, childIds, picks)];
    drawSessions();
    render(
      root,
      h('section', { className: 'card' }, h('h2', {}, tt.sessions.title), h('p', { className: 'muted small' }, tt.sessions.intro), sessionsBox),
      h(
        'section',
        { className: 'card' },
        h('h2', {}, tt.children.title),
        h('p', { className: 'muted small' }, tt.children.intro),
        childrenTable(data, rows, used),
      ),
      cards[0]!.el,
      h('div', { className: 'chart-pair' }, cards[1]!.el, cards[2]!.el),
    );
    for (const c of cards) c.start();
  };

  draw();
  void sessionDigests(data).then((d) => {
    if (gone) return;
    digests = d;
    digestsRead = true;
    drawSessions();
  });
  const unLang = langStore.subscribe(draw);
  return () => {
    gone = true;
    unLang();
    for (const c of cards) c.dispose();
  };
};
