// The drawn picture of each Spotlight prompt card (CARD_PICTURES), in the tablet's outlined style.
import type { CardPicture } from '../../../../shared/activities/spotlight/decks';
import { openHand } from '../../icons-reactions';
import { blob, face, INK, inkLine, SKIN, starPoints, svg100 } from '../../svg';

const sparkle = (x: number, y: number, s = 5) => `<path d="M${x} ${y - s}v${2 * s}M${x - s} ${y}h${2 * s}" ${inkLine(3.5)}/>`;
const ground = (y = 90) => `<path d="M8 ${y}h84" ${inkLine(5, '#8fcf7e')}/>`;
const outlined = (shape: string, fill: string, w = 5) => shape.replace('/>', ` fill="${fill}" stroke="${INK}" stroke-width="${w}" stroke-linejoin="round"/>`);

const STAR = svg100(
  blob(`<polygon points="${starPoints(50, 54, 40, 18)}"/>`, '#ffd36b', 8) + face(50, 58, 12) + sparkle(14, 16) + sparkle(86, 20, 4) + sparkle(88, 84, 4),
);

const HANDS = svg100(
  `<g transform="translate(2 26) scale(.6) rotate(-14 50 50)">${openHand(SKIN)}</g>` +
    `<g transform="translate(98 26) scale(-.6 .6) rotate(-14 50 50)">${openHand('#ffc9a0')}</g>` +
    sparkle(50, 14, 6) +
    sparkle(30, 8, 3.5) +
    sparkle(70, 8, 3.5),
);

const BALL = svg100(
  `<ellipse cx="50" cy="92" rx="26" ry="4" fill="#d9e6e8"/>` +
    blob('<circle cx="50" cy="50" r="38"/>', '#fffdf8', 8) +
    `<path d="M50 12A38 38 0 0 0 50 88Q24 50 50 12z" fill="#ff9f8e"/>` +
    `<path d="M50 12A38 38 0 0 1 50 88Q76 50 50 12z" fill="#9fd0f7"/>` +
    `<path d="M50 12Q24 50 50 88Q76 50 50 12z" fill="#ffd36b"/>` +
    `<path d="M50 12Q24 50 50 88M50 12Q76 50 50 88" ${inkLine(4)}/>` +
    `<circle cx="50" cy="50" r="38" ${inkLine(7)}/>` +
    `<path d="M26 34q4-10 12-14" ${inkLine(5, '#fffdf8')}/>`,
);

const MUSIC = svg100(
  `<path d="M40 72V30l40-12v44" ${inkLine(7)}/>` +
    `<path d="M40 28l40-12v14l-40 12z" fill="${INK}" stroke="${INK}" stroke-width="4" stroke-linejoin="round"/>` +
    outlined('<ellipse cx="30" cy="74" rx="13" ry="10" transform="rotate(-20 30 74)"/>', '#b7a6f2', 6) +
    outlined('<ellipse cx="70" cy="64" rx="13" ry="10" transform="rotate(-20 70 64)"/>', '#ff8fa3', 6) +
    sparkle(14, 20) +
    sparkle(90, 86, 4),
);

const BOOK = svg100(
  outlined('<path d="M6 30v56q24-6 44 4q20-10 44-4V30z"/>', '#9fd0f7', 6) +
    outlined('<path d="M50 30q-18-12-38-8v56q20-4 38 8z"/>', '#fffdf8', 5) +
    outlined('<path d="M50 30q18-12 38-8v56q-20-4-38 8z"/>', '#fffdf8', 5) +
    [36, 48, 60].map((y) => `<path d="M20 ${y}q10-3 22 2M58 ${y + 2}q12-5 22-2" ${inkLine(4, '#b9cdd2')}/>`).join('') +
    `<path d="M50 30v56" ${inkLine(4)}/>`,
);

const PAINT = svg100(
  blob('<path d="M48 12C22 12 8 30 8 50c0 22 18 36 38 36c8 0 10-6 8-12s2-12 10-12h10c12 0 18-8 18-18C92 26 74 12 48 12z"/>', '#f6dcb4', 7) +
    [
      [30, 32, '#ff8fa3'],
      [50, 26, '#ffd36b'],
      [70, 32, '#9fd0f7'],
      [24, 54, '#a8e39a'],
    ]
      .map(([x, y, c]) => `<circle cx="${x}" cy="${y}" r="7.5" fill="${c}" stroke="${INK}" stroke-width="3.5"/>`)
      .join('') +
    `<g transform="rotate(40 72 70)">` +
    blob('<rect x="68" y="58" width="9" height="36" rx="4.5"/>', '#c98b5a', 6) +
    blob('<path d="M66 60q6-22 12 0z"/>', '#b7a6f2', 6) +
    `</g>`,
);

