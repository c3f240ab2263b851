// Pass the Star in the hidden DOM mirror: who holds the star, the recent passes, who has had it.
import type { PassStarScreen } from '../../../../shared/activities/pass-star/views';
import { fill, type Dict } from '../../../../shared/i18n';
import { h } from '../../../common/dom';
import { promptLines } from './prompt-lines';

export function passStarMirror(view: PassStarScreen, t: Dict['screenPage']): HTMLElement[] {
  const m = t.mirror;
  const name = (id: string) => view.circle.find((c) => c.childId === id)?.nickname ?? '';
  const holder = view.circle.find((c) => c.childId === view.holder);
  const lines = promptLines(view, t);
  return [
    h('p', { 'data-testid': 'screen-star-holder', 'data-child-id': holder?.childId ?? '' }, holder ? fill(m.holder, { name: holder.nickname }) : m.noHolder),
    h('p', { 'data-testid': 'screen-star-prompt', 'data-prompt': view.prompt }, [lines.name, lines.prompt, lines.hint].filter(Boolean).join(' — ')),
    h(
      'ol',
      { 'data-testid': 'screen-star-passes', 'data-count': String(view.trail.length), 'aria-label': m.passes },
      ...view.trail.map((p) => h('li', { 'data-from': p.from, 'data-to': p.to }, fill(m.pass, { from: name(p.from), to: name(p.to) }))),
    ),
    h(
      'ul',
      { 'data-testid': 'screen-star-circle' },
      ...view.circle.map((c) =>
        h(
          'li',
          { 'data-testid': 'screen-star-child', 'data-child-id': c.childId, 'data-held': String(c.held) },
          view.everyoneOnce && c.held ? `${c.nickname} — ${m.hadStar}` : c.nickname,
        ),
      ),
    ),
    ...(view.everyoneHasHeld ? [h('p', { 'data-testid': 'screen-star-everyone' }, `${t.passStar.everyone} ${t.passStar.everyoneSubtitle}`)] : []),
  ];
}
