// The calm warm background every screen scene shares: paper colour with a few large soft glows.
// Painted once with 2D radial gradients into a texture: softer than stacked Graphics circles, and
// one image per frame instead of dozens of large overlapping fills.
import type Phaser from 'phaser';
import { COLORS, DESIGN_H, DESIGN_W } from '../art/theme';

const KEY = 'backdrop';

const css = (color: number, alpha: number) => `rgba(${(color >> 16) & 255}, ${(color >> 8) & 255}, ${color & 255}, ${alpha})`;

const GLOWS: readonly (readonly [x: number, y: number, r: number, color: number, alpha: number])[] = [
  [-40, -60, 620, COLORS.peach, 0.95],
  [DESIGN_W + 60, DESIGN_H + 80, 700, COLORS.mint, 0.95],
  [DESIGN_W - 120, 30, 420, COLORS.butter, 0.9],
  [40, DESIGN_H + 20, 480, COLORS.sky, 0.9],
];

const DOTS: readonly (readonly [x: number, y: number, r: number, color: number])[] = [
  [230, 300, 10, COLORS.coral],
  [1700, 250, 8, COLORS.coral],
  [120, 720, 7, 0x7fb8e8],
  [1830, 640, 11, 0x8fd1a9],
  [60, 430, 6, 0xf2b84b],
  [1560, 1040, 8, 0xf2b84b],
  [420, 1046, 6, 0x8fd1a9],
];

function paint(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = DESIGN_W;
  canvas.height = DESIGN_H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.fillStyle = COLORS.paperCss;
  ctx.fillRect(0, 0, DESIGN_W, DESIGN_H);
  for (const [x, y, r, color, alpha] of GLOWS) {
    const g = ctx.createRadialGradient(x, y, 0, x, y, r);
    g.addColorStop(0, css(color, alpha));
    g.addColorStop(0.55, css(color, alpha * 0.55));
    g.addColorStop(1, css(color, 0));
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, DESIGN_W, DESIGN_H);
  }
  for (const [x, y, r, color] of DOTS) {
    ctx.fillStyle = css(color, 0.38);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fill();
  }
  return canvas;
}

export function drawBackdrop(scene: Phaser.Scene): Phaser.GameObjects.Image {
  if (!scene.textures.exists(KEY)) scene.textures.addCanvas(KEY, paint());
  return scene.add.image(0, 0, KEY).setOrigin(0).setDepth(-100);
}
