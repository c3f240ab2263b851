// The children sitting in a circle on a soft rug: one SeatFigure each, a gold tick for those who
// have had the star this round (when "everyone once" is on), re-spaced gently when someone comes or goes.
import type Phaser from 'phaser';
import type { PassStarScreen } from '../../../../shared/activities/pass-star/views';
import type { PublicSeat } from '../../../../shared/session/views';
import { SeatFigure } from '../../scenes/seat-figure';
import { TICK_KEY } from './star-art';

type CircleChild = PassStarScreen['circle'][number];

export interface Point {
  x: number;
  y: number;
}

export const CENTRE: Point = { x: 960, y: 566 };

/**
 * The ellipse and avatar size for n children. The ellipse stays the same size for any group, so the
 * middle always has room for big words; avatars shrink only when twelve need the space.
 */
export function circleGeometry(n: number): { rx: number; ry: number; size: number } {
  const rx = 640;
  const ry = 322;
  const size = Math.round(Math.max(104, Math.min(172, (ellipseLength(rx, ry) / Math.max(1, n)) * 0.56)));
  return { rx, ry, size };
}

const SAMPLES = 720;

function ellipseLength(rx: number, ry: number): number {
  return 2 * Math.PI * Math.sqrt((rx * rx + ry * ry) / 2);
}

/**
 * Seats spaced evenly along the ellipse's outline (not by angle, which would crowd the children at
 * the left and right ends), starting at the top and going clockwise.
 */
export function seatPositions(n: number, rx: number, ry: number): Point[] {
  const pts: Point[] = [];
  const cum: number[] = [0];
  for (let i = 0; i <= SAMPLES; i++) {
    const a = -Math.PI / 2 + (i * Math.PI * 2) / SAMPLES;
    pts.push({ x: CENTRE.x + Math.cos(a) * rx, y: CENTRE.y + Math.sin(a) * ry });
    if (i > 0) {
      const p = pts[i]!;
      const q = pts[i - 1]!;
      cum.push(cum[i - 1]! + Math.hypot(p.x - q.x, p.y - q.y));
    }
  }
  const total = cum[SAMPLES]!;
  const out: Point[] = [];
  let j = 0;
  for (let k = 0; k < n; k++) {
    const want = (k * total) / Math.max(1, n);
    while (j < SAMPLES && cum[j + 1]! < want) j++;
    out.push(pts[j]!);
  }
  return out;
}

/**
 * The largest box around the centre that stays clear of every avatar and its name: where the
 * prompt goes. Tries a few heights and keeps the roomiest.
 */
export function middleBox(seats: readonly Point[], size: number): { w: number; h: number } {
  let best = { w: 600, h: 300 };
  for (let h = 460; h >= 260; h -= 20) {
    let half = 560;
    for (const p of seats) {
      const top = p.y - size / 2 - 10;
      const bottom = p.y + size / 2 + size * 0.42;
      if (bottom < CENTRE.y - h / 2 || top > CENTRE.y + h / 2) continue;
      half = Math.min(half, Math.abs(p.x - CENTRE.x) - size / 2 - 24);
    }
    const box = { w: Math.max(0, 2 * half), h };
    if (box.w >= 880) return box;
    if (box.w * Math.min(box.h, 380) > best.w * Math.min(best.h, 380)) best = box;
  }
  return best;
}

const asSeat = (c: CircleChild): PublicSeat => ({ childId: c.childId, nickname: c.nickname, avatar: c.avatar, seated: true, connected: true, seatedAt: null });

export class StarCircle {
  private readonly figures = new Map<string, SeatFigure>();
  private readonly ticks = new Map<string, Phaser.GameObjects.Image>();
  private readonly rug: Phaser.GameObjects.Graphics;
  private holderRing: { childId: string; ring: Phaser.GameObjects.Arc } | null = null;
  private order = '';
  private size = 150;
  private seats: Point[] = [];

  constructor(private readonly scene: Phaser.Scene) {
    this.rug = scene.add.graphics().setDepth(-50);
  }

  update(circle: readonly CircleChild[], everyoneOnce: boolean, animate: boolean): void {
    const order = circle.map((c) => `${c.childId}:${c.avatar}`).join('|');
    if (order !== this.order) this.relayout(circle, animate);
    this.order = order;
    let nameSize = Infinity;
    for (const c of circle) nameSize = Math.min(nameSize, this.figures.get(c.childId)?.setNickname(c.nickname) ?? Infinity);
    nameSize = Math.max(24, nameSize);
    for (const c of circle) {
      const fig = this.figures.get(c.childId);
      if (!fig) continue;
      fig.setNickname(c.nickname, nameSize);
      this.setTick(c.childId, fig, everyoneOnce && c.held, animate);
    }
  }

  figure(childId: string): SeatFigure | undefined {
    return this.figures.get(childId);
  }

  /** Where a child's avatar centre is (after any re-spacing finishes). */
  position(childId: string): Point | undefined {
    const fig = this.figures.get(childId);
    return fig ? { x: fig.homeX, y: fig.homeY } : undefined;
  }

  get avatarSize(): number {
    return this.size;
  }

