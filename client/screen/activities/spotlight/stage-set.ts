// The Spotlight's stage, painted once into textures with 2D gradients: a warm wall, soft rose curtains
// tied back at the sides, a scalloped valance with little lights, a wooden floor, and the light cone.
import type Phaser from 'phaser';
import { DESIGN_H, DESIGN_W } from '../../art/theme';

const SET_KEY = 'spotlight-set';
const VALANCE_KEY = 'spotlight-valance';
const CONE_KEY = 'spotlight-cone';
const VALANCE_H = 190;

/** Where the stage floor begins; the scene lays out on top of it. */
export const FLOOR_Y = 800;
export const CONE_W = 900;
export const CONE_TOP = 60;
const CONE_H = 820;

const CURTAIN = ['#c9574a', '#e27e67', '#d2624f', '#b94a3f', '#de7660', '#c65549'];

function ctx2d(w: number, h: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  return [canvas, ctx];
}

function wallAndFloor(ctx: CanvasRenderingContext2D): void {
  const wall = ctx.createLinearGradient(0, 0, 0, FLOOR_Y);
  wall.addColorStop(0, '#fbdcc4');
  wall.addColorStop(1, '#fff1e2');
  ctx.fillStyle = wall;
  ctx.fillRect(0, 0, DESIGN_W, FLOOR_Y);
  const floor = ctx.createLinearGradient(0, FLOOR_Y, 0, DESIGN_H);
  floor.addColorStop(0, '#f3cc98');
  floor.addColorStop(1, '#e3a96e');
  ctx.fillStyle = floor;
  ctx.fillRect(0, FLOOR_Y, DESIGN_W, DESIGN_H - FLOOR_Y);
  ctx.strokeStyle = 'rgba(150, 90, 40, 0.16)';
  ctx.lineWidth = 3;
  const rows = [FLOOR_Y + 46, FLOOR_Y + 104, FLOOR_Y + 176, FLOOR_Y + 262];
  let prev = FLOOR_Y;
  rows.forEach((y, i) => {
    ctx.beginPath();
    ctx.moveTo(0, y);
    ctx.lineTo(DESIGN_W, y);
    ctx.stroke();
    for (let x = (i % 2) * 190 + 120; x < DESIGN_W; x += 380) {
      ctx.beginPath();
      ctx.moveTo(x, prev + 4);
      ctx.lineTo(x, y - 4);
      ctx.stroke();
    }
    prev = y;
  });
  // The stage's front lip catches the light.
  ctx.fillStyle = '#fbe0b8';
  ctx.fillRect(0, FLOOR_Y - 4, DESIGN_W, 10);
  ctx.fillStyle = 'rgba(150, 90, 40, 0.12)';
  ctx.fillRect(0, FLOOR_Y + 6, DESIGN_W, 6);
}

/** One curtain, drawn for the left side; the right one is the same mirrored. */
function curtain(ctx: CanvasRenderingContext2D): void {
  ctx.beginPath();
  ctx.moveTo(0, 0);
  ctx.lineTo(250, 0);
  ctx.bezierCurveTo(250, 260, 170, 500, 118, 610);
  ctx.bezierCurveTo(150, 690, 190, 760, 200, FLOOR_Y + 10);
  ctx.lineTo(0, FLOOR_Y + 10);
  ctx.closePath();
  const folds = ctx.createLinearGradient(0, 0, 250, 0);
  CURTAIN.forEach((c, i) => folds.addColorStop(i / (CURTAIN.length - 1), c));
  ctx.fillStyle = folds;
  ctx.fill();
  ctx.strokeStyle = 'rgba(120, 40, 30, 0.25)';
  ctx.lineWidth = 4;
  ctx.stroke();
  // The gold tie-back.
  ctx.fillStyle = '#f2c05b';
  ctx.strokeStyle = '#c98f2e';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.ellipse(70, 612, 80, 18, 0.08, 0, Math.PI * 2);
  ctx.fill();
  ctx.stroke();
}

