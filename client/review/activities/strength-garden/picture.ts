// Strength Garden in the replay: every child's bed at a moment, drawn with the same flowers the screen uses.
import type { GardenFlower, StrengthGardenScreen } from '../../../../shared/activities/strength-garden';
import { avatarImg } from '../../../common/avatar';
import { h } from '../../../common/dom';
import { FLOWER_DISC, flowerHeadSvg, flowerVariant } from '../../../common/activities/strength-garden/flowers';
import { lang, t } from '../../../common/i18n';
import { strengthPictureSvg } from '../../../common/activities/strength-garden/pictures';
import { svgFrom } from '../svg';

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
  const mark = (kind: 'self' | 'peer', words: string) =>
    h('span', { className: 'replay-legend-item' }, svgFrom(flowerHeadSvg(kind, 0), 'replay-legend-mark'), words);
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
