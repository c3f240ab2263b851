// Strength pictures, second half: abacus … sprout through a rock (bodies of 100 × 100 drawings).
import { blob, child, face, fillPath, heart, INK, line, palm, shape, SKIN, SKIN_2, sparkle, star, tube, WHITE } from './picture-kit';

/** A fluffy pom-pom on a handle: many small puffs as one outlined blob, with lighter puffs inside. */
const pompom = (x: number, y: number, colour: string, light: string, lean: number): string =>
  tube(`M${x} ${y + 12} L${x + lean} ${y + 40}`, 7, '#ffd04d', 3) +
  blob(
    Array.from({ length: 14 }, (_, i) => {
      const a = (i * Math.PI) / 7;
      return `<circle cx="${(x + Math.cos(a) * 15).toFixed(1)}" cy="${(y + Math.sin(a) * 15).toFixed(1)}" r="6.5"/>`;
    }).join('') + `<circle cx="${x}" cy="${y}" r="16"/>`,
    colour,
  ) +
  [
    [-6, -6],
    [5, -8],
    [-9, 4],
    [7, 5],
    [0, 0],
    [-2, 10],
  ]
    .map(([dx, dy]) => `<circle cx="${x + (dx ?? 0)}" cy="${y + (dy ?? 0)}" r="3.2" fill="${light}"/>`)
    .join('');

/** A fist with its little finger reaching up, on the left (mirrored for the right hand). */
const fist = (fill: string): string =>
  blob('<rect x="8" y="60" width="30" height="26" rx="12"/><rect x="0" y="70" width="16" height="22" rx="6"/>', fill, 3) +
  line('M22 64 Q28 66 30 72 M20 72 Q26 74 28 80', 2);

