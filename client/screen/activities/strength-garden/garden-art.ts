// The Strength Garden's screen pictures: every strength picture, the two kinds of flower head in their colours,
// a sprout for a bed still waiting, a sun and butterflies for the closing celebration. Keys are stable strings.
import { STRENGTH_PICTURES, type StrengthPicture } from '../../../../shared/activities/strength-garden';
import { FLOWER_VARIANTS, flowerHeadSvg, flowerVariant, type FlowerKind } from '../../../common/activities/strength-garden/flowers';
import { strengthPictureSvg } from '../../../common/activities/strength-garden/pictures';
import { face, shape, stroke, svg100 } from '../../art/picture-kit';

export const pictureKey = (p: StrengthPicture): string => `garden-pic:${p}`;
export const headKey = (kind: FlowerKind, flowerKey: string): string => `garden-head:${kind}:${flowerVariant(flowerKey) % FLOWER_VARIANTS[kind]}`;
export const legendKey = (kind: FlowerKind): string => `garden-head:${kind}:0`;
export const SPROUT_KEY = 'garden-sprout';
export const SUN_KEY = 'garden-sun';
export const LEAF_KEY = 'garden-leaf';
export const butterflyKey = (i: number): string => `garden-butterfly-${i % BUTTERFLIES.length}`;

/** Pictures are drawn up to ~110 px on the 1920 design; flower heads up to ~170 px. */
const PICTURE_PX = 192;
const HEAD_PX = 288;

const SPROUT_SVG = svg100(
  shape('path', '#a77a55', 'd="M14 90 Q50 66 86 90 Z"', 3.5) +
    stroke('M50 82 V50', 6, '#5fae6e') +
    shape('path', '#a8e39a', 'd="M50 58 C36 58 26 50 26 38 C40 38 50 46 50 58 Z"', 3.5) +
    shape('path', '#c6ea7c', 'd="M50 52 C62 52 72 44 72 32 C58 32 50 40 50 52 Z"', 3.5),
);

/** A leaf pointing right from its stalk at the left edge's middle; flowers wear them on their stems. */
const LEAF_SVG = svg100(shape('path', '#8fd17e', 'd="M6 50 C26 22 70 18 94 50 C70 82 26 78 6 50 Z"', 5) + stroke('M10 50 Q50 46 86 50', 3.5, '#4f9a5e'));

function sunSvg(): string {
  let rays = '';
  for (let i = 0; i < 12; i++) {
    const a = (i * Math.PI * 2) / 12;
    const p = (r: number) => `${(50 + Math.cos(a) * r).toFixed(1)} ${(50 + Math.sin(a) * r).toFixed(1)}`;
    rays += stroke(`M${p(36)} L${p(46)}`, 5, '#f2a93b');
  }
  return svg100(rays + shape('circle', '#ffd04d', 'cx="50" cy="50" r="29"', 3.5) + stroke('M34 38 Q38 30 46 28', 3.5, '#fff3b0') + face(50, 52, 1.5));
}

/** Butterflies in soft colours: two pairs of round wings and a little smiling body. */
const BUTTERFLIES: readonly (readonly [upper: string, lower: string])[] = [
  ['#ffb3c7', '#ffd3de'],
  ['#b9a8f0', '#d6ccf7'],
  ['#8fd1f0', '#bfe5f7'],
  ['#ffd45e', '#ffe89c'],
];

function butterflySvg(upper: string, lower: string): string {
  return svg100(
    shape('ellipse', upper, 'cx="30" cy="36" rx="22" ry="18" transform="rotate(-20 30 36)"') +
      shape('ellipse', upper, 'cx="70" cy="36" rx="22" ry="18" transform="rotate(20 70 36)"') +
      shape('ellipse', lower, 'cx="34" cy="66" rx="15" ry="13" transform="rotate(20 34 66)"') +
      shape('ellipse', lower, 'cx="66" cy="66" rx="15" ry="13" transform="rotate(-20 66 66)"') +
      shape('ellipse', '#6b4a3a', 'cx="50" cy="52" rx="6" ry="24"', 3) +
      stroke('M47 30 Q42 16 36 14 M53 30 Q58 16 64 14', 2.6),
  );
}

/** SVG pictures to rasterise before the game starts, with the pixel size each is drawn at. */
export function gardenScreenPictures(): Map<string, { svg: string; px: number }> {
  const out = new Map<string, { svg: string; px: number }>();
  for (const p of Object.keys(STRENGTH_PICTURES) as StrengthPicture[]) out.set(pictureKey(p), { svg: strengthPictureSvg(p), px: PICTURE_PX });
  for (const kind of ['self', 'peer'] as const) {
    for (let i = 0; i < FLOWER_VARIANTS[kind]; i++) out.set(`garden-head:${kind}:${i}`, { svg: flowerHeadSvg(kind, i), px: HEAD_PX });
  }
  out.set(SPROUT_KEY, { svg: SPROUT_SVG, px: 160 });
  out.set(LEAF_KEY, { svg: LEAF_SVG, px: 96 });
  out.set(SUN_KEY, { svg: sunSvg(), px: 384 });
  BUTTERFLIES.forEach(([u, l], i) => out.set(butterflyKey(i), { svg: butterflySvg(u, l), px: 160 }));
  return out;
}

export const BUTTERFLY_COUNT = BUTTERFLIES.length;
