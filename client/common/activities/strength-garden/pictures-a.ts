// Strength pictures, first half: heart … open book (bodies of 100 × 100 drawings, see pictures.ts).
import { blob, child, fillPath, heart, INK, ink, line, palm, shape, SKIN, SKIN_2, sparkle, star, tube, WHITE } from './picture-kit';

/** Sound or motion: three short curved strokes fanning out from (x, y) towards `dir` (1 right, -1 left). */
const waves = (x: number, y: number, dir: number, colour: string): string =>
  [0, 1, 2].map((i) => line(`M${x + dir * i * 7} ${y - 8 - i * 5} Q${x + dir * (5 + i * 9)} ${y} ${x + dir * i * 7} ${y + 8 + i * 5}`, 3.5, colour)).join('');

/** A small eighth note at (x, y) (the head's centre). */
const note = (x: number, y: number, colour: string, s = 1): string =>
  line(`M${x + 4.5 * s} ${y} V${y - 17 * s} Q${x + 11 * s} ${y - 13 * s} ${x + 13 * s} ${y - 7 * s}`, 2.8) +
  shape('ellipse', colour, `cx="${x}" cy="${y}" rx="${5.5 * s}" ry="${4.3 * s}" transform="rotate(-20 ${x} ${y})"`, 2.8);

