// Prompt-card pictures, first half: star, hands, ball, music, book, paint, food, home, park.
import type { CardPicture } from '../../../../shared/activities/spotlight/decks';
import { face, INK, shape, SKIN, starPath, stroke } from '../../art/picture-kit';

/** An open palm, fingers up, centred on (0, 0), about 50 units tall. */
const palm =
  `<g fill="${SKIN}" stroke="${INK}" stroke-width="3" stroke-linejoin="round">` +
  '<rect x="-15" y="-26" width="8" height="28" rx="4"/>' +
  '<rect x="-6.5" y="-31" width="8" height="33" rx="4"/>' +
  '<rect x="2" y="-29" width="8" height="31" rx="4"/>' +
  '<rect x="10.5" y="-22" width="7.5" height="24" rx="3.75"/>' +
  '<rect x="-26" y="-7" width="8" height="21" rx="4" transform="rotate(-38 -22 4)"/>' +
  '<path d="M-16 -4 H18 V9 C18 21 10 25 1 25 C-10 25 -16 19 -16 9 Z"/>' +
  '</g>';

const sparkle = (x: number, y: number, r: number, color: string): string =>
  `<path d="M${x} ${y - r} Q${x + r * 0.18} ${y - r * 0.18} ${x + r} ${y} Q${x + r * 0.18} ${y + r * 0.18} ${x} ${y + r} Q${x - r * 0.18} ${y + r * 0.18} ${x - r} ${y} Q${x - r * 0.18} ${y - r * 0.18} ${x} ${y - r} Z" fill="${color}"/>`;

