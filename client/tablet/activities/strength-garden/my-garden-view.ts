// The closing "My garden": my flowers (ones I chose, ones friends gave), each read aloud on tap, and "read my garden".
import { avatarImg } from '../../../common/avatar';
import { h } from '../../../common/dom';
import { lang, t } from '../../i18n';
import type { GardenFlower, StrengthGardenTablet } from '../../../../shared/activities/strength-garden';
import { SPEAKER } from '../../icons-ui';
import { replay } from '../../reaction-buttons';
import { icon } from '../../svg';
import { picture, prompt, say } from '../../widgets';
import type { Me } from '../activity-view';
import { cardSpeech, cardWords, flowerArt, flowerMark } from './card-tile';
import { CLOUD, SPROUT, SUN } from './icons';
import type { GardenPart } from './pick-view';

const fromLabel = (view: StrengthGardenTablet, f: GardenFlower): string => (f.from === 'self' ? view.labels.fromSelf : view.labels.fromPeer)[lang()];

function flowerTile(view: StrengthGardenTablet, f: GardenFlower, i: number): HTMLButtonElement {
  const label = fromLabel(view, f);
  const tile: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      className: 'garden-flower',
      'data-testid': 'garden-flower',
      'data-card': f.card.id,
      'data-from': f.from,
      'aria-label': `${cardWords(f.card)} — ${label}`,
      style: `--i: ${i}`,
      onClick: () => {
        say(`${cardSpeech(f.card)}. ${label}`);
        replay(tile, 'pop');
      },
    },
    flowerArt(f.card, f.from, f.key),
    h('span', { className: 'garden-flower-stem', 'aria-hidden': 'true' }),
    h('span', { className: 'garden-flower-word' }, cardWords(f.card)),
    h('span', { className: 'garden-flower-from', 'data-from': f.from }, flowerMark(f.from, 'garden-mark small'), h('span', {}, label)),
  );
  return tile;
}

/** All of it in one sentence, so the voice reads the garden through without stopping. */
function gardenSpeech(view: StrengthGardenTablet): string {
  const l = lang();
  const parts = view.myGarden.map((f) => `${f.card.speak[l]} — ${fromLabel(view, f)}`);
  const stop = l === 'zh-CN' ? '。' : '. ';
  return [view.labels.myGarden[l], ...parts].join(stop);
}

export function myGardenView(view: StrengthGardenTablet, me: Me): GardenPart {
  const tg = t().tabletPage.garden;
  const beds = h('div', { className: 'garden-beds' });
  const readAll = h(
    'button',
    {
      type: 'button',
      className: 'action action-go garden-read-all',
      'data-testid': 'garden-read-aloud',
      onClick: () => {
        say(gardenSpeech(current));
        // Each flower glows in turn, a gentle wave across the garden while it is read.
        replay(beds, 'reading');
      },
    },
    icon(SPEAKER, 'icon action-picture'),
    h('span', { className: 'action-label' }, tg.readGarden),
  );
  const empty = h('div', { className: 'garden-empty' }, picture(SPROUT, 'picture picture-big'), prompt(tg.emptyGarden, 'prompt prompt-big'));
  const el = h(
    'div',
    { className: 'garden-mine', 'data-testid': 'garden-my-garden' },
    h(
      'header',
      { className: 'garden-mine-head' },
      h('div', { className: 'my-avatar garden-me' }, avatarImg(me.avatar, 120, me.nickname)),
      h(
        'div',
        { className: 'garden-mine-words' },
        prompt(view.labels.myGarden[lang()], 'prompt prompt-hero garden-title'),
        // One speaker for the heading is enough: the words under it read aloud when tapped.
        h('p', { className: 'garden-sub-text', onClick: () => say(view.prompt[lang()]) }, view.prompt[lang()]),
      ),
      readAll,
    ),
    h(
      'div',
      { className: 'garden-plot' },
      h(
        'div',
        { className: 'garden-sky', 'aria-hidden': 'true' },
        icon(SUN, 'icon garden-sun'),
        icon(CLOUD, 'icon garden-cloud'),
        icon(CLOUD, 'icon garden-cloud two'),
      ),
      beds,
      empty,
    ),
  );
  let current = view;
  let shown = '';
  const update = (v: StrengthGardenTablet) => {
    current = v;
    const key = JSON.stringify(v.myGarden.map((f) => f.key));
    if (key === shown) return;
    shown = key;
    beds.replaceChildren(...v.myGarden.map((f, i) => flowerTile(v, f, i)));
    beds.style.setProperty('--n', String(v.myGarden.length));
    empty.hidden = v.myGarden.length > 0;
    readAll.hidden = v.myGarden.length === 0;
  };
  update(view);
  return { el, update };
}