function valance(ctx: CanvasRenderingContext2D): void {
  const h = 64;
  const r = 48;
  ctx.fillStyle = '#bf4f42';
  ctx.beginPath();
  ctx.moveTo(0, 0);
  ctx.lineTo(DESIGN_W, 0);
  ctx.lineTo(DESIGN_W, h);
  for (let x = DESIGN_W; x > 0; x -= r * 2) ctx.arc(x - r, h, r, 0, Math.PI, false);
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = '#f2c05b';
  ctx.lineWidth = 6;
  ctx.beginPath();
  ctx.moveTo(0, h - 20);
  ctx.lineTo(DESIGN_W, h - 20);
  ctx.stroke();
  // A string of small warm lights under the valance.
  ctx.strokeStyle = 'rgba(90, 60, 40, 0.35)';
  ctx.lineWidth = 2;
  ctx.beginPath();
  const sag = (x: number) => 134 + Math.sin(((x % 480) / 480) * Math.PI) * 26;
  for (let x = 0; x <= DESIGN_W; x += 8) (x === 0 ? ctx.moveTo : ctx.lineTo).call(ctx, x, sag(x));
  ctx.stroke();
  const bulbs = ['#fff3a8', '#ffd0b0', '#d8f0c8', '#ffe08a', '#cfe4ff'];
  for (let i = 0, x = 60; x < DESIGN_W; x += 120, i++) {
    const y = sag(x) + 10;
    const glow = ctx.createRadialGradient(x, y, 0, x, y, 26);
    glow.addColorStop(0, 'rgba(255, 240, 170, 0.55)');
    glow.addColorStop(1, 'rgba(255, 240, 170, 0)');
    ctx.fillStyle = glow;
    ctx.fillRect(x - 26, y - 26, 52, 52);
    ctx.fillStyle = bulbs[i % bulbs.length] ?? '#fff3a8';
    ctx.beginPath();
    ctx.ellipse(x, y, 8, 11, 0, 0, Math.PI * 2);
    ctx.fill();
  }
}

function paintSet(): HTMLCanvasElement {
  const [canvas, ctx] = ctx2d(DESIGN_W, DESIGN_H);
  wallAndFloor(ctx);
  curtain(ctx);
  ctx.save();
  ctx.translate(DESIGN_W, 0);
  ctx.scale(-1, 1);
  curtain(ctx);
  ctx.restore();
  return canvas;
}

function paintValance(): HTMLCanvasElement {
  const [canvas, ctx] = ctx2d(DESIGN_W, VALANCE_H);
  valance(ctx);
  return canvas;
}

/** A soft beam from above widening to a pool of light on the floor. */
function paintCone(): HTMLCanvasElement {
  const [canvas, ctx] = ctx2d(CONE_W, CONE_H);
  const pool = CONE_H - 90;
  const beam = ctx.createLinearGradient(0, 0, 0, pool);
  beam.addColorStop(0, 'rgba(255, 252, 230, 0.62)');
  beam.addColorStop(1, 'rgba(255, 246, 200, 0.22)');
  ctx.fillStyle = beam;
  ctx.beginPath();
  ctx.moveTo(CONE_W / 2 - 70, 0);
  ctx.lineTo(CONE_W / 2 + 70, 0);
  ctx.lineTo(CONE_W / 2 + 360, pool);
  ctx.lineTo(CONE_W / 2 - 360, pool);
  ctx.closePath();
  ctx.fill();
  ctx.save();
  ctx.translate(CONE_W / 2, pool);
  ctx.scale(1, 0.2);
  const glow = ctx.createRadialGradient(0, 0, 0, 0, 0, 420);
  glow.addColorStop(0, 'rgba(255, 252, 228, 0.9)');
  glow.addColorStop(0.6, 'rgba(255, 246, 200, 0.4)');
  glow.addColorStop(1, 'rgba(255, 246, 200, 0)');
  ctx.fillStyle = glow;
  ctx.beginPath();
  ctx.arc(0, 0, 420, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
  return canvas;
}

/** The stage: wall, floor and curtains behind everything, the valance in front of the light cone. */
export function drawStageSet(scene: Phaser.Scene): void {
  if (!scene.textures.exists(SET_KEY)) scene.textures.addCanvas(SET_KEY, paintSet());
  if (!scene.textures.exists(VALANCE_KEY)) scene.textures.addCanvas(VALANCE_KEY, paintValance());
  scene.add.image(0, 0, SET_KEY).setOrigin(0).setDepth(-100);
  scene.add.image(0, 0, VALANCE_KEY).setOrigin(0).setDepth(-80);
}

/** The light cone; its pool sits on the floor under whoever is on stage. */
export function drawCone(scene: Phaser.Scene, x: number): Phaser.GameObjects.Image {
  if (!scene.textures.exists(CONE_KEY)) scene.textures.addCanvas(CONE_KEY, paintCone());
  return scene.add.image(x, CONE_TOP, CONE_KEY).setOrigin(0.5, 0).setDepth(-90);
}
