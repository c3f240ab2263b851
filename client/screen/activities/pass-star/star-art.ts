// The star's pictures: the friendly star itself and the small gold "had the star" tick (SVG),
// plus a soft glow and a sparkle dot painted with 2D gradients (no SVG filter needed).
import type Phaser from 'phaser';
import { face, ink, starPath, stroke, svg100 } from '../../art/picture-kit';

export const STAR_KEY = 'star';
export const TICK_KEY = 'star-tick';
export const GLOW_KEY = 'star-glow';
export const SPARK_KEY = 'star-spark';

/** Gold with a lighter face and a shine, outlined like the avatars; a small smile makes it a friend. */
const STAR_SVG = svg100(
  `<path d="${starPath(50, 53, 46, 21)}" fill="#ffc531" ${ink(4)}/>` +
    `<path d="${starPath(50, 55, 32, 15)}" fill="#ffd95e"/>` +
    stroke('M30 37 Q33 30 40 27', 4, '#fff6c8') +
    face(50, 56, 1.25),
);

const TICK_SVG = svg100(
  `<circle cx="50" cy="50" r="42" fill="#ffc531" stroke="#ffffff" stroke-width="9"/>` +
    `<circle cx="50" cy="50" r="42" fill="none" ${ink(4)} opacity="0.5"/>` +
    stroke('M30 52 L44 65 L70 36', 11, '#ffffff'),
);

/** SVG pictures to rasterise before the game starts, with the pixel size each is drawn at. */
export function starPictures(): Map<string, { svg: string; px: number }> {
  return new Map([
    [STAR_KEY, { svg: STAR_SVG, px: 320 }],
    [TICK_KEY, { svg: TICK_SVG, px: 128 }],
  ]);
}

function radial(size: number, stops: readonly (readonly [number, string])[]): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  const g = ctx.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2);
  for (const [at, color] of stops) g.addColorStop(at, color);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, size, size);
  return canvas;
}

/** The glow behind the star and the sparkles it leaves: painted once per game. */
export function ensureStarGlows(scene: Phaser.Scene): void {
  if (!scene.textures.exists(GLOW_KEY)) {
    scene.textures.addCanvas(
      GLOW_KEY,
      radial(256, [
        [0, 'rgba(255, 236, 150, 0.95)'],
        [0.35, 'rgba(255, 214, 90, 0.55)'],
        [0.7, 'rgba(255, 200, 80, 0.18)'],
        [1, 'rgba(255, 200, 80, 0)'],
      ]),
    );
  }
  if (!scene.textures.exists(SPARK_KEY)) {
    scene.textures.addCanvas(
      SPARK_KEY,
      radial(64, [
        [0, 'rgba(255, 255, 240, 1)'],
        [0.3, 'rgba(255, 220, 110, 0.9)'],
        [1, 'rgba(255, 200, 80, 0)'],
      ]),
    );
  }
}
