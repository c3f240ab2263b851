// Drawn badges for waves and reactions (clap, heart, star, me-too, thumbs-up): SVG, no emoji font needed.
import type { ReactionKind } from '../../../shared/session/reactions';

export type MomentKind = 'wave' | ReactionKind;
export const MOMENT_KINDS: readonly MomentKind[] = ['wave', 'clap', 'heart', 'star', 'me-too', 'thumbs-up'];

const INK = '#3b2a24';
const HAND = '#ffd36b';
const line = `stroke="${INK}" stroke-width="3.2" stroke-linejoin="round" stroke-linecap="round"`;

/** An open palm with four fingers and a thumb, centred on (0, 0), about 44 units tall. */
const palm =
  `<g fill="${HAND}" ${line}>` +
  '<rect x="-15" y="-24" width="8" height="26" rx="4"/>' +
  '<rect x="-6.5" y="-28" width="8" height="30" rx="4"/>' +
  '<rect x="2" y="-26" width="8" height="28" rx="4"/>' +
  '<rect x="10.5" y="-20" width="7.5" height="22" rx="3.75"/>' +
  '<rect x="-26" y="-6" width="8" height="20" rx="4" transform="rotate(-38 -22 4)"/>' +
  '<path d="M-16 -4 H18 V8 C18 20 10 24 1 24 C-10 24 -16 18 -16 8 Z"/>' +
  '</g>';

/** A mitten-like hand for clapping, centred on (0, 0). */
const mitten =
  `<g fill="${HAND}" ${line}>` +
  '<path d="M-11 18 V-12 C-11 -24 11 -24 11 -12 V18 C11 25 -11 25 -11 18 Z"/>' +
  '<path d="M-11 2 C-20 -2 -22 8 -14 12 L-11 14"/>' +
  '</g>';

const BODIES: Record<MomentKind, { badge: string; body: string }> = {
  heart: {
    badge: '#ffe1e8',
    body:
      `<path fill="#ff6f91" ${line} d="M50 80 C22 62 17 42 27 31 C36 21 47 25 50 35 C53 25 64 21 73 31 C83 42 78 62 50 80 Z"/>` +
      '<path d="M33 37 C35 32 39 30 42 31" fill="none" stroke="#ffffff" stroke-width="4" stroke-linecap="round" opacity="0.8"/>',
  },
  star: {
    badge: '#fff0bf',
    body:
      `<path fill="#ffc531" ${line} d="${starPath(50, 53, 33, 14)}"/>` +
      '<circle cx="43" cy="50" r="2.6" fill="#3b2a24"/><circle cx="57" cy="50" r="2.6" fill="#3b2a24"/>' +
      '<path d="M45 58 Q50 62 55 58" fill="none" stroke="#3b2a24" stroke-width="2.6" stroke-linecap="round"/>',
  },
  'thumbs-up': {
    badge: '#d9ebff',
    body:
      `<rect x="20" y="47" width="15" height="34" rx="4" fill="#6f9fe0" ${line}/>` +
      `<path fill="${HAND}" ${line} d="M35 50 H44 L49 30 C51 22 61 23 60 31 L58 45 H73 C80 45 82 52 77 56 C82 58 82 65 76 66 C80 68 79 75 74 75 C77 78 75 83 69 83 H35 Z"/>` +
      `<path fill="none" ${line} d="M62 56 H77 M62 66 H76"/>`,
  },
  clap: {
    badge: '#ffe8c9',
    body:
      `<g transform="translate(40 57) rotate(-18)">${mitten}</g>` +
      `<g transform="translate(60 57) rotate(18) scale(-1 1)">${mitten}</g>` +
      `<path fill="none" ${line} d="M50 14 V22 M31 20 L36 27 M69 20 L64 27"/>`,
  },
  'me-too': {
    badge: '#d9f2e1',
    body:
      `<g transform="translate(50 56)">${palm}</g>` +
      `<path fill="none" stroke="#3fae72" stroke-width="3.2" stroke-linecap="round" d="M20 30 L26 34 M18 44 H25 M80 30 L74 34 M82 44 H75"/>`,
  },
  wave: {
    badge: '#e6defc',
    body:
      `<g transform="translate(50 56) rotate(-14)">${palm}</g>` +
      `<path fill="none" stroke="#8a6fe0" stroke-width="3.4" stroke-linecap="round" d="M22 40 C18 48 19 56 24 62 M77 34 C83 42 84 50 80 58"/>`,
  },
};

function starPath(cx: number, cy: number, outer: number, inner: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${(cx + r * Math.cos(a)).toFixed(2)} ${(cy + r * Math.sin(a)).toFixed(2)}`);
  }
  return `M${pts.join(' L')} Z`;
}

/** A round badge with the icon, as a standalone 100 × 100 SVG document. */
export function momentIconSvg(kind: MomentKind): string {
  const { badge, body } = BODIES[kind];
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">' +
    `<circle cx="50" cy="50" r="46" fill="${badge}" stroke="#ffffff" stroke-width="5"/>` +
    body +
    '</svg>'
  );
}