  /** Room for the words in the middle of the circle. */
  get middle(): { w: number; h: number } {
    return middleBox(this.seats, this.size);
  }

  /** A warm gold ring round the holder's avatar, so everyone sees at once who has the star. */
  setHolder(childId: string | null, animate: boolean): void {
    if (this.holderRing?.childId === childId && this.holderRing.ring.active) return;
    const old = this.holderRing;
    this.holderRing = null;
    if (old) this.scene.tweens.add({ targets: old.ring, alpha: 0, duration: 300, onComplete: () => old.ring.destroy() });
    const fig = childId === null ? undefined : this.figures.get(childId);
    if (!fig || childId === null) return;
    const ring = this.scene.add.circle(0, 0, this.size / 2 + 16, 0xfff3c4, 1).setStrokeStyle(10, 0xffc531, 1);
    // Behind the avatar, in front of its shadow.
    fig.root.addAt(ring, 1);
    this.holderRing = { childId, ring };
    if (animate) {
      ring.setScale(0.8).setAlpha(0);
      this.scene.tweens.add({ targets: ring, scale: 1, alpha: 1, duration: 400, ease: 'Back.easeOut' });
    }
  }

  /** Everyone hops, one after another round the circle: a happy wave for a celebration. */
  hopAll(): void {
    [...this.figures.values()].forEach((fig, i) => this.scene.time.delayedCall(i * 110, () => fig.hop()));
  }

  private setTick(childId: string, fig: SeatFigure, on: boolean, animate: boolean): void {
    const tick = this.ticks.get(childId);
    if (!on) {
      tick?.destroy();
      this.ticks.delete(childId);
      return;
    }
    const d = Math.round(this.size * 0.32);
    const x = this.size * 0.36;
    const y = this.size * 0.34;
    if (tick) {
      tick.setPosition(x, y).setDisplaySize(d, d);
      return;
    }
    const img = this.scene.add.image(x, y, TICK_KEY).setDisplaySize(d, d);
    fig.root.add(img);
    this.ticks.set(childId, img);
    if (animate) {
      const scale = img.scale;
      img.setScale(0);
      // After a thrown star has landed, not while it is still in the air.
      this.scene.tweens.add({ targets: img, scale, duration: 500, delay: 1300, ease: 'Back.easeOut' });
    }
  }

  private relayout(circle: readonly CircleChild[], animate: boolean): void {
    const keep = new Set(circle.map((c) => c.childId));
    for (const [id, fig] of this.figures) {
      if (keep.has(id)) continue;
      this.figures.delete(id);
      this.ticks.delete(id);
      if (this.holderRing?.childId === id) this.holderRing = null;
      if (animate) this.scene.tweens.add({ targets: fig.root, alpha: 0, scale: 0.6, duration: 400, onComplete: () => fig.destroy() });
      else fig.destroy();
    }
    const n = circle.length;
    const { rx, ry, size } = circleGeometry(n);
    this.size = size;
    this.drawRug(rx + size * 0.2, ry + size * 0.2);
    const slot = Math.min(size * 1.6, 300);
    const seats = seatPositions(n, rx, ry);
    this.seats = seats;
    circle.forEach((c, i) => {
      const p = seats[i] ?? CENTRE;
      let fig = this.figures.get(c.childId);
      if (!fig) {
        fig = new SeatFigure(this.scene, asSeat(c));
        this.figures.set(c.childId, fig);
        fig.layout(p.x, p.y, size, slot);
        fig.setPresence('absent', false);
        fig.setPresence('here', animate);
        return;
      }
      const from = { x: fig.root.x, y: fig.root.y };
      fig.setAvatar(asSeat(c));
      fig.layout(p.x, p.y, size, slot);
      const tick = this.ticks.get(c.childId);
      if (tick) tick.setPosition(size * 0.36, size * 0.34).setDisplaySize(size * 0.32, size * 0.32);
      if (this.holderRing?.childId === c.childId) this.holderRing.ring.setRadius(size / 2 + 16);
      if (animate && (from.x !== p.x || from.y !== p.y)) {
        fig.root.setPosition(from.x, from.y);
        this.scene.tweens.add({ targets: fig.root, x: p.x, y: p.y, duration: 600, ease: 'Sine.easeInOut' });
      }
    });
  }

  private drawRug(rx: number, ry: number): void {
    const g = this.rug.clear();
    // Many segments: a big ellipse drawn with Phaser's default 32 looks faceted.
    g.fillStyle(0xf3c9a0, 0.35);
    g.fillEllipse(CENTRE.x, CENTRE.y + 10, rx * 2 + 24, ry * 2 + 24, 128);
    g.fillStyle(0xfff1de, 0.95);
    g.fillEllipse(CENTRE.x, CENTRE.y, rx * 2, ry * 2, 128);
    g.lineStyle(5, 0xf3c9a0, 0.8);
    g.strokeEllipse(CENTRE.x, CENTRE.y, rx * 2 - 36, ry * 2 - 36, 128);
  }

  destroy(): void {
    for (const fig of this.figures.values()) fig.destroy();
    this.figures.clear();
    this.ticks.clear();
    this.rug.destroy();
  }
}
