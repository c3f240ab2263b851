// Drawn pictures for the wave button and the five positive reactions (no emoji font needed).
import type { ReactionKind } from '../../shared/session/reactions';
import { blob, INK, SKIN, starPoints, svg100 } from './svg';

const motion = `fill="none" stroke="${INK}" stroke-width="5" stroke-linecap="round"`;

/** An open hand: four fingers, a thumb and a palm, merged into one outlined shape. */
export function openHand(fill: string): string {
  return blob(
    '<rect x="33" y="16" width="12" height="40" rx="6"/>' +
      '<rect x="46" y="10" width="12" height="44" rx="6"/>' +
      '<rect x="59" y="14" width="12" height="40" rx="6"/>' +
      '<rect x="71" y="24" width="11" height="34" rx="5.5"/>' +
      '<rect x="14" y="46" width="12" height="32" rx="6" transform="rotate(-42 20 62)"/>' +
      '<rect x="31" y="40" width="51" height="46" rx="18"/>',
    fill,
  );
}

export const WAVE = svg100(
  `<g transform="rotate(-12 55 55)">${openHand(SKIN)}</g>` +
    `<path d="M10 26q-6 12 0 24M18 20q-6 14 0 28" ${motion}/>` +
    `<path d="M90 70q6-12 0-24" ${motion}/>`,
);

const CLAP = svg100(
  `<g transform="translate(-2 22) scale(.72) rotate(18 50 50)">${openHand(SKIN)}</g>` +
    `<g transform="translate(102 22) scale(-.72 .72) rotate(18 50 50)">${openHand('#ffc9a0')}</g>` +
    `<path d="M50 3v11M36 6l5 8M64 6l-5 8" ${motion}/>`,
);

const HEART = svg100(
  blob('<path d="M50 86C14 62 8 40 16 28c8-12 26-14 34 2c8-16 26-14 34-2c8 12 2 34-34 58z"/>', '#ff8fa3', 8) +
    `<path d="M28 34q4-8 12-8" fill="none" stroke="#fffdf8" stroke-width="5" stroke-linecap="round"/>`,
);

export const STAR = svg100(
  blob(`<polygon points="${starPoints(50, 54, 42, 19)}"/>`, '#ffd36b', 8) +
    `<circle cx="42" cy="52" r="4" fill="${INK}"/><circle cx="58" cy="52" r="4" fill="${INK}"/>` +
    `<path d="M43 62q7 6 14 0" fill="none" stroke="${INK}" stroke-width="4" stroke-linecap="round"/>`,
);

/** A smiling child with one arm up: "me too!". */
const ME_TOO = svg100(
  blob('<g transform="rotate(12 70 82)"><rect x="64" y="22" width="12" height="60" rx="6"/><circle cx="70" cy="20" r="9"/></g>', SKIN, 7) +
    blob('<path d="M20 98c0-20 10-30 28-30s28 10 28 30z"/>', '#9fd0f7', 7) +
    blob('<circle cx="44" cy="46" r="21"/>', SKIN, 7) +
    `<circle cx="37" cy="44" r="3.5" fill="${INK}"/><circle cx="52" cy="44" r="3.5" fill="${INK}"/>` +
    `<path d="M36 53q8 8 16 0" fill="none" stroke="${INK}" stroke-width="4" stroke-linecap="round"/>`,
);

const THUMBS_UP = svg100(
  blob(
    '<rect x="40" y="8" width="16" height="46" rx="8" transform="rotate(8 48 30)"/>' +
      '<rect x="30" y="40" width="48" height="48" rx="14"/>' +
      '<rect x="14" y="44" width="16" height="44" rx="5"/>',
    SKIN,
  ) +
    `<rect x="14" y="44" width="16" height="44" rx="5" fill="#9fd0f7" stroke="${INK}" stroke-width="4"/>` +
    `<path d="M58 54h18M58 66h18M58 78h16" fill="none" stroke="${INK}" stroke-width="4" stroke-linecap="round"/>`,
);

export const REACTION_ICONS: Record<ReactionKind, string> = {
  clap: CLAP,
  heart: HEART,
  star: STAR,
  'me-too': ME_TOO,
  'thumbs-up': THUMBS_UP,
};

/** The background colour of each reaction button (soft, all positive). */
export const REACTION_COLOURS: Record<ReactionKind, string> = {
  clap: '#fff1c9',
  heart: '#ffe1e8',
  star: '#fff6c2',
  'me-too': '#dff0ff',
  'thumbs-up': '#e3f7dc',
};
