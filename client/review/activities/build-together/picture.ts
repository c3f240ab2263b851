// Build Together in the replay: the picture at a moment, drawn with the same art the screen and tablets use.
import type { BuildTogetherScreen } from '../../../../shared/activities/build-together';
import { fill } from '../../../../shared/i18n';
import { designSvg } from '../../../common/activities/build-together/pictures';
import { h } from '../../../common/dom';
import { lang, t } from '../../../common/i18n';
import { svgFrom } from '../svg';

/** Drawing a design is a few hundred kB of markup: the last one is kept while its filled places stay the same. */
let lastPicture: { key: string; el: Element } | null = null;

export function buildPicture(view: BuildTogetherScreen): HTMLElement {
  const tt = t().reviewReplay;
  const filled = new Set(view.slots.filter((s) => s.filled).map((s) => s.slotId));
  const key = `${view.design.id}|${[...filled].sort().join()}`;
  if (lastPicture?.key !== key)
    lastPicture = {
      key,
      el: svgFrom(
        designSvg(view.design.id, (id) => filled.has(id)),
        'replay-build-svg',
      ),
    };
  return h(
    'section',
    { className: 'replay-build', 'data-testid': 'replay-build', 'data-filled': view.filledCount, 'data-total': view.total },
    h('h3', { className: 'replay-sub' }, `${tt.build} · ${view.design.name[lang()]}`),
    h(
      'div',
      { className: 'replay-build-frame', role: 'img', 'aria-label': fill(tt.buildProgress, { n: view.filledCount, total: view.total }) },
      lastPicture.el,
    ),
    h('p', { className: 'small muted' }, fill(tt.buildProgress, { n: view.filledCount, total: view.total })),
  );
}
