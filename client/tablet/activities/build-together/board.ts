// The picture on the tablet: the scenery and every place (faint while empty, in colour once filled).
// The picture is zoomed so its smallest place is a finger-sized target (64 px) and pans inside its frame;
// picking a piece glides the picture to where it fits. A tap is mapped to the place the child meant, forgivingly.
import { backdropBody, pieceBody, pieceSize } from '../../../common/activities/build-together/pictures';
import { h } from '../../../common/dom';
import { lang } from '../../i18n';
import type { BuildTogetherTablet } from '../../../../shared/activities/build-together';
import { icon } from '../../svg';
import { SPARKLE } from './icons';

export type BoardSlot = BuildTogetherTablet['slots'][number];
export type Look = { shape: string; colour: string };

const NS = 'http://www.w3.org/2000/svg';
/** The smallest touch area of a place, in CSS pixels (a child's fingertip; the design's smallest target). */
const TOUCH_PX = 64;

export interface Board {
  el: HTMLElement;
  /** Draws the places; `glow` are the ones to light up softly (only after a friend helped). */
  update(view: BuildTogetherTablet, glow: ReadonlySet<string>): void;
  /** A gentle burst of stars over a place (my piece just went in). */
  sparkle(slotId: string): void;
  /** Glides the picture so the first empty place this piece fits is in view. */
  showPlaceFor(look: Look): void;
}

/** How much to enlarge a picture `baseW` px wide so its smallest place is at least TOUCH_PX (never below 1). */
export function zoomFor(slots: readonly { w: number; h: number }[], designWidth: number, baseW: number): number {
  const smallest = Math.min(...slots.map((s) => Math.min(s.w, s.h)));
  if (!Number.isFinite(smallest) || baseW <= 0) return 1;
  return Math.max(1, TOUCH_PX / ((smallest * baseW) / designWidth));
}

const fits = (a: Look, b: Look) => a.shape === b.shape && a.colour === b.colour;

/**
 * The place a tap at (x, y) (design units) means: an empty place under the finger, its touch area grown
 * to finger size; among several, one the held piece fits, else the nearest. Null when the tap hit none.
 */
export function placeAt(slots: readonly BoardSlot[], x: number, y: number, unitsPerPx: number, held: Look | null): BoardSlot | null {
  const near = slots.filter((s) => {
    if (s.filled) return false;
    const padX = Math.min(40, Math.max(0, (TOUCH_PX * unitsPerPx - s.w) / 2));
    const padY = Math.min(40, Math.max(0, (TOUCH_PX * unitsPerPx - s.h) / 2));
    return x >= s.x - padX && x <= s.x + s.w + padX && y >= s.y - padY && y <= s.y + s.h + padY;
  });
  const dist = (s: BoardSlot) => Math.hypot(x - (s.x + s.w / 2), y - (s.y + s.h / 2));
  const inside = (s: BoardSlot) => x >= s.x && x <= s.x + s.w && y >= s.y && y <= s.y + s.h;
  const byDist = (a: BoardSlot, b: BoardSlot) => Number(inside(b)) - Number(inside(a)) || dist(a) - dist(b);
  const fitting = held ? near.filter((s) => fits(held, s)).sort((a, b) => dist(a) - dist(b)) : [];
  return fitting[0] ?? near.sort(byDist)[0] ?? null;
}