export const PICTURES_B = {
  // A colourful abacus next to 1 + 2 = 3.
  abacus:
    `<text x="50" y="24" text-anchor="middle" font-family="system-ui, sans-serif" font-weight="800" font-size="22" fill="${INK}">1+2=3</text>` +
    shape('rect', '#e0a46e', 'x="10" y="32" width="80" height="58" rx="6"') +
    shape('rect', '#fff3dc', 'x="17" y="38" width="66" height="46" rx="3"', 3) +
    line('M17 50 H83 M17 63 H83 M17 76 H83', 2.4, '#b07a52') +
    [
      [24, 50, '#ff7b7b'],
      [33, 50, '#ff7b7b'],
      [24, 63, '#ffd04d'],
      [33, 63, '#ffd04d'],
      [42, 63, '#ffd04d'],
      [72, 50, '#ff7b7b'],
      [24, 76, '#6cc3f0'],
      [64, 76, '#6cc3f0'],
      [73, 76, '#6cc3f0'],
    ]
      .map(([x, y, c]) => shape('ellipse', String(c), `cx="${x}" cy="${y}" rx="4.6" ry="5.2"`, 2.4))
      .join(''),

  // A tower of building blocks.
  blocks:
    shape('rect', '#6cc3f0', 'x="12" y="66" width="26" height="26" rx="3"') +
    shape('rect', '#8fd17e', 'x="40" y="66" width="26" height="26" rx="3"') +
    shape('rect', '#ffd04d', 'x="26" y="40" width="26" height="26" rx="3"') +
    shape('rect', '#ff7b7b', 'x="34" y="14" width="26" height="26" rx="3" transform="rotate(8 47 27)"') +
    fillPath('M70 92 L82 68 L94 92 Z', '#b9a3f0') +
    star(25, 79, 6, WHITE, 2) +
    shape('circle', WHITE, 'cx="53" cy="79" r="5"', 2) +
    fillPath('M39 46 L45 53 L39 60 L33 53 Z', WHITE, 2) +
    heart(47, 27, 6, WHITE, 2) +
    sparkle(82, 34, 7) +
    sparkle(16, 30, 5, '#ff9fb2'),

  // Two hands sharing a cookie broken in half.
  sharing:
    `<g transform="translate(28 70) scale(.72) rotate(28)">${palm(SKIN)}</g>` +
    `<g transform="translate(72 70) scale(-.72 .72) rotate(28)">${palm(SKIN_2)}</g>` +
    fillPath('M40 26 A22 22 0 1 0 40 70 L36 62 L42 54 L36 46 L42 38 L36 30 Z', '#e7b36b') +
    fillPath('M60 26 A22 22 0 1 1 60 70 L56 62 L62 54 L56 46 L62 38 L56 30 Z', '#e7b36b') +
    [
      [24, 40],
      [30, 56],
      [18, 52],
      [70, 38],
      [76, 54],
      [66, 60],
    ]
      .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="3" fill="#7a4535"/>`)
      .join('') +
    heart(50, 14, 7, '#ff6f7d', 2.6),

  // Two friends in a warm hug.
  hug:
    child(36, 36, 1.05, '#7cc4f2', '#6b4a3a') +
    child(64, 36, 1.05, '#ffb26b', '#2f2622', SKIN_2) +
    tube('M27 62 Q46 74 66 60', 7, SKIN, 3) +
    tube('M73 62 Q54 76 34 60', 7, SKIN_2, 3) +
    heart(50, 12, 8, '#ff6f7d', 2.6),

  // A smiling sun.
  sun:
    Array.from({ length: 12 }, (_, i) => {
      const a = (i * Math.PI) / 6;
      const c = Math.cos(a);
      const s = Math.sin(a);
      return line(`M${(50 + c * 34).toFixed(1)} ${(50 + s * 34).toFixed(1)} L${(50 + c * 45).toFixed(1)} ${(50 + s * 45).toFixed(1)}`, 5, '#f2a93b');
    }).join('') +
    shape('circle', '#ffd04d', 'cx="50" cy="50" r="27"') +
    line('M33 38 Q37 30 45 28', 3.5, '#fff3b0') +
    face(50, 52, 1.5),

  // A hand offering a flower tied with a little bow: please and thank you.
  'thank-you-flower':
    tube('M30 80 Q44 56 58 36', 4, '#5fae6e', 3) +
    fillPath('M44 58 C34 56 30 48 32 42 C40 44 44 50 44 58 Z', '#8fd17e', 2.6) +
    Array.from({ length: 6 }, (_, i) => {
      const a = (i * Math.PI) / 3;
      return shape('circle', '#ff8fb3', `cx="${(62 + Math.cos(a) * 11).toFixed(1)}" cy="${(28 + Math.sin(a) * 11).toFixed(1)}" r="8.5"`, 3);
    }).join('') +
    shape('circle', '#ffd04d', 'cx="62" cy="28" r="8"', 3) +
    fillPath('M46 62 L36 56 L38 68 Z M46 62 L54 70 L42 72 Z', '#b9a3f0', 2.4) +
    blob('<rect x="8" y="70" width="34" height="22" rx="10"/><rect x="26" y="64" width="18" height="12" rx="6"/>', SKIN, 3) +
    line('M20 74 H32 M20 82 H32', 2.2) +
    sparkle(86, 52, 6) +
    sparkle(30, 24, 5, '#6cc3f0'),

  // A calm lake with a leaf floating on still water.
  'calm-lake':
    fillPath('M0 56 Q24 40 46 50 Q70 34 100 52 V64 H0 Z', '#b6e3a0') +
    shape('ellipse', '#8fd0f0', 'cx="50" cy="70" rx="46" ry="22"') +
    line('M18 68 H34 M62 80 H80 M40 84 H52', 2.6, WHITE) +
    fillPath('M44 66 C50 56 64 58 68 64 C62 72 50 72 44 66 Z', '#8fd17e', 2.6) +
    line('M46 66 Q56 64 66 64', 1.8, '#4f9a5e') +
    line('M12 74 V52 M18 76 V58', 3, '#5fae6e') +
    shape('ellipse', '#b07a52', 'cx="12" cy="50" rx="3" ry="6"', 2) +
    shape('circle', '#ffd04d', 'cx="80" cy="22" r="11"', 3) +
    face(80, 23, 0.6),

  // Two puzzle pieces clicking together.
  puzzle:
    fillPath('M10 30 H44 V41 C52 36 60 42 60 50 C60 58 52 64 44 59 V72 H10 Z', '#6cc3f0') +
    fillPath('M48 30 H90 V72 H48 V60 C56 64 62 58 62 50 C62 42 56 36 48 40 Z', '#ffd04d') +
    line('M16 36 Q16 32 22 32', 3, '#d2ecfb') +
    line('M54 36 Q54 32 60 32', 3, '#fff3b0') +
    sparkle(50, 18, 7) +
    sparkle(26, 86, 5, '#ff9fb2') +
    sparkle(76, 86, 5, '#b9a3f0'),

  // Cheering pom-poms with stars.
  pompoms:
    pompom(30, 40, '#ff8fb3', '#ffd0e0', 8) +
    pompom(70, 40, '#6cc3f0', '#cdeafb', -8) +
    line('M8 30 Q4 40 8 50 M92 30 Q96 40 92 50', 3, '#b9a3f0') +
    +star(50, 16, 8, '#ffd04d') +
    star(14, 76, 6, '#ffd04d') +
    star(86, 76, 6, '#ffd04d'),

  // Two children side by side, arms around each other's shoulders.
  'two-friends':
    child(34, 30, 1.15, '#8fd17e', '#2f2622', SKIN_2) +
    child(66, 30, 1.15, '#ff8fb3', '#b5653a') +
    tube('M27 50 Q50 42 70 56', 6, SKIN_2, 3) +
    tube('M73 52 Q50 40 30 54', 6, SKIN, 3) +
    sparkle(50, 12, 6) +
    sparkle(10, 20, 4, '#ff9fb2') +
    sparkle(90, 20, 4, '#6cc3f0'),

  // A paw print next to a small heart.
  paw:
    shape('ellipse', '#c98b5a', 'cx="44" cy="66" rx="20" ry="17"') +
    shape('ellipse', '#c98b5a', 'cx="22" cy="44" rx="8" ry="10" transform="rotate(-20 22 44)"') +
    shape('ellipse', '#c98b5a', 'cx="36" cy="30" rx="8" ry="10.5" transform="rotate(-6 36 30)"') +
    shape('ellipse', '#c98b5a', 'cx="53" cy="30" rx="8" ry="10.5" transform="rotate(6 53 30)"') +
    shape('ellipse', '#c98b5a', 'cx="66" cy="44" rx="8" ry="10" transform="rotate(20 66 44)"') +
    `<ellipse cx="44" cy="68" rx="11" ry="8" fill="#f7b0a0"/>` +
    heart(80, 22, 11, '#ff6f7d'),

  // Two speech bubbles: "Hi" and "你好".
  'speech-bubbles':
    fillPath('M8 10 H54 A8 8 0 0 1 62 18 V40 A8 8 0 0 1 54 48 H26 L14 60 L16 48 H8 A8 8 0 0 1 0 40 V18 A8 8 0 0 1 8 10 Z', '#ffe29a', 3) +
    `<text x="31" y="38" text-anchor="middle" font-family="system-ui, sans-serif" font-weight="800" font-size="22" fill="${INK}">Hi</text>` +
    fillPath('M40 46 H92 A8 8 0 0 1 100 54 V78 A8 8 0 0 1 92 86 H86 L86 98 L72 86 H40 A8 8 0 0 1 32 78 V54 A8 8 0 0 1 40 46 Z', '#bfe3fa', 3) +
    `<text x="66" y="75" text-anchor="middle" font-family="'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif" font-weight="800" font-size="21" fill="${INK}">你好</text>`,

  // Two little fingers hooked together in a promise, a heart above.
  'pinky-promise':
    fist(SKIN) +
    `<g transform="translate(100 0) scale(-1 1)">${fist(SKIN_2)}</g>` +
    tube('M30 62 Q36 40 52 36 Q60 36 58 44', 7, SKIN, 3) +
    tube('M70 62 Q64 42 48 44 Q40 46 44 54', 7, SKIN_2, 3) +
    // The left finger passes over the right one here, so the two read as linked.
    line('M52 36 Q60 36 58 44', 7 + 6, INK) +
    line('M52 36 Q60 36 58 44', 7, SKIN) +
    heart(50, 14, 9, '#ff6f7d', 2.6) +
    sparkle(16, 30, 5) +
    sparkle(86, 30, 5, '#6cc3f0'),

  // Two hands meeting in a friendly handshake, with a sparkle.
  handshake:
    tube('M2 64 L26 58', 16, '#7cc4f2') +
    tube('M98 64 L74 58', 16, '#ffb26b') +
    blob('<rect x="26" y="46" width="36" height="22" rx="11"/><rect x="50" y="42" width="14" height="10" rx="5"/>', SKIN, 3) +
    blob('<rect x="40" y="52" width="36" height="22" rx="11"/><rect x="36" y="62" width="14" height="10" rx="5" />', SKIN_2, 3) +
    line('M46 56 V66 M54 56 V67 M62 56 V66', 2.2) +
    sparkle(50, 22, 10) +
    sparkle(24, 30, 5, '#ff9fb2') +
    sparkle(78, 30, 5, '#b9a3f0'),

  // A little house with a broom and a watering can by the door.
  'home-helper':
    fillPath('M16 46 L50 16 L84 46 Z', '#ff7b7b') +
    shape('rect', '#fff0c8', 'x="22" y="44" width="56" height="46" rx="2"') +
    shape('rect', '#c98b5a', 'x="43" y="62" width="14" height="28" rx="2"', 3) +
    `<circle cx="54" cy="77" r="1.6" fill="${INK}"/>` +
    shape('rect', '#bfe3fa', 'x="28" y="52" width="11" height="11" rx="1"', 3) +
    shape('rect', '#bfe3fa', 'x="61" y="52" width="11" height="11" rx="1"', 3) +
    line('M4 94 H96', 3.5, '#8fd17e') +
    line('M14 50 L22 86', 3.5, '#b07a52') +
    fillPath('M16 84 L30 84 L32 94 L12 94 Z', '#ffd04d', 2.6) +
    line('M17 88 L16 94 M22 88 V94 M27 88 L28 94', 1.6) +
    fillPath('M66 80 H84 L82 94 H68 Z', '#6cc3f0', 2.6) +
    line('M84 84 L92 78 M66 84 Q60 86 66 90', 2.6) +
    sparkle(84, 18, 6),

  // A green sprout growing up through a crack in a rock.
  'sprout-rock':
    fillPath('M8 92 C6 72 16 58 32 56 L44 54 L40 66 L48 74 L44 92 Z', '#b8c2c8') +
    fillPath('M92 92 C96 72 86 58 70 56 L56 54 L60 64 L52 74 L56 92 Z', '#a6b1b8') +
    line('M18 70 Q24 64 30 66 M74 66 Q80 68 84 74', 2.4, '#7d898f') +
    tube('M50 80 Q48 56 52 34', 4, '#5fae6e', 3) +
    fillPath('M52 42 C40 42 30 34 30 24 C42 24 52 30 52 42 Z', '#8fd17e') +
    fillPath('M52 36 C62 36 72 28 72 18 C60 18 52 24 52 36 Z', '#a8e39a') +
    sparkle(18, 26, 7) +
    sparkle(84, 40, 5, '#ff9fb2'),
} as const;
