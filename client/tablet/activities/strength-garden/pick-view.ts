// Phase 1 on the tablet: the whole deck to scroll through, tap to pick (tap again to put back), and "my picks" tray.
import { h, render } from '../../../common/dom';
import { lang, t } from '../../i18n';
import type { GardenCard, StrengthCardId, StrengthGardenTablet } from '../../../../shared/activities/strength-garden';
import { sendIntent } from '../../live-session';
import { replay } from '../../reaction-buttons';
import { icon } from '../../svg';
import { prompt, say } from '../../widgets';
import { cardTile, cardWords, cardSpeech, flowerArt, flowerMark } from './card-tile';
import { flyPicture } from './fly';
import { PUT_BACK, SPROUT } from './icons';

export interface GardenPart {
  el: HTMLElement;
  update(view: StrengthGardenTablet): void;
  destroy?(): void;
}

export function pickView(first: StrengthGardenTablet): GardenPart {
  const tg = t().tabletPage.garden;
  let view = first;
  const pending = new Set<StrengthCardId>();
  const tiles = new Map<StrengthCardId, HTMLElement>();
  const slots = h('div', { className: 'garden-slots' });
  const note = h('div', { className: 'garden-tray-note', 'aria-live': 'polite' });
  const tray = h('aside', { className: 'garden-tray', 'data-testid': 'garden-tray' }, prompt(tg.myPicks, 'prompt prompt-small garden-tray-title'), slots, note);

  const card = (id: StrengthCardId): GardenCard | undefined => view.deck.find((c) => c.id === id);

  const tap = (c: GardenCard, tile: HTMLElement) => {
    if (pending.has(c.id)) return;
    const main = tile.querySelector('.garden-card-main');
    if (main) replay(main, 'pop');
    if (view.myPicks.includes(c.id)) return void change(c, 'garden.unpick');
    if (!view.canPick) {
      // A full hand is not an error: point at the tray, where a pick can be put back.
      say(tg.handsFull);
      showNote(tg.handsFull, true);
      replay(tray, 'nudge');
      return;
    }
    say(cardSpeech(c));
    const slot = slots.querySelector('.garden-slot.empty');
    const pic = tile.querySelector('.garden-pic');
    if (slot && pic) void flyPicture(pic, slot);
    void change(c, 'garden.pick');
  };

  const change = async (c: GardenCard, type: 'garden.pick' | 'garden.unpick') => {
    pending.add(c.id);
    tiles.get(c.id)?.setAttribute('data-pending', type === 'garden.pick' ? 'pick' : 'unpick');
    const r = await sendIntent({ type, card: c.id });
    pending.delete(c.id);
    tiles.get(c.id)?.removeAttribute('data-pending');
    if (!r.ok && r.code === 'garden.picks_full') showNote(tg.handsFull, true);
  };

  const showNote = (text: string, soft: boolean) => {
    note.textContent = text;
    note.dataset['soft'] = String(soft);
  };

  const deck = h('div', { className: 'garden-deck' });
  for (const c of view.deck) {
    const tile = cardTile(c, { testid: 'garden-card', badge: flowerMark('self', 'garden-card-badge'), onTap: tap });
    tiles.set(c.id, tile);
    deck.append(tile);
  }

  const drawTray = () => {
    const parts: HTMLElement[] = [];
    for (let i = 0; i < view.maxSelfPicks; i++) {
      const id = view.myPicks[i];
      const c = id ? card(id) : undefined;
      if (!c) {
        parts.push(h('div', { className: 'garden-slot empty', 'aria-label': tg.emptySlot }, icon(SPROUT, 'icon garden-slot-sprout')));
        continue;
      }
      parts.push(
        h(
          'button',
          {
            type: 'button',
            className: 'garden-slot filled',
            'data-card': c.id,
            'aria-label': cardWords(c),
            onClick: () => void change(c, 'garden.unpick'),
          },
          flowerArt(c, 'self', `self:${c.id}`, 'garden-flower-art garden-slot-flower'),
          h('span', { className: 'garden-slot-word' }, cardWords(c)),
          icon(PUT_BACK, 'icon garden-slot-back'),
        ),
      );
    }
    render(slots, ...parts);
    const full = view.myPicks.length >= view.maxSelfPicks;
    showNote(full ? tg.allPicked : '', false);
  };

  const update = (next: StrengthGardenTablet) => {
    const before = view.myPicks.join(',');
    view = next;
    for (const [id, tile] of tiles) {
      const picked = String(view.myPicks.includes(id));
      tile.dataset['picked'] = picked;
      tile.querySelector('.garden-card-main')?.setAttribute('aria-pressed', picked);
    }
    if (before !== view.myPicks.join(',') || slots.childElementCount === 0) drawTray();
    for (const id of view.myPicks) if (!before.split(',').includes(id)) replay(slots.querySelector(`[data-card="${id}"]`) ?? slots, 'grow');
  };

  const el = h(
    'div',
    { className: 'garden-pick' },
    prompt(view.prompt[lang()], 'prompt prompt-big garden-prompt', 'garden-prompt'),
    h('div', { className: 'garden-pick-body' }, deck, tray),
  );
  update(view);
  return { el, update };
}