export const PICTURES_A = {
  // A warm heart held in two cupped hands.
  heart:
    heart(50, 36, 22, '#ff6f7d') +
    fillPath('M6 58 C6 80 26 92 50 92 V74 C34 74 22 68 16 57 C13 51 6 52 6 58 Z', SKIN) +
    fillPath('M94 58 C94 80 74 92 50 92 V74 C66 74 78 68 84 57 C87 51 94 52 94 58 Z', SKIN) +
    line('M18 70 Q22 76 28 78 M82 70 Q78 76 72 78', 2.4) +
    sparkle(16, 20, 6) +
    sparkle(86, 18, 5, '#ff9fb2'),

  // A smiling lion cub, standing tall: a round mane and a proud little face.
  lion:
    blob(
      Array.from({ length: 12 }, (_, i) => {
        const a = (i * Math.PI) / 6;
        return `<circle cx="${(50 + Math.cos(a) * 30).toFixed(1)}" cy="${(50 + Math.sin(a) * 30).toFixed(1)}" r="12"/>`;
      }).join('') + '<circle cx="50" cy="50" r="30"/>',
      '#f4a340',
    ) +
    shape('circle', '#ffd27a', 'cx="31" cy="29" r="8"') +
    shape('circle', '#ffd27a', 'cx="69" cy="29" r="8"') +
    `<circle cx="31" cy="29" r="3.6" fill="#f7b0a0"/><circle cx="69" cy="29" r="3.6" fill="#f7b0a0"/>` +
    shape('circle', '#ffd27a', 'cx="50" cy="53" r="25"') +
    `<ellipse cx="50" cy="64" rx="12" ry="9" fill="#fff0c8"/>` +
    `<circle cx="41" cy="49" r="3" fill="${INK}"/><circle cx="59" cy="49" r="3" fill="${INK}"/>` +
    `<circle cx="42" cy="48" r="1" fill="#fff"/><circle cx="60" cy="48" r="1" fill="#fff"/>` +
    fillPath('M45 57 H55 L50 62 Z', '#8a4b3a', 2.4) +
    line('M50 62 V65 M43 65 Q46.5 69 50 65 Q53.5 69 57 65', 2.4) +
    `<circle cx="36" cy="60" r="3" fill="#ff9fa8" opacity=".75"/><circle cx="64" cy="60" r="3" fill="#ff9fa8" opacity=".75"/>`,

  // A crayon drawing a rainbow on a sheet of paper.
  crayon:
    shape('rect', WHITE, 'x="8" y="16" width="74" height="62" rx="5" transform="rotate(-6 45 47)"') +
    line('M18 66 Q40 22 66 52', 6, '#ff7b7b') +
    line('M24 68 Q41 34 62 56', 6, '#ffd04d') +
    line('M30 69 Q43 45 58 59', 6, '#6cc3f0') +
    `<g transform="translate(66 52) rotate(-40)">` +
    fillPath('M-7 8 L0 -6 L7 8 Z', '#ff7b7b', 3) +
    shape('rect', '#ff7b7b', 'x="-7" y="8" width="14" height="38" rx="2"', 3) +
    shape('rect', '#ffe3a3', 'x="-7" y="17" width="14" height="16"', 3) +
    `</g>`,

  // A football and a skipping rope.
  ball:
    tube('M70 26 C100 40 102 84 72 92 C58 96 46 92 40 86', 3.5, '#ff8fb3', 2.5) +
    shape('rect', '#7cc4f2', 'x="64" y="14" width="11" height="20" rx="5" transform="rotate(-20 69 24)"', 3) +
    shape('rect', '#7cc4f2', 'x="28" y="80" width="20" height="11" rx="5" transform="rotate(20 38 85)"', 3) +
    shape('circle', WHITE, 'cx="40" cy="48" r="28"') +
    fillPath('M40 38 L49.5 45 L46 56 H34 L30.5 45 Z', INK, 2) +
    line('M40 38 V22 M49.5 45 L63 40 M46 56 L54 69 M34 56 L26 69 M30.5 45 L17 40', 2.6) +
    fillPath('M34 22 Q40 19 46 22 L40 26 Z', INK, 1.5) +
    shape('circle', 'none', 'cx="40" cy="48" r="28"'),

  // One hand reaching down to help another hand up: two open hands meeting, wrist to fingers.
  'helping-hands':
    tube('M96 2 L74 22', 14, '#7cc4f2') +
    `<g transform="translate(62 36) rotate(-138) scale(.9)">${palm(SKIN_2)}</g>` +
    tube('M4 98 L26 78', 14, '#ffb26b') +
    `<g transform="translate(38 64) rotate(42) scale(.9)">${palm(SKIN)}</g>` +
    sparkle(20, 24, 8) +
    sparkle(82, 78, 6, '#ff9fb2') +
    sparkle(14, 50, 4, '#6cc3f0'),

  // A laughing face, eyes squeezed shut with happiness.
  laugh:
    shape('circle', '#ffd04d', 'cx="50" cy="52" r="40"') +
    line('M25 44 Q33 34 41 44 M59 44 Q67 34 75 44', 4.5) +
    fillPath('M27 56 H73 Q73 86 50 86 Q27 86 27 56 Z', '#8a4535') +
    `<path d="M31 57.5 H69 V62 Q50 66 31 62 Z" fill="${WHITE}"/>` +
    `<path d="M38 78 Q50 69 62 78 Q56 84 50 84 Q44 84 38 78 Z" fill="#ff9fb2"/>` +
    `<circle cx="19" cy="56" r="5" fill="#ff9fa8" opacity=".8"/><circle cx="81" cy="56" r="5" fill="#ff9fa8" opacity=".8"/>` +
    fillPath('M12 36 Q8 44 12 47 Q16 44 12 36 Z', '#9fd8f7', 2.2) +
    fillPath('M88 36 Q84 44 88 47 Q92 44 88 36 Z', '#9fd8f7', 2.2) +
    line('M30 26 Q38 16 50 14', 3.5, '#fff3b0'),

  // A child planting a flag on the top of a hill.
  'mountain-flag':
    fillPath('M-4 96 Q26 52 52 56 Q78 58 104 96 Z', '#b6e3a0') +
    fillPath('M2 96 Q38 40 64 46 Q84 52 98 96 Z', '#8fd17e') +
    line('M30 76 q4-4 8 0 M62 70 q4-4 8 0', 2.4, '#5fae6e') +
    line('M66 46 V10', 3.5) +
    fillPath('M66 11 L88 18 L66 26 Z', '#ff7b7b', 3) +
    tube('M52 30 L64 22', 4, '#ffb26b', 2.5) +
    child(48, 20, 0.62, '#ffb26b', '#6b4a3a') +
    sparkle(16, 18, 7) +
    sparkle(90, 40, 5, '#ff9fb2'),

  // A big friendly ear with sound waves coming in.
  ear:
    fillPath('M54 12 C80 10 92 34 84 54 C79 66 70 68 68 80 C66 92 50 94 46 84 C43 77 50 74 50 68 C42 66 36 56 36 42 C36 24 44 13 54 12 Z', SKIN) +
    line('M50 30 C56 22 70 24 72 36 C74 46 64 50 62 56 M56 44 Q62 40 60 34', 3) +
    waves(22, 46, -1, '#6cc3f0'),

  // A hand waving hello.
  'waving-hand':
    `<g transform="translate(52 54) scale(1.25) rotate(-14)">${palm(SKIN)}</g>` +
    line('M14 30 Q8 40 12 50 M22 24 Q14 36 18 48', 3.5, '#6cc3f0') +
    line('M86 30 Q92 40 88 50 M78 24 Q86 36 82 48', 3.5, '#6cc3f0') +
    sparkle(84, 14, 6),

  // A speech bubble with a small heart inside: telling the truth, kindly.
  'open-heart-bubble':
    fillPath('M16 14 H84 A10 10 0 0 1 94 24 V64 A10 10 0 0 1 84 74 H44 L24 92 L28 74 H16 A10 10 0 0 1 6 64 V24 A10 10 0 0 1 16 14 Z', '#d8ecfb') +
    heart(50, 45, 17, '#ff6f7d') +
    sparkle(80, 26, 5),

  // A watering can gently watering a little sprout.
  'watering-can':
    fillPath('M56 94 Q74 76 92 94 Z', '#b07a52') +
    line('M74 84 V70', 3.5, '#4f9a5e') +
    fillPath('M74 72 C66 72 62 66 62 60 C70 60 74 64 74 72 Z', '#8fd17e', 2.6) +
    fillPath('M74 70 C80 70 86 64 86 58 C78 58 74 62 74 70 Z', '#8fd17e', 2.6) +
    `<g fill="#6cc3f0" ${ink(2)}><path d="M66 52 q-3 6 0 7 q3 -1 0 -7z"/><path d="M76 48 q-3 6 0 7 q3 -1 0 -7z"/><path d="M71 60 q-3 6 0 7 q3 -1 0 -7z"/></g>` +
    `<g transform="rotate(18 36 44)">` +
    tube('M52 38 L76 24', 5, '#7cc4f2', 3) +
    shape('rect', '#7cc4f2', 'x="70" y="16" width="9" height="14" rx="3" transform="rotate(-30 74 23)"', 3) +
    line('M18 34 C6 34 6 58 18 58', 5) +
    fillPath('M16 28 H54 L50 64 H20 Z', '#7cc4f2') +
    line('M22 40 H48', 3, '#bfe3fa') +
    `</g>`,

  // A glowing light bulb: a bright idea.
  lightbulb:
    [0, 1, 2, 3, 4, 5, 6]
      .map((i) => {
        const a = Math.PI + (i * Math.PI) / 6;
        const c = Math.cos(a);
        const s = Math.sin(a);
        return line(`M${(50 + c * 34).toFixed(1)} ${(40 + s * 34).toFixed(1)} L${(50 + c * 44).toFixed(1)} ${(40 + s * 44).toFixed(1)}`, 4, '#f2a93b');
      })
      .join('') +
    fillPath('M50 14 C66 14 76 26 76 40 C76 52 66 58 64 68 H36 C34 58 24 52 24 40 C24 26 34 14 50 14 Z', '#ffe066') +
    line('M42 58 Q42 46 46 44 Q50 50 54 44 Q58 46 58 58', 2.6, '#e08a2e') +
    shape('rect', '#cfd8dc', 'x="36" y="68" width="28" height="16" rx="4"') +
    line('M38 76 H62', 2.6) +
    shape('rect', '#9aa7ad', 'x="43" y="84" width="14" height="6" rx="3"', 3) +
    line('M34 30 Q38 22 46 20', 3.5, '#fff8d0') +
    sparkle(16, 70, 6) +
    sparkle(86, 68, 5, '#ff9fb2'),

  // A magnifying glass looking at a ladybird on a leaf.
  magnifier:
    fillPath('M8 86 C12 54 40 40 70 44 C64 70 40 90 8 86 Z', '#8fd17e') +
    line('M12 82 L58 50 M26 72 L30 60 M38 64 L44 56', 2.6, '#4f9a5e') +
    tube('M66 66 L88 90', 8, '#b07a52') +
    shape('circle', '#e6f5fd', 'cx="46" cy="46" r="28"', 5) +
    shape('circle', '#ff6b5e', 'cx="46" cy="50" r="11"', 3) +
    fillPath('M37 44 A11 11 0 0 1 55 44 Z', INK, 2) +
    line('M46 44 V61', 2) +
    `<circle cx="41" cy="51" r="2.4" fill="${INK}"/><circle cx="51" cy="51" r="2.4" fill="${INK}"/><circle cx="42" cy="57" r="2" fill="${INK}"/><circle cx="50" cy="57" r="2" fill="${INK}"/>` +
    line('M42 38 L39 33 M50 38 L53 33', 2) +
    line('M28 32 Q32 24 40 22', 3.5, WHITE),

  // Two joined music notes.
  'music-note':
    line('M36 74 V28 L78 18 V64', 6) +
    fillPath('M36 24 L78 14 V28 L36 38 Z', INK, 3) +
    shape('ellipse', '#b9a3f0', 'cx="27" cy="75" rx="13" ry="10" transform="rotate(-20 27 75)"', 4) +
    shape('ellipse', '#ff8fb3', 'cx="69" cy="65" rx="13" ry="10" transform="rotate(-20 69 65)"', 4) +
    sparkle(14, 28, 6) +
    sparkle(90, 84, 5, '#6cc3f0'),

  // A microphone with little notes floating out.
  microphone:
    tube('M40 52 L20 86', 9, '#b9a3f0') +
    shape('circle', '#cfd8dc', 'cx="46" cy="36" r="20"') +
    line('M32 26 Q46 20 60 26 M28 36 H64 M32 46 Q46 52 60 46 M46 16 V56', 2.2, '#8d9aa0') +
    shape('rect', '#9c88e6', 'x="33" y="50" width="18" height="9" rx="3" transform="rotate(30 42 54)"', 3) +
    note(74, 44, '#ff8fb3') +
    note(84, 24, '#6cc3f0', 0.8) +
    sparkle(86, 66, 5),

  // A pair of ballet shoes seen from above, bows at the toes, ribbons swirling as they dance.
  'dancing-shoes':
    line('M30 78 Q18 92 6 84 Q0 78 8 72 M34 80 Q40 94 28 98', 3, '#ff6f9a') +
    line('M70 72 Q84 86 96 78 M66 74 Q64 90 76 94', 3, '#ff6f9a') +
    `<g transform="rotate(-14 32 50)">` +
    shape('ellipse', '#ff9fc0', 'cx="32" cy="50" rx="15" ry="32"') +
    shape('ellipse', '#ffe1ec', 'cx="32" cy="60" rx="9" ry="17"', 2.6) +
    fillPath('M32 30 L24 25 L25 35 Z M32 30 L40 25 L39 35 Z', '#ff6f9a', 2.2) +
    `</g>` +
    `<g transform="rotate(14 68 44)">` +
    shape('ellipse', '#ff9fc0', 'cx="68" cy="44" rx="15" ry="32"') +
    shape('ellipse', '#ffe1ec', 'cx="68" cy="54" rx="9" ry="17"', 2.6) +
    fillPath('M68 24 L60 19 L61 29 Z M68 24 L76 19 L75 29 Z', '#ff6f9a', 2.2) +
    `</g>` +
    line('M6 22 Q14 10 24 16 M80 6 Q92 4 94 16', 3, '#b9a3f0') +
    sparkle(50, 10, 6) +
    sparkle(92, 40, 4, '#6cc3f0'),

  // An open book with stars rising from the pages.
  'open-book':
    fillPath('M6 50 V90 Q28 84 50 92 Q72 84 94 90 V50 Z', '#7cc4f2') +
    fillPath('M50 52 Q32 42 12 46 V84 Q32 80 50 88 Z', WHITE) +
    fillPath('M50 52 Q68 42 88 46 V84 Q68 80 50 88 Z', WHITE) +
    line('M20 56 Q30 53 42 58 M20 66 Q30 63 42 68 M58 58 Q70 53 80 56 M58 68 Q70 63 80 66', 2.6, '#b9cdd2') +
    line('M50 52 V88', 3) +
    star(34, 26, 9, '#ffd04d') +
    star(62, 14, 7, '#ff9fb2') +
    star(72, 34, 6, '#b9a3f0') +
    line('M40 44 Q38 38 36 36 M56 44 Q60 32 62 22', 2, '#f2c24b'),
} as const;