/** `zoom: false` shows the whole picture at once (the finished picture is looked at, not tapped). */
export function board(
  first: BuildTogetherTablet,
  held: () => Look | null,
  onTap: (slot: BoardSlot | null, filled: BoardSlot | null) => void,
  opts: { zoom?: boolean } = {},
): Board {
  const { design } = first;
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${design.width} ${design.height}`);
  svg.setAttribute('class', 'build-picture');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', design.name[lang()]);
  svg.innerHTML = backdropBody(design.backdrop);
  const frame = h('div', { className: 'build-frame', 'data-testid': 'build-picture', 'data-design': design.id });
  frame.append(svg);
  const boardEl = h('div', { className: 'build-board' }, frame);
  const el = h('div', { className: 'build-viewport', 'data-testid': 'build-viewport' }, boardEl);
  // The picture's width: as big as the frame allows (3:2), then enlarged until the smallest place is finger-sized.
  const fit = () => {
    const { width, height } = el.getBoundingClientRect();
    if (width <= 0) return;
    const baseW = Math.min(width, height > 0 ? height * 1.5 : width);
    const zoom = opts.zoom === false ? 1 : zoomFor(first.slots, design.width, baseW);
    boardEl.style.width = `${Math.floor(baseW * zoom)}px`;
    el.dataset['zoom'] = zoom.toFixed(2);
    // The first look is at the middle of the picture, where the building stands (not a corner of sky).
    if (!centred && el.scrollWidth > el.clientWidth) {
      centred = true;
      el.scrollLeft = (el.scrollWidth - el.clientWidth) / 2;
      el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
    }
  };
  let centred = false;
  new ResizeObserver(fit).observe(el);

  // Two layers: every empty place under every piece (leaves spill over their neighbours, and a faint
  // place must never wash out a piece already in).
  const places = document.createElementNS(NS, 'g');
  const pieces = document.createElementNS(NS, 'g');
  svg.append(places, pieces);
  const slotEls = new Map<string, { g: SVGGElement; piece: SVGGElement; key: string }>();
  for (const s of first.slots) {
    const g = document.createElementNS(NS, 'g');
    g.setAttribute('class', 'build-slot');
    g.dataset['testid'] = 'build-slot';
    g.dataset['slotId'] = s.slotId;
    g.dataset['shape'] = s.shape;
    g.dataset['colour'] = s.colour;
    const piece = document.createElementNS(NS, 'g');
    piece.setAttribute('class', 'build-piece-in');
    places.append(g);
    pieces.append(piece);
    slotEls.set(s.slotId, { g, piece, key: '' });
  }

  let slots: readonly BoardSlot[] = first.slots;
  let drawnOnce = false;

  svg.addEventListener('click', (e) => {
    const ctm = svg.getScreenCTM();
    if (!ctm) return;
    const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const unitsPerPx = 1 / ctm.a;
    const hit = placeAt(slots, pt.x, pt.y, unitsPerPx, held());
    const filled = hit ? null : (slots.find((s) => s.filled && pt.x >= s.x && pt.x <= s.x + s.w && pt.y >= s.y && pt.y <= s.y + s.h) ?? null);
    onTap(hit, filled);
  });

  const update = (view: BuildTogetherTablet, glow: ReadonlySet<string>) => {
    slots = view.slots;
    for (const s of view.slots) {
      const entry = slotEls.get(s.slotId);
      if (!entry) continue;
      const lit = !s.filled && glow.has(s.slotId);
      const key = `${s.filled}|${lit}`;
      if (key === entry.key) continue;
      const wasEmpty = entry.key.startsWith('false');
      entry.key = key;
      const size = pieceSize(s.shape);
      const box = `x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" viewBox="0 0 ${size.w} ${size.h}" overflow="visible"`;
      const glowRect = lit ? `<rect class="slot-glow" x="-14" y="-14" width="${size.w + 28}" height="${size.h + 28}" rx="22"/>` : '';
      // Each place is touched through an invisible box of its own size (drawings spill and have holes).
      const hit = `<rect class="build-hit" x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" fill="none" pointer-events="all"/>`;
      entry.g.innerHTML = s.filled ? hit : `${hit}<svg ${box}>${glowRect}${pieceBody(s.shape, s.colour, 'ghost')}</svg>`;
      entry.piece.innerHTML = s.filled ? `<svg ${box}>${pieceBody(s.shape, s.colour, 'solid')}</svg>` : '';
      entry.g.dataset['filled'] = String(s.filled);
      entry.g.dataset['mine'] = String(s.mine);
      entry.g.classList.toggle('glow', lit);
      // A piece that arrives while we watch (mine or a friend's) pops into place.
      if (drawnOnce && wasEmpty && s.filled) {
        entry.piece.classList.remove('pop');
        void entry.piece.getBoundingClientRect();
        entry.piece.classList.add('pop');
      }
    }
    drawnOnce = true;
  };

  const sparkle = (slotId: string) => {
    const g = slotEls.get(slotId)?.g;
    if (!g) return;
    const box = g.getBoundingClientRect();
    const at = frame.getBoundingClientRect();
    const burst = h('div', { className: 'build-sparkle', 'aria-hidden': 'true' });
    burst.style.left = `${box.left - at.left + box.width / 2}px`;
    burst.style.top = `${box.top - at.top + box.height / 2}px`;
    for (let i = 0; i < 6; i++) {
      const star = icon(SPARKLE, 'icon build-spark');
      const a = (i / 6) * Math.PI * 2 + Math.random() * 0.5;
      const r = 50 + Math.random() * 30;
      star.style.setProperty('--dx', `${Math.round(Math.cos(a) * r)}px`);
      star.style.setProperty('--dy', `${Math.round(Math.sin(a) * r)}px`);
      burst.append(star);
    }
    frame.append(burst);
    setTimeout(() => burst.remove(), 1200);
  };

  const showPlaceFor = (look: Look) => {
    const target = slots.find((s) => !s.filled && fits(look, s));
    const g = target && slotEls.get(target.slotId)?.g;
    if (!g || el.scrollWidth <= el.clientWidth + 1) return;
    const box = g.getBoundingClientRect();
    const view = el.getBoundingClientRect();
    el.scrollTo({
      left: el.scrollLeft + box.left + box.width / 2 - (view.left + view.width / 2),
      top: el.scrollTop + box.top + box.height / 2 - (view.top + view.height / 2),
      behavior: 'smooth',
    });
  };

  return { el, update, sparkle, showPlaceFor };
}
