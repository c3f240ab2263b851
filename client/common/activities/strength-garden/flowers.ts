// Strength Garden flower heads, told apart by shape AND colour: round sunny petals for "I chose this",
// heart-shaped petals for "a friend gave me this". The middle is a plain disc where the card's picture sits.
import { heartPath, INK, ink, line, svgDoc, WHITE } from './picture-kit';

export type FlowerKind = 'self' | 'peer';

/** Warm sunny colours for one's own flowers. */
const SELF_COLOURS: readonly (readonly [petal: string, tip: string])[] = [
  ['#ffd04d', '#ffe79a'],
  ['#ffb347', '#ffd49a'],
  ['#ffc94d', '#fff0b0'],
];

/** Soft pinks, lilacs and blues for friends' flowers: never red, nothing alarming. */
const PEER_COLOURS: readonly (readonly [petal: string, tip: string])[] = [
  ['#ff9fc0', '#ffd3e2'],
  ['#c3b0f5', '#e3d9fb'],
  ['#8fd0f2', '#cdeafb'],
  ['#ffab91', '#ffd9cb'],
];

export const FLOWER_VARIANTS: Record<FlowerKind, number> = { self: SELF_COLOURS.length, peer: PEER_COLOURS.length };

/** The disc in the middle, as a fraction of the head's width: pages lay the card's picture over it. */
export const FLOWER_DISC = 0.5;

const DISC = `<circle cx="50" cy="50" r="${(FLOWER_DISC * 50).toFixed(1)}" fill="${WHITE}" ${ink(3.5)}/>`;

function selfHead(petal: string, tip: string): string {
  let out = '';
  for (let i = 0; i < 12; i++) {
    const a = (i * 360) / 12;
    out += `<ellipse cx="50" cy="17" rx="9" ry="16" fill="${petal}" ${ink(3)} transform="rotate(${a} 50 50)"/>`;
  }
  for (let i = 0; i < 12; i++) {
    const a = (i * 360) / 12;
    out += `<ellipse cx="50" cy="13" rx="3.5" ry="7" fill="${tip}" transform="rotate(${a} 50 50)"/>`;
  }
  // A ring of little seeds just outside the disc: a sunflower, the flower children draw for "me".
  out += `<circle cx="50" cy="50" r="${(FLOWER_DISC * 50 + 5).toFixed(1)}" fill="#c98b5a" ${ink(3)}/>`;
  return out + DISC;
}

function peerHead(petal: string, tip: string): string {
  let out = '';
  for (let i = 0; i < 5; i++) {
    const a = (i * 360) / 5;
    // A heart whose point touches the middle: love given by a friend.
    out += `<g transform="rotate(${a} 50 50)"><path d="${heartPath(50, 21, 21)}" fill="${petal}" ${ink(3)}/>`;
    out += line('M40 18 Q40 12 45 11', 3.5, tip) + '</g>';
  }
  return out + DISC;
}

/** One flower head as an SVG document; `variant` picks its colour (any integer). */
export function flowerHeadSvg(kind: FlowerKind, variant: number): string {
  if (kind === 'self') {
    const [petal, tip] = SELF_COLOURS[Math.abs(variant) % SELF_COLOURS.length]!;
    return svgDoc(selfHead(petal, tip));
  }
  const [petal, tip] = PEER_COLOURS[Math.abs(variant) % PEER_COLOURS.length]!;
  return svgDoc(peerHead(petal, tip));
}

/** A stable colour for a flower from its key, so it keeps its colour across views and pages. */
export function flowerVariant(key: string): number {
  let h = 7;
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return Math.abs(h);
}

/** A stem with two leaves, 40 × 100, for pages that draw the flower standing (the head sits on its top). */
export const STEM_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 100" width="40" height="100">${
  line('M20 100 C18 70 22 40 20 0', 5 + 5, INK) +
  line('M20 100 C18 70 22 40 20 0', 5, '#5fae6e') +
  `<path d="M19 66 C10 56 2 58 0 62 C6 72 14 72 19 66 Z" fill="#8fd17e" ${ink(2.5)}/>` +
  `<path d="M21 44 C30 34 38 36 40 40 C34 50 26 50 21 44 Z" fill="#8fd17e" ${ink(2.5)}/>`
}</svg>`;
