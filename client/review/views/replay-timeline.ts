// The timeline panel: lines grouped by round, each a button that jumps there; the current line marked and kept in view.
import { currentLine, type TimelineGroup, type TimelineLine } from '../../../shared/review/replay-timeline';
import { clock } from '../../../shared/review/replay-words';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';

export interface TimelinePanel {
  el: HTMLElement;
  /** Marks the line current at event `index` and scrolls the list (not the page) to it. */
  mark(index: number): void;
}

export function timelinePanel(groups: readonly TimelineGroup[], jump: (index: number) => void): TimelinePanel {
  const tt = t().reviewReplay;
  const buttons = new Map<number, HTMLElement>();
  const lineEl = (l: TimelineLine) => {
    const b = h(
      'button',
      { type: 'button', className: 'replay-line', 'data-testid': `replay-line-${l.index}`, 'data-index': l.index, onclick: () => jump(l.index) },
      h('span', { className: 'replay-line-time' }, clock(l.offsetMs)),
      h('span', { className: 'replay-line-text' }, l.text),
    );
    buttons.set(l.index, b);
    return h('li', {}, b);
  };
  const list = h(
    'div',
    { className: 'replay-timeline-list', 'data-testid': 'replay-timeline' },
    ...groups.map((g) =>
      h(
        'section',
        { className: 'replay-group', 'data-round': g.round?.number ?? '' },
        h('h3', { className: 'replay-group-title' }, g.title),
        h('ol', {}, ...g.lines.map(lineEl)),
      ),
    ),
  );
  const el = h(
    'section',
    { className: 'card replay-timeline' },
    h('div', { className: 'replay-timeline-head' }, h('h2', {}, tt.timeline), h('span', { className: 'small muted' }, tt.timelineHint)),
    list,
  );
  let marked: HTMLElement | null = null;
  const mark = (index: number) => {
    const line = currentLine(groups, index);
    const next = line ? (buttons.get(line.index) ?? null) : null;
    if (next === marked) return;
    marked?.removeAttribute('aria-current');
    marked = next;
    if (!next) return;
    next.setAttribute('aria-current', 'true');
    // Scroll only the list: scrollIntoView would also move the page under the reviewer's hand.
    // The list is positioned (CSS), so a line's offsetTop is measured from the list's top.
    const top = next.offsetTop;
    // Only the part of the list inside the window counts as in view (the page may cut the list's bottom off).
    const seen = Math.max(80, Math.min(list.clientHeight, window.innerHeight - list.getBoundingClientRect().top));
    if (top < list.scrollTop + 24 || top + next.offsetHeight > list.scrollTop + seen - 24) list.scrollTop = Math.max(0, top - seen / 3);
  };
  return { el, mark };
}
