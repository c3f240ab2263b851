// The overview's per-child table: participation over the programme, check-in results and observation tags.
import { avatarDataUrl, AVATAR_IDS, type AvatarId } from '../../../shared/avatars';
import { fill } from '../../../shared/i18n';
import type { UsedInstrument } from '../../../shared/review/overview-checkins';
import type { ChildRow } from '../../../shared/review/overview-children';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { childName, type GroupData } from '../data';
import { formatDuration, instrumentTitle, shortTitle } from './overview-format';

interface Column {
  head: string;
  /** Left out when every child has nothing in it (no Strength Garden played: no cards column). */
  used: boolean;
  cell: (r: ChildRow) => HTMLElement | string | number;
  num?: boolean;
}

const pair = (a: number, b: number) => `${a} / ${b}`;

export function childrenTable(data: GroupData, rows: readonly ChildRow[], used: readonly UsedInstrument[]): HTMLElement {
  const tt = t().reviewOverview.children;
  const any = (f: (r: ChildRow) => number) => rows.some((r) => f(r) > 0);
  const all: Column[] = [
    { head: tt.attendance, used: true, cell: (r) => fill(tt.attended, { n: r.attendance, total: r.sessions }) },
    { head: tt.turns, used: true, num: true, cell: (r) => r.totals.turns },
    { head: tt.airtime, used: any((r) => r.totals.airtimeMs), cell: (r) => (r.totals.airtimeMs > 0 ? formatDuration(r.totals.airtimeMs) : tt.none) },
    // Its own column: MEASURES' airtime is presenting only, so holding the star is never added into it.
    { head: tt.starHold, used: any((r) => r.totals.holdingMs), cell: (r) => (r.totals.holdingMs > 0 ? formatDuration(r.totals.holdingMs) : tt.none) },
    { head: tt.passes, used: any((r) => r.totals.passes), num: true, cell: (r) => r.totals.passes },
    {
      head: tt.starPasses,
      used: any((r) => r.totals.starPassesGiven + r.totals.starPassesReceived),
      cell: (r) => pair(r.totals.starPassesGiven, r.totals.starPassesReceived),
    },
    { head: tt.reactions, used: true, cell: (r) => pair(r.totals.reactionsGiven, r.totals.reactionsReceived) },
    { head: tt.cards, used: any((r) => r.totals.cardsGiven + r.totals.cardsReceived), cell: (r) => pair(r.totals.cardsGiven, r.totals.cardsReceived) },
    { head: tt.help, used: any((r) => r.totals.helpAsked + r.totals.helpGiven), cell: (r) => pair(r.totals.helpAsked, r.totals.helpGiven) },
    { head: tt.checkins, used: any((r) => r.totals.checkinsFinished + r.totals.checkinsDeclined), num: true, cell: (r) => r.totals.checkinsFinished },
    { head: tt.daily, used: rows.some((r) => r.checkins.daily), cell: (r) => dailyCell(r, used) },
    { head: tt.scales, used: rows.some((r) => r.checkins.scales.length > 0), cell: (r) => scalesCell(r, used) },
    { head: tt.tags, used: true, cell: (r) => tagsCell(r) },
  ];
  const columns = all.filter((c) => c.used);
  return h(
    'div',
    { className: 'table-scroll' },
    h(
      'table',
      { className: 'review-table children-table', 'data-testid': 'overview-children' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tt.child), ...columns.map((c) => h('th', { scope: 'col', className: c.num ? 'num' : '' }, c.head)))),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            { 'data-testid': `overview-child-${r.childId}`, className: r.totals.turns === 0 ? 'no-turns' : '' },
            h('th', { scope: 'row', className: 'child-cell' }, childBadge(data, r.childId)),
            ...columns.map((c) => h('td', { className: c.num ? 'num' : '' }, c.cell(r))),
          ),
        ),
      ),
    ),
  );
}

export function childBadge(data: GroupData, childId: string): HTMLElement {
  const avatar = data.review.children.find((c) => c.id === childId)?.avatar;
  return h(
    'span',
    { className: 'child-badge' },
    avatar && (AVATAR_IDS as readonly string[]).includes(avatar)
      ? h('img', { src: avatarDataUrl(avatar as AvatarId), alt: '', width: 24, height: 24 })
      : h('span', { className: 'avatar-blank' }),
    h('span', {}, childName(data, childId)),
  );
}

function dailyCell(r: ChildRow, used: readonly UsedInstrument[]): HTMLElement | string {
  const tt = t().reviewOverview.children;
  const d = r.checkins.daily;
  if (!d) return tt.none;
  const max = used.find((i) => i.id === d.instrumentId)?.max;
  return h(
    'span',
    {},
    max === null || max === undefined ? String(d.total) : fill(tt.score, { total: d.total, max }),
    h('span', { className: 'small muted block' }, fill(tt.inSession, { n: d.session })),
  );
}

function scalesCell(r: ChildRow, used: readonly UsedInstrument[]): HTMLElement | string {
  const tt = t().reviewOverview.children;
  if (r.checkins.scales.length === 0) return tt.none;
  return h(
    'span',
    { className: 'scale-list' },
    ...r.checkins.scales.map((s) => {
      const inst = used.find((i) => i.id === s.instrumentId);
      const title = instrumentTitle(inst?.title ?? null, s.instrumentId);
      const value = s.count > 1 ? fill(tt.firstLast, { first: s.first.total, last: s.last.total }) : fill(tt.once, { first: s.first.total });
      return h('span', { className: 'block', title }, h('span', { className: 'small muted' }, `${shortTitle(title)} `), value);
    }),
  );
}

function tagsCell(r: ChildRow): HTMLElement | string {
  const tt = t().reviewOverview.children;
  if (r.tags.length === 0) return tt.none;
  const labels = t().common.observationTags;
  return h(
    'span',
    { className: 'tag-chips' },
    ...r.tags.map((x) =>
      h('span', { className: `tag-chip ${x.positive ? 'positive' : 'watch'}`, title: x.positive ? tt.positive : tt.watch }, `${labels[x.tag]} ×${x.n}`),
    ),
  );
}
