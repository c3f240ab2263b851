// The lawn the beds lie on: a soft green field with a gently waving top edge, painted once into a texture.
import type Phaser from 'phaser';
import { DESIGN_H, DESIGN_W } from '../../art/theme';

const KEY = 'garden-lawn';

function paint(top: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = DESIGN_W;
  canvas.height = DESIGN_H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.beginPath();
  ctx.moveTo(0, DESIGN_H);
  ctx.lineTo(0, top + 30);
  // A few wide, low hills along the top edge.
  const hills = 5;
  for (let i = 0; i < hills; i++) {
    const x0 = (i * DESIGN_W) / hills;
    const x1 = ((i + 1) * DESIGN_W) / hills;
    ctx.quadraticCurveTo((x0 + x1) / 2, top - (i % 2 === 0 ? 26 : 10), x1, top + 30);
  }
  ctx.lineTo(DESIGN_W, DESIGN_H);
  ctx.closePath();
  const g = ctx.createLinearGradient(0, top, 0, DESIGN_H);
  g.addColorStop(0, 'rgba(214, 240, 196, 0.95)');
  g.addColorStop(1, 'rgba(184, 226, 160, 0.95)');
  ctx.fillStyle = g;
  ctx.fill();
  // Small grass tufts scattered where the beds leave gaps.
  ctx.strokeStyle = 'rgba(120, 180, 100, 0.5)';
  ctx.lineWidth = 4;
  ctx.lineCap = 'round';
  for (let i = 0; i < 40; i++) {
    const x = ((i * 397) % DESIGN_W) + 20;
    const y = top + 60 + ((i * 233) % (DESIGN_H - top - 80));
    ctx.beginPath();
    ctx.moveTo(x - 8, y);
    ctx.quadraticCurveTo(x - 8, y - 10, x - 12, y - 16);
    ctx.moveTo(x, y);
    ctx.lineTo(x, y - 18);
    ctx.moveTo(x + 8, y);
    ctx.quadraticCurveTo(x + 8, y - 10, x + 12, y - 16);
    ctx.stroke();
  }
  return canvas;
}

export function drawLawn(scene: Phaser.Scene, top: number): Phaser.GameObjects.Image {
  if (!scene.textures.exists(KEY)) scene.textures.addCanvas(KEY, paint(top));
  return scene.add.image(0, 0, KEY).setOrigin(0).setDepth(-90);
}
