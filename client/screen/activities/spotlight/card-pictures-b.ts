// Prompt-card pictures, second half: bus, school, shop, tree, family, friend, teacher, heart, sun.
import type { CardPicture } from '../../../../shared/activities/spotlight/decks';
import { face, INK, person, shape, SKIN, stroke } from '../../art/picture-kit';

export const PICTURES_B = {
  bus:
    shape('path', '#ffc531', 'd="M8 30 C8 24 12 20 18 20 H80 C88 20 92 26 92 34 V72 H8 Z"', 3.4) +
    shape('rect', '#bfe6fb', 'x="14" y="28" width="16" height="16" rx="3"', 2.8) +
    shape('rect', '#bfe6fb', 'x="34" y="28" width="16" height="16" rx="3"', 2.8) +
    shape('rect', '#bfe6fb', 'x="54" y="28" width="16" height="16" rx="3"', 2.8) +
    shape('path', '#bfe6fb', 'd="M74 28 H82 C86 28 88 31 88 35 V44 H74 Z"', 2.8) +
    stroke('M8 54 H92', 3, '#e2903a') +
    shape('rect', '#ffffff', 'x="84" y="58" width="8" height="6" rx="2"', 2.2) +
    shape('circle', '#5a4a44', 'cx="27" cy="74" r="10"', 3.2) +
    shape('circle', '#5a4a44', 'cx="73" cy="74" r="10"', 3.2) +
    '<circle cx="27" cy="74" r="3.5" fill="#d9d0ca"/><circle cx="73" cy="74" r="3.5" fill="#d9d0ca"/>' +
    face(22, 39, 0.5),

  school:
    stroke('M50 8 V26', 3) +
    shape('path', '#ff7f6e', 'd="M50 8 L66 12 L50 17 Z"', 2.4) +
    shape('rect', '#ffe7c2', 'x="12" y="42" width="76" height="44" rx="2"', 3.4) +
    shape('path', '#ffb36b', 'd="M6 44 L50 24 L94 44 Z"', 3.4) +
    shape('circle', '#ffffff', 'cx="50" cy="36" r="6"', 2.6) +
    stroke('M50 33 V36 L52 37.5', 1.8) +
    shape('path', '#5f9fe0', 'd="M41 86 V68 C41 62 59 62 59 68 V86 Z"', 3) +
    shape('rect', '#8ccff5', 'x="18" y="52" width="14" height="12" rx="2"', 2.6) +
    shape('rect', '#8ccff5', 'x="68" y="52" width="14" height="12" rx="2"', 2.6) +
    shape('rect', '#8ccff5', 'x="18" y="70" width="14" height="10" rx="2"', 2.6) +
    shape('rect', '#8ccff5', 'x="68" y="70" width="14" height="10" rx="2"', 2.6),

  shop:
    shape('rect', '#fff6ea', 'x="14" y="38" width="72" height="50" rx="3"', 3.4) +
    shape('path', '#ffffff', 'd="M10 22 H90 L94 40 H6 Z"', 3.2) +
    '<path d="M22 22 H34 L36 40 H20 Z M46 22 H58 L59 40 H45 Z M70 22 H82 L86 40 H68 Z" fill="#ff7f6e"/>' +
    shape('path', 'none', 'd="M10 22 H90 L94 40 H6 Z"', 3.2) +
    shape('path', '#ff7f6e', 'd="M6 40 C6 47 20 47 20 40 C20 47 34 47 34 40 C34 47 48 47 48 40 C48 47 62 47 62 40 C62 47 76 47 76 40 C76 47 94 47 94 40"', 3) +
    shape('rect', '#8ccff5', 'x="20" y="54" width="30" height="22" rx="3"', 2.8) +
    shape('circle', '#ff8c42', 'cx="29" cy="70" r="4"', 2) +
    shape('circle', '#7fd49a', 'cx="39" cy="70" r="4"', 2) +
    shape('circle', '#ffd04d', 'cx="34" cy="63" r="4"', 2) +
    shape('rect', '#c98a55', 'x="58" y="54" width="20" height="34" rx="3"', 3) +
    '<circle cx="73" cy="72" r="1.8" fill="#3b2a24"/>',

  tree:
    shape('path', '#b47a48', 'd="M44 90 L46 58 H54 L56 90 Z"', 3.2) +
    stroke('M50 66 L60 58', 3) +
    shape(
      'path',
      '#7fcf7a',
      'd="M50 10 C66 10 76 20 76 32 C86 36 88 52 78 60 C74 68 60 70 50 66 C40 70 26 68 22 60 C12 52 14 36 24 32 C24 20 34 10 50 10 Z"',
      3.4,
    ) +
    shape('circle', '#ff7f6e', 'cx="36" cy="36" r="5"', 2.4) +
    shape('circle', '#ff7f6e', 'cx="62" cy="30" r="5"', 2.4) +
    shape('circle', '#ff7f6e', 'cx="58" cy="54" r="5"', 2.4) +
    shape('circle', '#ff7f6e', 'cx="32" cy="54" r="4.5"', 2.4) +
    stroke('M10 90 H90', 3, '#7fcf7a'),

  family:
    person(26, 30, 1.15, '#5f9fe0', '#5a4a44') +
    person(74, 30, 1.15, '#ff8fa8', '#8a5a3b') +
    person(50, 52, 0.8, '#ffc531', '#3b2a24') +
    shape('path', '#ff7f6e', 'd="M50 18 C44 13 44 8 47 7 C49 6 50 8 50 9 C50 8 51 6 53 7 C56 8 56 13 50 18 Z"', 2),

  friend:
    person(32, 32, 1.05, '#7fd49a', '#3b2a24') +
    person(68, 32, 1.05, '#a98bf0', '#c9803f') +
    stroke('M42 60 L50 68 L58 60', 9) +
    stroke('M42 60 L50 68 L58 60', 4.5, SKIN) +
    shape('path', '#ff8fa8', 'd="M50 20 C45 16 45 11 48 10 C49.5 9.5 50 11 50 12 C50 11 50.5 9.5 52 10 C55 11 55 16 50 20 Z"', 2),

  teacher:
    shape('rect', '#4f8f6a', 'x="36" y="12" width="58" height="40" rx="4"', 3.4) +
    stroke('M44 24 L52 32 L60 24 M66 26 H84 M66 36 H80', 3, '#ffffff') +
    stroke('M48 52 L44 62 M82 52 L86 62', 3) +
    person(24, 36, 1.2, '#f0875f', '#5a4a44') +
    `<circle cx="20" cy="38" r="3.6" fill="none" stroke="${INK}" stroke-width="1.8"/><circle cx="28" cy="38" r="3.6" fill="none" stroke="${INK}" stroke-width="1.8"/>` +
    stroke('M36 62 L44 46', 4, '#c98a55'),

  heart:
    shape('path', '#ff6f91', 'd="M50 86 C18 66 10 44 20 30 C30 16 46 20 50 32 C54 20 70 16 80 30 C90 44 82 66 50 86 Z"', 3.6) +
    stroke('M28 36 C30 30 35 27 40 28', 4, '#ffffff') +
    face(50, 52, 1.1) +
    shape('path', '#ffb3c7', 'd="M86 14 C83 11 83 8 85 7.5 C86 7 86.5 8 86.5 9 C86.5 8 87 7 88 7.5 C90 8 90 11 86 14 Z"', 1.6) +
    shape('path', '#ffb3c7', 'd="M12 16 C8 12 8 8 11 7.5 C12.5 7 13 8.5 13 9.5 C13 8.5 13.5 7 15 7.5 C18 8 18 12 12 16 Z"', 1.6),

  sun:
    stroke(
      Array.from({ length: 10 }, (_, i) => {
        const a = (i * Math.PI) / 5;
        const [c, s] = [Math.cos(a), Math.sin(a)];
        return `M${(50 + 33 * c).toFixed(1)} ${(50 + 33 * s).toFixed(1)} L${(50 + 44 * c).toFixed(1)} ${(50 + 44 * s).toFixed(1)}`;
      }).join(' '),
      5,
      '#ffae3b',
    ) +
    shape('circle', '#ffd04d', 'cx="50" cy="50" r="26"', 3.4) +
    face(50, 52, 1.2),
} satisfies Partial<Record<CardPicture, string>>;
