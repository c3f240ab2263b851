// The check-in in the hidden DOM mirror: the instrument's title and how many have finished — nothing more.
import type { CheckinScreen } from '../../../../shared/activities/checkin/views';
import { fill, type Dict } from '../../../../shared/i18n';
import type { Language } from '../../../../shared/session/roster';
import { h } from '../../../common/dom';

export function checkinMirror(view: CheckinScreen, t: Dict['screenPage'], lang: Language): HTMLElement[] {
  const c = t.checkin;
  const everyone = view.of > 0 && view.done >= view.of;
  return [
    h(
      'section',
      { 'data-testid': 'screen-checkin', 'data-done': String(view.done), 'data-of': String(view.of), 'data-everyone': String(everyone) },
      h('h4', { 'data-testid': 'screen-checkin-title' }, view.title[lang]),
      h('p', { 'data-testid': 'screen-checkin-count' }, fill(c.finished, { done: view.done, of: view.of })),
      h('p', {}, everyone ? `${c.everyone} ${c.thanks}` : c.hint),
      h('p', {}, fill(c.garden, { done: view.done, waiting: Math.max(0, view.of - view.done) })),
    ),
  ];
}