const FOOD = svg100(
  `<path d="M56 42L88 10M64 46L96 18" ${inkLine(10)}/><path d="M56 42L88 10M64 46L96 18" ${inkLine(4.5, '#e2a46f')}/>` +
    outlined('<path d="M16 50c2-14 16-20 32-20s30 6 32 20z"/>', '#fffdf8', 5) +
    [30, 42, 54, 66].map((x) => `<circle cx="${x}" cy="${42 + (x % 8)}" r="2" fill="#d9c7a8"/>`).join('') +
    blob('<path d="M10 50h80c0 22-16 36-40 36S10 72 10 50z"/>', '#9fd0f7', 7) +
    `<path d="M24 64h52" ${inkLine(4, '#fffdf8')}/>` +
    `<path d="M30 24q-5-6 0-12M44 22q-5-6 0-12" ${inkLine(4)}/>`,
);

const HOME = svg100(
  outlined('<rect x="64" y="18" width="11" height="22"/>', '#c98b5a', 5) +
    blob('<rect x="20" y="44" width="60" height="44" rx="4"/>', '#ffe9a8', 7) +
    blob('<path d="M10 50L50 14l40 36z"/>', '#ff9f8e', 7) +
    outlined('<rect x="43" y="62" width="15" height="26" rx="4"/>', '#c98b5a', 4.5) +
    outlined('<rect x="26" y="56" width="12" height="12" rx="2"/>', '#9fd0f7', 4) +
    outlined('<rect x="63" y="56" width="12" height="12" rx="2"/>', '#9fd0f7', 4) +
    `<path d="M50 42c-6-4-6-9-3-10s3 1 3 2c0-1 1-3 3-2s3 6-3 10z" fill="#ff8fa3" stroke="${INK}" stroke-width="2.5"/>`,
);

const PARK = svg100(
  `<circle cx="84" cy="16" r="8" fill="#ffe27a" stroke="${INK}" stroke-width="4"/>` +
    `<path d="M14 90L28 20M86 90L72 20M20 22h60" ${inkLine(10)}/><path d="M14 90L28 20M86 90L72 20M20 22h60" ${inkLine(4.5, '#3fa59a')}/>` +
    `<path d="M40 24v40M60 24v40" ${inkLine(3.5)}/>` +
    outlined('<rect x="33" y="62" width="34" height="9" rx="4.5"/>', '#ffd36b', 4.5) +
    ground(92),
);

const BUS = svg100(
  blob('<rect x="6" y="22" width="88" height="52" rx="12"/>', '#ffd36b', 7) +
    [12, 32, 52].map((x) => outlined(`<rect x="${x}" y="30" width="16" height="16" rx="3"/>`, '#9fd0f7', 4)).join('') +
    outlined('<rect x="72" y="30" width="16" height="24" rx="3"/>', '#9fd0f7', 4) +
    `<rect x="10" y="54" width="58" height="6" fill="#ff9f8e"/>` +
    outlined('<circle cx="27" cy="76" r="10"/>', '#5b6770', 5) +
    outlined('<circle cx="73" cy="76" r="10"/>', '#5b6770', 5) +
    `<circle cx="27" cy="76" r="3.5" fill="#d9e6e8"/><circle cx="73" cy="76" r="3.5" fill="#d9e6e8"/>` +
    `<circle cx="88" cy="64" r="3" fill="#fffdf8" stroke="${INK}" stroke-width="2"/>`,
);

const SCHOOL = svg100(
  `<path d="M50 24V6" ${inkLine(4)}/>` +
    outlined('<path d="M50 6h18l-5 5 5 5H50z"/>', '#ff8fa3', 3.5) +
    blob('<rect x="14" y="40" width="72" height="48" rx="3"/>', '#ffd9a8', 7) +
    blob('<path d="M8 44L50 22l42 22z"/>', '#ff9f8e', 7) +
    outlined('<circle cx="50" cy="36" r="6"/>', '#fffdf8', 3) +
    `<path d="M50 33v3h3" ${inkLine(2)}/>` +
    outlined('<rect x="41" y="64" width="18" height="24" rx="3"/>', '#c98b5a', 4) +
    [20, 66].map((x) => outlined(`<rect x="${x}" y="52" width="14" height="14" rx="2"/>`, '#9fd0f7', 4)).join(''),
);

const SHOP = svg100(
  blob('<rect x="14" y="40" width="72" height="48" rx="3"/>', '#fffdf8', 7) +
    outlined('<rect x="26" y="10" width="48" height="14" rx="5"/>', '#ffd36b', 4.5) +
    `<path d="M10 28h80v14H10z" fill="#ff9f8e" stroke="${INK}" stroke-width="5" stroke-linejoin="round"/>` +
    [26, 58].map((x) => `<rect x="${x}" y="30" width="16" height="10" fill="#fffdf8"/>`).join('') +
    [18, 34, 50, 66, 82]
      .map((x, i) => `<path d="M${x - 8} 42a8 8 0 0 0 16 0" fill="${i % 2 ? '#fffdf8' : '#ff9f8e'}" stroke="${INK}" stroke-width="4"/>`)
      .join('') +
    outlined('<rect x="20" y="56" width="30" height="20" rx="2"/>', '#9fd0f7', 4) +
    `<circle cx="29" cy="70" r="4" fill="#ff8fa3"/><circle cx="39" cy="70" r="4" fill="#ffd36b"/>` +
    outlined('<rect x="58" y="54" width="20" height="34" rx="3"/>', '#c98b5a', 4),
);

