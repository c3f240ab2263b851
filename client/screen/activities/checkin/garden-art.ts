// The check-in garden's pictures: a closed bud, flowers in six soft colours (each with a small smile,
// like the star), the stem with its leaves, and a friendly sun — drawn as SVG in the screen's ink style.
import type Phaser from 'phaser';
import { face, ink, shape, stroke, svg100 } from '../../art/picture-kit';

export const BUD_KEY = 'checkin-bud';
export const STEM_KEY = 'checkin-stem';
export const SUN_KEY = 'checkin-sun';
export const flowerKey = (i: number): string => `checkin-flower-${i % FLOWERS.length}`;

/** Petal and inner colours: warm and varied, none red or alarming; the order mixes neighbours well. */
const FLOWERS: readonly (readonly [petal: string, inner: string, middle: string])[] = [
  ['#ffb3c7', '#ffd3de', '#ffd45e'],
  ['#ffd45e', '#ffe89c', '#f2a93b'],
  ['#b9a8f0', '#d6ccf7', '#ffd45e'],
  ['#8fd1f0', '#bfe5f7', '#ffd45e'],
  ['#ffb07a', '#ffd0ad', '#ffe38a'],
  ['#f7a8e0', '#fbcdee', '#ffd45e'],
];

const LEAF = '#8fd1a9';
const LEAF_DARK = '#5fae7e';

/** Round petals around a smiling middle. */
function flowerSvg(petal: string, inner: string, middle: string): string {
  let petals = '';
  for (let i = 0; i < 7; i++) {
    const a = (i * 360) / 7;
    petals += `<ellipse cx="50" cy="24" rx="15" ry="21" fill="${petal}" ${ink(3.5)} transform="rotate(${a.toFixed(1)} 50 50)"/>`;
  }
  let shine = '';
  for (let i = 0; i < 7; i++) {
    const a = (i * 360) / 7;
    shine += `<ellipse cx="50" cy="22" rx="6" ry="10" fill="${inner}" transform="rotate(${a.toFixed(1)} 50 50)"/>`;
  }
  return svg100(petals + shine + shape('circle', middle, 'cx="50" cy="50" r="19"', 3.5) + stroke('M38 42 Q40 37 45 35', 3, '#fff6c8') + face(50, 51, 1.05));
}

/** A closed green bud with a hint of colour at the tip: waiting, not missing. */
const BUD_SVG = svg100(
  shape('path', '#cdeec3', 'd="M50 18 C66 34 70 56 62 74 C58 82 42 82 38 74 C30 56 34 34 50 18 Z"', 3.5) +
    `<path d="M50 22 C58 32 60 44 56 52 C52 46 48 46 44 52 C40 44 42 32 50 22 Z" fill="#ffe0ea" opacity="0.9"/>` +
    shape('path', LEAF, 'd="M50 88 C38 86 30 76 32 62 C40 66 46 72 50 80 C54 72 60 66 68 62 C70 76 62 86 50 88 Z"', 3.5),
);

/** A stem on the bottom half with two leaves; the flower or bud sits on its top end. */
const STEM_SVG = svg100(
  stroke('M50 100 C48 80 52 60 50 2', 7, LEAF_DARK) +
    shape('path', LEAF, 'd="M49 62 C38 50 22 52 14 60 C24 70 40 70 49 62 Z"', 3) +
    stroke('M46 62 C36 59 28 59 20 60', 2, LEAF_DARK) +
    shape('path', LEAF, 'd="M51 40 C62 28 78 30 86 38 C76 48 60 48 51 40 Z"', 3) +
    stroke('M54 40 C64 37 72 37 80 38', 2, LEAF_DARK),
);

/** A round sun with soft rays and a smile: it glows warmer as the garden fills. */
function sunSvg(): string {
  let rays = '';
  for (let i = 0; i < 12; i++) {
    const a = (i * Math.PI * 2) / 12;
    const x1 = 50 + Math.cos(a) * 36;
    const y1 = 50 + Math.sin(a) * 36;
    const x2 = 50 + Math.cos(a) * 46;
    const y2 = 50 + Math.sin(a) * 46;
    rays += stroke(`M${x1.toFixed(1)} ${y1.toFixed(1)} L${x2.toFixed(1)} ${y2.toFixed(1)}`, 5, '#f2a93b');
  }
  return svg100(rays + shape('circle', '#ffd04d', 'cx="50" cy="50" r="29"', 3.5) + stroke('M34 38 Q38 30 46 28', 3.5, '#fff3b0') + face(50, 52, 1.5));
}

/** SVG pictures to rasterise before the game starts, with the pixel size each is drawn at. */
export function gardenPictures(): Map<string, { svg: string; px: number }> {
  const out = new Map<string, { svg: string; px: number }>([
    [BUD_KEY, { svg: BUD_SVG, px: 256 }],
    [STEM_KEY, { svg: STEM_SVG, px: 384 }],
    [SUN_KEY, { svg: sunSvg(), px: 384 }],
  ]);
  FLOWERS.forEach(([petal, inner, middle], i) => out.set(flowerKey(i), { svg: flowerSvg(petal, inner, middle), px: 320 }));
  return out;
}

export const GLOW_KEY = 'checkin-glow';

/** A soft warm glow that lights up behind a flower as it opens: painted once per game. */
export function ensureGardenGlow(textures: Phaser.Textures.TextureManager): void {
  if (textures.exists(GLOW_KEY)) return;
  const size = 256;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  const g = ctx.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2);
  g.addColorStop(0, 'rgba(255, 240, 170, 0.95)');
  g.addColorStop(0.4, 'rgba(255, 224, 130, 0.5)');
  g.addColorStop(1, 'rgba(255, 214, 110, 0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, size, size);
  textures.addCanvas(GLOW_KEY, canvas);
}
