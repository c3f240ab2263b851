// The check-in garden's ground: two soft green hills across the bottom of the screen, painted once with
// 2D gradients like the backdrop, and the curve of their tops so plants stand on the grass.
import type Phaser from 'phaser';
import { DESIGN_H, DESIGN_W } from '../../art/theme';

const KEY = 'checkin-hills';

/** Where a hill's top edge is at x: a wide, low arc (highest in the middle). */
export interface HillLine {
  top: number;
  edge: number;
}

export const BACK_HILL: HillLine = { top: 840, edge: 905 };
export const FRONT_HILL: HillLine = { top: 930, edge: 985 };

export function hillY(line: HillLine, x: number): number {
  const u = (x - DESIGN_W / 2) / (DESIGN_W / 2);
  return line.top + (line.edge - line.top) * u * u;
}

const TUFTS: readonly (readonly [x: number, dy: number])[] = [
  [130, 40],
  [420, 60],
  [690, 36],
  [1010, 70],
  [1290, 44],
  [1580, 58],
  [1820, 38],
  [280, 118],
  [860, 110],
  [1450, 112],
];

function fillHill(ctx: CanvasRenderingContext2D, line: HillLine, from: string, to: string): void {
  ctx.beginPath();
  ctx.moveTo(0, DESIGN_H);
  for (let x = 0; x <= DESIGN_W; x += 16) ctx.lineTo(x, hillY(line, x));
  ctx.lineTo(DESIGN_W, DESIGN_H);
  ctx.closePath();
  const g = ctx.createLinearGradient(0, line.top, 0, DESIGN_H);
  g.addColorStop(0, from);
  g.addColorStop(1, to);
  ctx.fillStyle = g;
  ctx.fill();
  // A lighter rim along the top: grass catching the light.
  ctx.beginPath();
  for (let x = 0; x <= DESIGN_W; x += 16) ctx[x === 0 ? 'moveTo' : 'lineTo'](x, hillY(line, x) + 3);
  ctx.strokeStyle = 'rgba(255, 255, 240, 0.55)';
  ctx.lineWidth = 6;
  ctx.stroke();
}

function paint(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = DESIGN_W;
  canvas.height = DESIGN_H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  fillHill(ctx, BACK_HILL, '#d5efc9', '#c3e6b6');
  fillHill(ctx, FRONT_HILL, '#b4e0a5', '#9fd492');
  // A few grass tufts so the ground reads as a garden, not a band of colour.
  ctx.fillStyle = 'rgba(95, 174, 126, 0.5)';
  for (const [x, dy] of TUFTS) {
    const y = hillY(FRONT_HILL, x) + dy;
    for (const [lean, h] of [
      [-16, 22],
      [0, 30],
      [16, 22],
    ] as const) {
      // A blade: wide at the ground, curving to a point.
      ctx.beginPath();
      ctx.moveTo(x - 5 + lean * 0.2, y);
      ctx.quadraticCurveTo(x + lean * 0.4, y - h * 0.6, x + lean, y - h);
      ctx.quadraticCurveTo(x + lean * 0.5 + 2, y - h * 0.5, x + 5 + lean * 0.2, y);
      ctx.closePath();
      ctx.fill();
    }
  }
  return canvas;
}

export function drawHills(scene: Phaser.Scene, depth: number): Phaser.GameObjects.Image {
  if (!scene.textures.exists(KEY)) scene.textures.addCanvas(KEY, paint());
  return scene.add.image(0, 0, KEY).setOrigin(0).setDepth(depth);
}
