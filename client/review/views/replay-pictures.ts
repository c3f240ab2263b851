// The build picture and the garden at a moment, drawn with the same art the screen and tablets use.
import type { BuildTogetherScreen } from '../../../shared/activities/build-together';
import type { GardenFlower, StrengthGardenScreen } from '../../../shared/activities/strength-garden';
import { fill } from '../../../shared/i18n';
import { avatarImg } from '../../common/avatar';
import { designSvg } from '../../common/build-pictures';
import { h } from '../../common/dom';
import { FLOWER_DISC, flowerHeadSvg, flowerVariant } from '../../common/garden-flowers';
import { lang, t } from '../../common/i18n';
import { strengthPictureSvg } from '../../common/strength-pictures';

/** An <svg> element from markup the app itself drew (constant art, never data from the log). */
function svgFrom(markup: string, className: string): Element {
  const tpl = document.createElement('template');
  tpl.innerHTML = markup.trim();
  const svg = tpl.content.firstElementChild!;
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return svg;
}

/** Drawing a design is a few hundred kB of markup: the last one is kept while its filled places stay the same. */
let lastPicture: { key: string; el: Element } | null = null;

export function buildPicture(view: BuildTogetherScreen): HTMLElement {
  const tt = t().reviewReplay;
  const filled = new Set(view.slots.filter((s) => s.filled).map((s) => s.slotId));
  const key = `${view.design.id}|${[...filled].sort().join()}`;
  if (lastPicture?.key !== key) lastPicture = { key, el: svgFrom(designSvg(view.design.id, (id) => filled.has(id)), 'replay-build-svg') };
  return h(
    'section',
    { className: 'replay-build', 'data-testid': 'replay-build', 'data-filled': view.filledCount, 'data-total': view.total },
    h('h3', { className: 'replay-sub' }, `${tt.build} · ${view.design.name[lang()]}`),
    h('div', { className: 'replay-build-frame', role: 'img', 'aria-label': fill(tt.buildProgress, { n: view.filledCount, total: view.total }) }, lastPicture.el),
    h('p', { className: 'small muted' }, fill(tt.buildProgress, { n: view.filledCount, total: view.total })),
  );
}

function flower(f: GardenFlower): HTMLElement {
  const tt = t().reviewReplay;
  const words = f.card.text[lang()];
  const from = f.from === 'self' ? tt.fromSelf : tt.fromPeer;
  const pic = svgFrom(strengthPictureSvg(f.card.picture), 'replay-flower-pic');
  // The card's picture sits inside the flower's middle disc, a little smaller than it.
  const size = FLOWER_DISC * 0.92 * 100;
  pic.setAttribute('style', `left: ${(100 - size) / 2}%; top: ${(100 - size) / 2}%; width: ${size}%; height: ${size}%`);
  // Shape and colour tell self-picked and friends' flowers apart (as on the screen); the legend names them.
  return h(
    'li',
    { className: 'replay-flower', 'data-card': f.card.id, 'data-from': f.from, title: `${words} — ${from}`, 'aria-label': `${words} — ${from}` },
    h('span', { className: 'replay-flower-art' }, svgFrom(flowerHeadSvg(f.from, flowerVariant(f.key)), 'replay-flower-head'), pic),
    h('span', { className: 'replay-flower-word small', 'aria-hidden': 'true' }, words),
  );
}

function legend(): HTMLElement {
  const tt = t().reviewReplay;
  const mark = (kind: 'self' | 'peer', words: string) => h('span', { className: 'replay-legend-item' }, svgFrom(flowerHeadSvg(kind, 0), 'replay-legend-mark'), words);
  return h('p', { className: 'replay-legend small muted' }, mark('self', tt.fromSelf), mark('peer', tt.fromPeer));
}

export function gardenBeds(view: StrengthGardenScreen): HTMLElement {
  const tt = t().reviewReplay;
  return h(
    'section',
    { className: 'replay-garden', 'data-testid': 'replay-garden' },
    h('div', { className: 'replay-garden-head' }, h('h3', { className: 'replay-sub' }, tt.garden), legend()),
    h(
      'ul',
      { className: 'replay-beds' },
      ...view.beds.map((b) =>
        h(
          'li',
          { className: 'replay-bed', 'data-child': b.childId, 'data-flowers': b.flowers.length },
          h('span', { className: 'replay-bed-who' }, avatarImg(b.avatar, 32, ''), h('strong', {}, b.nickname)),
          b.flowers.length === 0 ? h('span', { className: 'small muted' }, tt.gardenEmpty) : h('ul', { className: 'replay-flowers' }, ...b.flowers.map(flower)),
        ),
      ),
    ),
  );
}
