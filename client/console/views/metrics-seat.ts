// Each seat's numbers for this session (turns, Spotlight talk time, reactions) and its "Tag" button, drawn into the seat row.
import type { ChildParticipation } from '../../../shared/metrics';
import type { ConsoleView } from '../../../shared/session/views';
import { fill } from '../../../shared/i18n';
import { h } from '../../common/dom';
import { lang, t } from '../../common/i18n';
import { childMetrics, openTag, type MetricsState } from '../live/metrics-store';
import { tagPopover, type TagDeps, type TagPopover } from './observation-tags';

/** The attribute of the empty box each seat row carries for these numbers (see live-seats.ts). */
export const SEAT_SLOT = 'data-metrics-for';

/** "1:05": talk time to the second, floor, so 59.9 s never reads as a minute. */
export function airtime(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export interface SeatMetrics {
  /** Fills or refreshes every seat row's box in `list`; cheap when nothing changed. */
  fill: (list: HTMLElement, view: ConsoleView, ms: MetricsState) => void;
}

export function seatMetrics(d: TagDeps): SeatMetrics {
  let popover: TagPopover | null = null;
  return {
    fill(list, view, ms) {
      if (popover && popover.childId !== ms.tagFor) popover = null;
      const quiet = new Set((ms.metrics?.group.quiet ?? []).map((q) => q.childId));
      for (const slot of list.querySelectorAll<HTMLElement>(`[${SEAT_SLOT}]`)) {
        const id = slot.getAttribute(SEAT_SLOT)!;
        const c = childMetrics(ms, id);
        const open = ms.tagFor === id;
        const name = view.seats.find((s) => s.childId === id)?.nickname ?? '';
        const sig = JSON.stringify([
          lang(),
          name,
          c ? [c.turns, c.passes, c.airtimeMs, c.reactionsGiven, c.reactionsReceived, tagTotal(c)] : null,
          quiet.has(id),
          open,
        ]);
        if (open && !popover) popover = tagPopover(d, id, name, c?.observations ?? null);
        if (slot.dataset.sig !== sig) {
          slot.dataset.sig = sig;
          // Everything but an open popover: taking it out of the page would drop the focus of its note field.
          for (const child of [...slot.children]) if (child !== popover?.el) child.remove();
          slot.prepend(numbers(id, c, quiet.has(id)), tagButton(d, id, name, c, open));
        }
        // The same popover element follows a rebuilt row, so a half-typed note survives a status change.
        if (open && popover && popover.el.parentElement !== slot) slot.append(popover.el);
        if (open && popover) popover.sync(ms);
      }
    },
  };
}

function tagTotal(c: ChildParticipation): number {
  return Object.values(c.observations).reduce((a, b) => a + b, 0);
}

function numbers(childId: string, c: ChildParticipation | null, quiet: boolean): HTMLElement {
  const tt = t().consolePage.metrics;
  const cell = (kind: string, value: (Node | string)[], caption: string, title: string | null) =>
    h('span', { className: `stat stat-${kind}`, title }, h('span', { className: 'stat-value' }, ...value), h('span', { className: 'stat-caption' }, caption));
  if (!c) {
    return h(
      'div',
      { className: 'seat-nums is-empty', 'data-testid': 'metrics-child', 'data-child-id': childId },
      cell('turns', ['–'], tt.caption.turns, null),
      cell('airtime', ['–'], tt.caption.airtime, null),
      cell('reactions', ['–'], tt.caption.reactions, null),
    );
  }
  return h(
    'div',
    {
      className: `seat-nums${c.turns === 0 ? ' no-turns' : ''}${quiet ? ' is-quiet' : ''}`,
      'data-testid': 'metrics-child',
      'data-child-id': childId,
      'data-turns': c.turns,
      'data-passes': c.passes,
      'data-airtime-ms': c.airtimeMs,
      'data-reactions-given': c.reactionsGiven,
      'data-reactions-received': c.reactionsReceived,
    },
    cell(
      'turns',
      [h('b', {}, String(c.turns)), c.passes > 0 ? h('span', { className: 'stat-sub' }, ` (${c.passes})`) : ''],
      tt.caption.turns,
      fill(tt.turnsTitle, { n: c.turns, p: c.passes }),
    ),
    cell('airtime', [airtime(c.airtimeMs)], tt.caption.airtime, fill(tt.airtimeTitle, { time: airtime(c.airtimeMs) })),
    cell(
      'reactions',
      [String(c.reactionsGiven), h('span', { className: 'stat-sep' }, ' / '), String(c.reactionsReceived)],
      tt.caption.reactions,
      fill(tt.reactionsTitle, { given: c.reactionsGiven, received: c.reactionsReceived }),
    ),
  );
}

function tagButton(d: TagDeps, childId: string, name: string, c: ChildParticipation | null, open: boolean): HTMLElement {
  const tt = t().consolePage.observations;
  const n = c ? tagTotal(c) : 0;
  return h(
    'button',
    {
      type: 'button',
      className: `button small tag-child${open ? ' is-open' : ''}`,
      'data-testid': 'tag-child',
      'data-child-id': childId,
      'aria-expanded': String(open),
      title: n > 0 ? `${fill(tt.tagTitle, { name })} · ${fill(tt.countTitle, { n })}` : fill(tt.tagTitle, { name }),
      onclick: () => openTag(d.mstore, open ? null : childId),
    },
    tt.tag,
    n > 0 ? h('span', { className: 'tag-count', 'data-testid': 'tag-count' }, String(n)) : null,
  );
}