export const PICTURES_A = {
  star:
    shape('path', '#ffc531', `d="${starPath(50, 54, 38, 17)}"`, 3.4) +
    stroke('M33 40 Q36 33 42 31', 3.4, '#fff6c8') +
    face(50, 56, 1.15) +
    sparkle(84, 18, 9, '#ffb347') +
    sparkle(15, 24, 6, '#7fc4f0') +
    sparkle(86, 80, 6, '#ff8fa8'),

  hands:
    `<g transform="translate(31 56) rotate(-14)">${palm}</g>` +
    `<g transform="translate(69 56) rotate(14) scale(-1 1)">${palm}</g>` +
    stroke('M50 10 V18 M36 14 L40 21 M64 14 L60 21', 3.2, '#f0875f'),

  ball:
    '<defs><clipPath id="ball"><circle cx="50" cy="52" r="36"/></clipPath></defs>' +
    '<g clip-path="url(#ball)">' +
    [
      [-110, -50, '#ff7f6e'],
      [-50, -16, '#ffd04d'],
      [-16, 16, '#ffffff'],
      [16, 50, '#5fb3f0'],
      [50, 110, '#7fd49a'],
    ]
      .map(([a, b, c]) => `<path d="M50 16 Q${50 + Number(a)} 52 50 88 Q${50 + Number(b)} 52 50 16 Z" fill="${c}"/>`)
      .join('') +
    stroke('M50 16 Q0 52 50 88 M50 16 Q34 52 50 88 M50 16 Q66 52 50 88 M50 16 Q100 52 50 88', 2.2) +
    '</g>' +
    '<circle cx="50" cy="52" r="36" fill="none" stroke="#3b2a24" stroke-width="3.4"/>' +
    shape('circle', '#ffffff', 'cx="50" cy="17" r="5"', 2.6) +
    stroke('M26 40 Q29 33 35 29', 3.4, '#ffffff'),

  music:
    stroke('M34 72 V32 M78 62 V22', 3.4) +
    shape('path', '#a98bf0', 'd="M34 30 L78 20 V31 L34 41 Z"', 3) +
    shape('ellipse', '#a98bf0', 'cx="26" cy="73" rx="11" ry="8.5" transform="rotate(-18 26 73)"', 3.2) +
    shape('ellipse', '#ff8fa8', 'cx="70" cy="63" rx="11" ry="8.5" transform="rotate(-18 70 63)"', 3.2) +
    stroke('M12 40 Q8 48 12 56 M88 36 Q93 44 89 52', 3, '#f0875f') +
    sparkle(20, 20, 6, '#ffc531'),

  book:
    shape('path', '#5f9fe0', 'd="M10 30 L50 36 L90 30 V80 L50 86 L10 80 Z"', 3.2) +
    shape('path', '#ffffff', 'd="M15 26 C28 24 42 26 50 32 V80 C42 74 28 72 15 74 Z"', 3) +
    shape('path', '#ffffff', 'd="M85 26 C72 24 58 26 50 32 V80 C58 74 72 72 85 74 Z"', 3) +
    stroke('M22 38 H42 M22 47 H42 M22 56 H38 M58 38 H78 M58 47 H78 M58 56 H72', 2.6, '#c9b8ac') +
    sparkle(50, 14, 7, '#ffc531'),

  paint:
    shape('path', '#ffe7c2', 'd="M50 14 C76 14 92 30 90 50 C88 66 74 62 68 70 C62 80 70 88 54 88 C28 88 10 72 10 50 C10 28 28 14 50 14 Z"', 3.2) +
    shape('circle', '#ff7f6e', 'cx="32" cy="36" r="7.5"', 2.6) +
    shape('circle', '#ffd04d', 'cx="52" cy="28" r="7.5"', 2.6) +
    shape('circle', '#5fb3f0', 'cx="72" cy="38" r="7.5"', 2.6) +
    shape('circle', '#7fd49a', 'cx="26" cy="58" r="7.5"', 2.6) +
    shape('circle', '#a98bf0', 'cx="42" cy="74" r="7" ', 2.6) +
    `<g transform="rotate(38 66 62)">` +
    shape('rect', '#c98a55', 'x="62" y="44" width="8" height="40" rx="4"', 2.6) +
    shape('path', '#ff7f6e', 'd="M62 46 C62 36 66 30 66 30 C66 30 70 36 70 46 Z"', 2.6) +
    '</g>',

  food:
    stroke('M38 26 C34 20 42 16 38 10 M52 26 C48 20 56 16 52 10 M66 26 C62 20 70 16 66 10', 3, '#c9b8ac') +
    shape('path', '#f6f1e7', 'd="M22 50 C26 44 34 38 42 40 C46 34 56 34 60 40 C68 37 76 44 78 50 Z"', 2.6) +
    stroke('M30 46 C34 42 38 48 42 44 C46 40 50 47 54 43 C58 39 62 46 66 42 C69 40 72 45 74 46', 2.4, '#e8b65a') +
    shape('circle', '#7fd49a', 'cx="36" cy="44" r="3.2"', 2) +
    shape('circle', '#ff7f6e', 'cx="62" cy="42" r="3.2"', 2) +
    shape('path', '#ff9f7a', 'd="M12 50 H88 C88 72 72 86 50 86 C28 86 12 72 12 50 Z"', 3.4) +
    stroke('M26 64 H74', 3, '#ffffff') +
    shape('rect', '#c98a55', 'x="66" y="14" width="5" height="44" rx="2.5" transform="rotate(28 68 36)"', 2.4) +
    shape('rect', '#c98a55', 'x="76" y="16" width="5" height="44" rx="2.5" transform="rotate(34 78 38)"', 2.4),

  home:
    shape('rect', '#f0875f', 'x="66" y="18" width="10" height="20" rx="2"', 3) +
    shape('rect', '#fff1de', 'x="20" y="44" width="60" height="42" rx="3"', 3.4) +
    shape('path', '#e25d4a', 'd="M12 48 L50 16 L88 48 Z"', 3.4) +
    shape('rect', '#c98a55', 'x="42" y="60" width="16" height="26" rx="3"', 3) +
    '<circle cx="54" cy="74" r="1.8" fill="#3b2a24"/>' +
    shape('rect', '#8ccff5', 'x="26" y="54" width="12" height="12" rx="2"', 2.8) +
    shape('rect', '#8ccff5', 'x="62" y="54" width="12" height="12" rx="2"', 2.8) +
    shape('path', '#ff8fa8', 'd="M50 40 C44 35 44 30 47 29 C49 28 50 30 50 31 C50 30 51 28 53 29 C56 30 56 35 50 40 Z"', 2),

  park:
    shape('path', '#9bd77f', 'd="M4 86 C20 76 40 76 52 80 C66 74 84 74 96 84 V96 H4 Z"', 3) +
    stroke('M18 84 L30 20 L42 84 M58 84 L70 20 L82 84 M26 24 H74', 4.2, '#e25d4a') +
    stroke('M44 24 V58 M56 24 V58', 2.4) +
    shape('rect', '#ffd04d', 'x="40" y="56" width="20" height="6" rx="3"', 2.6) +
    shape('circle', '#ffc531', 'cx="84" cy="14" r="8"', 2.6) +
    shape('circle', '#ff8fa8', 'cx="12" cy="80" r="3"', 1.8) +
    shape('circle', '#ffffff', 'cx="90" cy="82" r="3"', 1.8),
} satisfies Partial<Record<CardPicture, string>>;
