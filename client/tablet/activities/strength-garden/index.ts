// Strength Garden on the tablet: pick my strengths, give strengths to friends, then look at (and hear) my garden.
import { h } from '../../../common/dom';
import { lang, t } from '../../i18n';
import type { GardenCard, GardenPeer, StrengthGardenTablet } from '../../../../shared/activities/strength-garden';
import { sendIntent } from '../../live-session';
import { prompt, say } from '../../widgets';
import type { ActivityBuilder } from '../activity-view';
import { flowerMark } from './card-tile';
import { friendsView, giveCardsView } from './give-view';
import { myGardenView } from './my-garden-view';
import { pickView, type GardenPart } from './pick-view';
import { thankYou } from './thank-you';
import '../activities.css';
import './garden.css';
import './garden-give.css';
import './my-garden.css';

const NOTE_MS = 3800;

/** Reads a short note aloud unless the child is listening to something already. */
function sayGently(text: string): void {
  if ('speechSynthesis' in window && speechSynthesis.speaking) return;
  say(text);
}

export const strengthGardenView: ActivityBuilder = (me) => {
  const el = h('div', { className: 'strength-garden' });
  let part: GardenPart | null = null;
  let partKey = '';
  let latest: StrengthGardenTablet | null = null;
  let giving = false;
  let peerFlowers = -1;
  let noteTimer: ReturnType<typeof setTimeout> | undefined;
  /** The phase and language whose prompt was read aloud last (a language switch rebuilds the view: read again). */
  let announced = '';
  /** The friend being given to, while choosing their card. */
  let chosen: { phase: string; childId: string } | null = null;

  const note = (text: string, withFlower: boolean) => {
    el.querySelector('.garden-note')?.remove();
    clearTimeout(noteTimer);
    const n = h(
      'div',
      { className: 'garden-note', 'data-testid': 'garden-note', role: 'status' },
      withFlower ? flowerMark('peer') : null,
      prompt(text, 'prompt prompt-small'),
    );
    el.append(n);
    noteTimer = setTimeout(() => n.remove(), NOTE_MS);
  };

  const chosenPeer = (v: StrengthGardenTablet): GardenPeer | null => {
    if (!chosen || chosen.phase !== v.phase || v.phase !== 'give') return null;
    const id = chosen.childId;
    const p = v.peers.find((x) => x.childId === id && x.canGive) ?? null;
    if (!p) chosen = null;
    return p;
  };

  const choose = (p: GardenPeer) => {
    chosen = { phase: 'give', childId: p.childId };
    if (latest) show(latest);
  };

  const back = () => {
    chosen = null;
    if (latest) show(latest);
  };

  const give = async (card: GardenCard, tile: HTMLElement, target: HTMLElement) => {
    const peer = latest && chosenPeer(latest);
    if (giving || !peer) return;
    giving = true;
    el.classList.add('giving');
    tile.dataset['pending'] = 'give';
    const r = await sendIntent({ type: 'garden.give', to: peer.childId, card: card.id });
    delete tile.dataset['pending'];
    if (r.ok) {
      await thankYou(el, peer, card, tile, target);
      // Back to all friends: the next flower may be for someone else.
      chosen = null;
    } else {
      const text = t().common.errors[r.code] ?? '';
      if (text) note(text, false);
      sayGently(text);
    }
    giving = false;
    el.classList.remove('giving');
    if (latest) show(latest);
  };

  const build = (key: string, v: StrengthGardenTablet, peer: GardenPeer | null): GardenPart => {
    if (key === 'self') return pickView(v);
    if (key === 'garden') return myGardenView(v, me);
    if (peer) return giveCardsView(v, peer, give, back);
    return friendsView(v, choose);
  };

  const show = (v: StrengthGardenTablet) => {
    latest = v;
    if (giving) return;
    const peer = chosenPeer(v);
    const key = v.phase === 'give' ? (peer ? `give:${peer.childId}` : 'friends') : v.phase;
    if (key !== partKey) {
      part?.destroy?.();
      partKey = key;
      part = build(key, v, peer);
      el.dataset['phase'] = v.phase;
      el.replaceChildren(part.el);
    }
    part?.update(v);
    const phaseKey = `${v.phase}|${lang()}`;
    if (phaseKey !== announced) {
      announced = phaseKey;
      const words = v.phase === 'garden' ? `${v.labels.myGarden[lang()]}. ${v.prompt[lang()]}` : v.prompt[lang()];
      if (!peer) say(words);
    }
    // A friend's flower arriving while I play: a small happy note (which card it is waits for "my garden").
    const fromFriends = v.myGarden.filter((f) => f.from === 'peer').length;
    if (peerFlowers >= 0 && fromFriends > peerFlowers && v.phase !== 'garden') {
      const text = t().tabletPage.garden.gotFlower;
      note(text, true);
      sayGently(text);
    }
    peerFlowers = fromFriends;
  };

  return {
    el,
    update: (view) => {
      if (view.activity !== 'strength-garden') return;
      show(view);
    },
    destroy: () => {
      clearTimeout(noteTimer);
      part?.destroy?.();
    },
  };
};