const TREE = svg100(
  blob('<rect x="43" y="54" width="14" height="36" rx="3"/>', '#c98b5a', 7) +
    blob('<circle cx="50" cy="34" r="24"/><circle cx="30" cy="48" r="17"/><circle cx="70" cy="48" r="17"/>', '#a8e39a', 7) +
    [
      [38, 30],
      [62, 28],
      [50, 50],
      [28, 50],
      [72, 50],
    ]
      .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="4" fill="#ff8f7a" stroke="${INK}" stroke-width="2"/>`)
      .join('') +
    ground(92),
);

/** A person from the chest up: body, head with a face, and a hair cap. */
function person(cx: number, headY: number, r: number, shirt: string, hair: string): string {
  const bodyTop = headY + r * 0.7;
  const w = r * 1.5;
  return (
    blob(
      `<path d="M${cx - w} 96c0-${(96 - bodyTop) * 0.9} ${w * 0.4}-${96 - bodyTop} ${w}-${96 - bodyTop}s${w} ${(96 - bodyTop) * 0.1} ${w} ${96 - bodyTop}z"/>`,
      shirt,
      6,
    ) +
    blob(`<circle cx="${cx}" cy="${headY}" r="${r}"/>`, SKIN, 6) +
    `<path d="M${cx - r} ${headY - 1}c0-${r * 0.9} ${r * 0.5}-${r} ${r}-${r}s${r} ${r * 0.1} ${r} ${r}c-${r * 0.5}-${r * 0.45}-${r * 1.5}-${r * 0.45}-${r * 2} 0z" fill="${hair}" stroke="${INK}" stroke-width="3" stroke-linejoin="round"/>` +
    face(cx, headY + r * 0.15, r)
  );
}

const FAMILY = svg100(
  person(26, 32, 14, '#9fd0f7', '#5b4032') +
    person(74, 32, 14, '#ffb3c7', '#7a5240') +
    person(50, 56, 11, '#c6ea7c', '#3b2a24') +
    `<path d="M50 30c-7-5-7-11-3-12s3 1 3 2c0-1 1-3 3-2s4 7-3 12z" fill="#ff8fa3" stroke="${INK}" stroke-width="2.5"/>`,
);

const FRIEND = svg100(
  person(32, 40, 15, '#ffd36b', '#3b2a24') +
    person(68, 40, 15, '#b7a6f2', '#7a5240') +
    `<path d="M50 22c-8-6-8-12-4-13s4 1 4 2c0-1 1-3 4-2s4 7-4 13z" fill="#ff8fa3" stroke="${INK}" stroke-width="2.5"/>` +
    sparkle(16, 14, 4) +
    sparkle(84, 14, 4),
);

const TEACHER = svg100(
  blob('<rect x="52" y="12" width="42" height="34" rx="4"/>', '#3f7f6a', 6) +
    `<polygon points="${starPoints(66, 29, 9, 4)}" fill="none" stroke="#fffdf8" stroke-width="2.5" stroke-linejoin="round"/>` +
    `<path d="M78 24h10M78 32h8" ${inkLine(2.5, '#fffdf8')}/>` +
    `<path d="M44 62L60 40" ${inkLine(4, '#c98b5a')}/>` +
    person(30, 40, 15, '#b7a6f2', '#5b4032') +
    `<circle cx="24" cy="41" r="5" fill="none" stroke="${INK}" stroke-width="2.5"/><circle cx="36" cy="41" r="5" fill="none" stroke="${INK}" stroke-width="2.5"/><path d="M29 41h2" ${inkLine(2.5)}/>`,
);

const HEART = svg100(
  blob('<path d="M50 88C12 64 6 40 14 27c8-13 27-15 36 2c9-17 28-15 36-2c8 13 2 37-36 61z"/>', '#ff8fa3', 8) +
    face(50, 50, 14) +
    `<path d="M26 32q4-8 12-8" ${inkLine(5, '#fffdf8')}/>` +
    sparkle(88, 12, 4) +
    sparkle(12, 12, 4),
);

const SUN = svg100(
  Array.from({ length: 12 }, (_, i) => `<path d="M50 6v10" transform="rotate(${i * 30} 50 50)" ${inkLine(6, '#ffb23d')}/>`).join('') +
    blob('<circle cx="50" cy="50" r="27"/>', '#ffe27a', 7) +
    face(50, 52, 18) +
    `<circle cx="36" cy="56" r="4" fill="#ff8fa3" opacity=".7"/><circle cx="64" cy="56" r="4" fill="#ff8fa3" opacity=".7"/>`,
);

export const CARD_PICTURE_SVG: Record<CardPicture, string> = {
  star: STAR,
  hands: HANDS,
  ball: BALL,
  music: MUSIC,
  book: BOOK,
  paint: PAINT,
  food: FOOD,
  home: HOME,
  park: PARK,
  bus: BUS,
  school: SCHOOL,
  shop: SHOP,
  tree: TREE,
  family: FAMILY,
  friend: FRIEND,
  teacher: TEACHER,
  heart: HEART,
  sun: SUN,
};
