// The garden bed: one plant per child who can answer, buds waiting and flowers open. Flowers open left to
// right in order, so a flower never stands for a particular child — the bed only counts.
import type Phaser from 'phaser';
import { DESIGN_W } from '../../art/theme';
import { BUD_KEY, flowerKey, GLOW_KEY, STEM_KEY } from './garden-art';
import { BACK_HILL, FRONT_HILL, hillY } from './hill';

/** Design sizes of a plant at scale 1: the stem from ground to the flower's middle, the flower's width. */
const STEM_H = 330;
const FLOWER_D = 210;
const BUD_D = 120;
/** A waiting plant is a short stem with a bud; opening, it grows to full height. */
const BUD_STEM = 0.52;
const SPAN = DESIGN_W - 340;

interface Spot {
  x: number;
  y: number;
  scale: number;
  back: boolean;
}

interface Plant {
  root: Phaser.GameObjects.Container;
  stem: Phaser.GameObjects.Image;
  head: Phaser.GameObjects.Image;
  glow: Phaser.GameObjects.Image;
  open: boolean;
  sway: Phaser.Tweens.Tween;
}

/**
 * Where n plants stand, in opening order (left to right). Up to seven stand in one row; more stand in
 * two staggered rows on the two hills, so every flower stays big enough to see from the back.
 */
export function gardenSpots(n: number): Spot[] {
  if (n <= 0) return [];
  if (n <= 7) {
    // A small group gets bigger flowers: the picture should fill the room it has.
    const scale = n <= 4 ? 1.12 : 1;
    const gap = n === 1 ? 0 : Math.min(300 * scale, SPAN / (n - 1));
    return Array.from({ length: n }, (_, i) => {
      const x = DESIGN_W / 2 + (i - (n - 1) / 2) * gap;
      return { x, y: hillY(FRONT_HILL, x) + 8, scale, back: false };
    });
  }
  const gap = SPAN / (n - 1);
  const front = Math.min(0.92, (gap * 2) / (FLOWER_D * 1.45));
  return Array.from({ length: n }, (_, i) => {
    const x = DESIGN_W / 2 + (i - (n - 1) / 2) * gap;
    const back = i % 2 === 1;
    return back ? { x, y: hillY(BACK_HILL, x) + 6, scale: front * 0.84, back } : { x, y: hillY(FRONT_HILL, x) + 10, scale: front, back };
  });
}

export class GardenBed {
  private plants: Plant[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
  ) {}

  get count(): number {
    return this.plants.length;
  }

  /** Where the flower of plant i is now (for a celebration), or null. */
  headAt(i: number): { x: number; y: number; size: number } | null {
    const p = this.plants[i];
    if (!p) return null;
    const s = p.root.scale;
    return { x: p.root.x, y: p.root.y + p.head.y * s, size: FLOWER_D * s };
  }

  /** Shows `of` plants with the first `done` open; returns the indices that have just opened. */
  update(done: number, of: number, animate: boolean): number[] {
    const spots = gardenSpots(of);
    // A plant for a child who has left without starting goes quietly; one for a late-comer grows in.
    while (this.plants.length > spots.length) this.remove(this.plants.pop()!, animate);
    while (this.plants.length < spots.length) this.plants.push(this.add(spots[this.plants.length]!, animate));
    const opened: number[] = [];
    this.plants.forEach((p, i) => {
      this.place(p, spots[i]!, animate);
      const open = i < done;
      if (open === p.open) return;
      p.open = open;
      if (open && animate) {
        opened.push(i);
        this.bloom(p, i, opened.length - 1);
      } else {
        this.setState(p, i);
      }
    });
    return opened;
  }

  /** Every flower gives a little hop, one after another (everyone has finished). */
  hopAll(): void {
    this.plants.forEach((p, i) => {
      this.scene.tweens.add({ targets: p.head, y: p.head.y - 26, duration: 260, delay: i * 90, ease: 'Sine.easeOut', yoyo: true });
    });
  }

  destroy(): void {
    for (const p of this.plants) p.sway.remove();
    this.plants = [];
  }

  private add(spot: Spot, animate: boolean): Plant {
    const s = this.scene;
    // The glow sits behind the stem, so the leaves keep their colour while the flower lights up.
    const glow = s.add.image(0, 0, GLOW_KEY).setAlpha(0);
    const stem = s.add.image(0, 0, STEM_KEY).setOrigin(0.5, 1);
    const head = s.add.image(0, 0, BUD_KEY);
    const root = s.add
      .container(spot.x, spot.y, [glow, stem, head])
      .setDepth(this.depth + (spot.back ? 0 : 1))
      .setScale(spot.scale);
    // Each plant sways about its root at its own slow pace, so the bed breathes rather than marches.
    const sway = s.tweens.add({
      targets: root,
      angle: { from: -2.2, to: 2.2 },
      duration: 2600 + Math.random() * 1600,
      delay: Math.random() * 1200,
      ease: 'Sine.easeInOut',
      yoyo: true,
      repeat: -1,
    });
    const plant: Plant = { root, stem, head, glow, open: false, sway };
    this.setState(plant, 0);
    if (animate) {
      root.setAlpha(0).setScale(spot.scale * 0.4);
      s.tweens.add({ targets: root, alpha: 1, scale: spot.scale, duration: 600, ease: 'Back.easeOut' });
    }
    return plant;
  }

