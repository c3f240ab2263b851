// Phase 2 on the tablet: choose a friend (sparkling ones first), then a strength card to give them.
import { avatarImg } from '../../../common/avatar';
import { h } from '../../../common/dom';
import { lang, t } from '../../i18n';
import { fill } from '../../../../shared/i18n/fill';
import type { GardenCard, GardenPeer, StrengthGardenTablet } from '../../../../shared/activities/strength-garden';
import { fitGrid } from '../../fit-grid';
import { icon } from '../../svg';
import { prompt, say } from '../../widgets';
import { cardTile, flowerMark } from './card-tile';
import { GIVEN_HEART, OTHER_FRIEND, SPARKLES } from './icons';
import type { GardenPart } from './pick-view';

function peerTile(p: GardenPeer, onChoose: (p: GardenPeer) => void): HTMLButtonElement {
  const full = fill(t().tabletPage.garden.gaveLots, { name: p.nickname });
  return h(
    'button',
    {
      type: 'button',
      className: `avatar-tile garden-peer${p.canGive ? '' : ' gave-lots'}${p.sparkle ? ' sparkle' : ''}`,
      'data-testid': 'garden-peer',
      'data-child-id': p.childId,
      'data-sparkle': String(p.sparkle),
      'data-can-give': String(p.canGive),
      'aria-label': p.canGive ? p.nickname : full,
      onClick: () => (p.canGive ? onChoose(p) : say(full)),
    },
    h('span', { className: 'avatar-frame' }, avatarImg(p.avatar, 160, ''), p.sparkle ? icon(SPARKLES, 'icon garden-peer-sparkles') : null),
    h('span', { className: 'avatar-name' }, p.nickname),
    // My own gifts to this friend, as little flowers: what I did, never a score between children.
    h('span', { className: 'garden-peer-gifts', 'aria-hidden': 'true' }, ...p.givenByMe.map(() => flowerMark('peer', 'garden-mark small'))),
  );
}

/** Step one: every present friend as a big avatar. */
export function friendsView(view: StrengthGardenTablet, onChoose: (p: GardenPeer) => void): GardenPart {
  const tg = t().tabletPage.garden;
  const grid = h('div', { className: 'avatar-grid garden-peers' });
  const key = (v: StrengthGardenTablet) => JSON.stringify(v.peers);
  let shown = '';
  let stop = () => {};
  const draw = (v: StrengthGardenTablet) => {
    if (key(v) === shown) return;
    shown = key(v);
    grid.replaceChildren(...v.peers.map((p) => peerTile(p, onChoose)));
    stop();
    stop = fitGrid(grid, Math.max(1, v.peers.length), { ratio: 1.5, gap: 16, min: 96, max: 210 });
  };
  const empty = h('div', { className: 'garden-empty-friends' }, prompt(tg.noFriends, 'prompt'));
  const el = h(
    'div',
    { className: 'garden-give garden-friends' },
    prompt(view.prompt[lang()], 'prompt prompt-big garden-prompt', 'garden-prompt'),
    prompt(tg.chooseFriend, 'prompt garden-sub'),
    grid,
    empty,
  );
  const update = (v: StrengthGardenTablet) => {
    empty.hidden = v.peers.length > 0;
    draw(v);
  };
  update(view);
  return { el, update, destroy: () => stop() };
}

/** Step two: the deck, to give one card to this friend; cards I already gave them show a heart. */
export function giveCardsView(
  view: StrengthGardenTablet,
  peer: GardenPeer,
  onGive: (card: GardenCard, tile: HTMLElement, target: HTMLElement) => void,
  onBack: () => void,
): GardenPart {
  const tg = t().tabletPage.garden;
  const question = fill(tg.whatGood, { name: peer.nickname });
  const friend = h('div', { className: 'my-avatar garden-friend', 'data-child-id': peer.childId }, avatarImg(peer.avatar, 140, peer.nickname));
  const tiles = new Map<string, HTMLElement>();
  const deck = h('div', { className: 'garden-deck garden-give-deck' });
  let given = new Set<string>(peer.givenByMe);
  const tap = (c: GardenCard, tile: HTMLElement) => {
    if (given.has(c.id)) return say(`${tg.given} — ${c.speak[lang()]}`);
    onGive(c, tile, friend);
  };
  for (const c of view.deck) {
    const badge = h('span', { className: 'garden-given-badge' }, icon(GIVEN_HEART, 'icon'), h('span', {}, tg.given));
    const tile = cardTile(c, { testid: 'garden-give-card', badge, onTap: tap });
    tiles.set(c.id, tile);
    deck.append(tile);
  }
  const back = h(
    'button',
    { type: 'button', className: 'soft-button garden-back', 'data-testid': 'garden-other-friend', onClick: () => (say(tg.otherFriend), onBack()) },
    icon(OTHER_FRIEND),
    h('span', {}, tg.otherFriend),
  );
  const el = h(
    'div',
    { className: 'garden-give garden-give-cards', 'data-child-id': peer.childId },
    h('header', { className: 'garden-give-head' }, back, friend, prompt(question, 'prompt prompt-big garden-question')),
    deck,
  );
  const update = (v: StrengthGardenTablet) => {
    const now = v.peers.find((p) => p.childId === peer.childId);
    given = new Set(now?.givenByMe ?? given);
    for (const [id, tile] of tiles) tile.dataset['given'] = String(given.has(id));
  };
  update(view);
  say(question);
  return { el, update };
}