  private remove(p: Plant, animate: boolean): void {
    p.sway.remove();
    if (!animate) return void p.root.destroy();
    this.scene.tweens.add({ targets: p.root, alpha: 0, duration: 500, onComplete: () => p.root.destroy() });
  }

  private place(p: Plant, spot: Spot, animate: boolean): void {
    p.root.setDepth(this.depth + (spot.back ? 0 : 1));
    if (Math.abs(p.root.x - spot.x) < 1 && Math.abs(p.root.y - spot.y) < 1 && Math.abs(p.root.scale - spot.scale) < 0.01) return;
    if (!animate) return void p.root.setPosition(spot.x, spot.y).setScale(spot.scale);
    this.scene.tweens.add({ targets: p.root, x: spot.x, y: spot.y, scale: spot.scale, duration: 800, ease: 'Sine.easeInOut' });
  }

  /** The plant as it is, without animation: a bud on a short stem, or a flower on a tall one. */
  private setState(p: Plant, i: number): void {
    this.scene.tweens.killTweensOf([p.stem, p.head, p.glow]);
    const h = STEM_H * (p.open ? 1 : BUD_STEM);
    p.stem.setDisplaySize(STEM_H * 0.62, h);
    p.head
      .setTexture(p.open ? flowerKey(i) : BUD_KEY)
      .setAngle(0)
      .setY(-h);
    const d = p.open ? FLOWER_D : BUD_D;
    p.head.setDisplaySize(d, d);
    p.glow.setY(-h).setAlpha(0);
  }

  /** The bud's stem grows, the bud opens into a flower with a soft glow: gentle, about a second and a half. */
  private bloom(p: Plant, i: number, nth: number): void {
    const s = this.scene;
    s.tweens.killTweensOf([p.stem, p.head, p.glow]);
    const delay = nth * 450;
    const from = STEM_H * BUD_STEM;
    // The stem grows; the bud rides on its top.
    s.tweens.addCounter({
      from: 0,
      to: 1,
      delay,
      duration: 700,
      ease: 'Sine.easeInOut',
      onUpdate: (tw) => {
        const h = from + (STEM_H - from) * tw.getValue()!;
        p.stem.setDisplaySize(STEM_H * 0.62, h);
        p.head.setY(-h);
        p.glow.setY(-h);
      },
      onComplete: () => {
        p.head.setTexture(flowerKey(i)).setDisplaySize(FLOWER_D, FLOWER_D);
        const full = p.head.scaleX;
        // It opens from about the bud's size, turning a little as the petals unfold.
        p.head.setScale((full * BUD_D) / FLOWER_D).setAngle(-40);
        s.tweens.add({ targets: p.head, scale: full, angle: 0, duration: 900, ease: 'Back.easeOut', easeParams: [1.6] });
        p.glow.setDisplaySize(FLOWER_D * 2.4, FLOWER_D * 2.4).setAlpha(0);
        s.tweens.add({ targets: p.glow, alpha: 0.9, duration: 450, yoyo: true, hold: 600, ease: 'Sine.easeInOut' });
        this.petals(p, i);
      },
    });
  }

  /** A few tiny flowers drift up and away from the one that opened, and fade. */
  private petals(p: Plant, i: number): void {
    const at = this.headAt(this.plants.indexOf(p));
    if (!at) return;
    for (let k = 0; k < 7; k++) {
      const a = -Math.PI / 2 + (k - 3) * 0.42 + (Math.random() - 0.5) * 0.2;
      const d = 26 + Math.random() * 14;
      const petal = this.scene.add
        .image(at.x + Math.cos(a) * at.size * 0.35, at.y + Math.sin(a) * at.size * 0.35, flowerKey(i + k))
        .setDisplaySize(d, d)
        .setDepth(this.depth + 5)
        .setAlpha(0.95);
      const dist = at.size * (0.75 + Math.random() * 0.5);
      this.scene.tweens.add({
        targets: petal,
        x: at.x + Math.cos(a) * dist,
        y: at.y + Math.sin(a) * dist,
        angle: (Math.random() - 0.5) * 240,
        alpha: 0,
        duration: 1500 + Math.random() * 600,
        ease: 'Sine.easeOut',
        onComplete: () => petal.destroy(),
      });
    }
  }
}
