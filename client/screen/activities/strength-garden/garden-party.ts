// The closing celebration over the whole garden: butterflies drift from bed to bed, a soft shower of little
// flowers falls once, and a warm glow lies over everything. Calm enough to stay on while the group talks.
import type Phaser from 'phaser';
import { DESIGN_H, DESIGN_W } from '../../art/theme';
import { BUTTERFLY_COUNT, butterflyKey, legendKey } from './garden-art';
import { shower } from '../../art/shower';

const BUTTERFLY_N = 6;

export class GardenParty {
  private butterflies: Phaser.GameObjects.Image[] = [];
  private glow: Phaser.GameObjects.Graphics | null = null;
  private on = false;

  constructor(private readonly scene: Phaser.Scene) {}

  get showing(): boolean {
    return this.on;
  }

  /** Starts the celebration; `burst` adds the one-off shower (not on a reload into the closing phase). */
  start(burst: boolean): void {
    if (this.on) return;
    this.on = true;
    const s = this.scene;
    this.glow = s.add.graphics().setDepth(-50).setAlpha(0);
    this.glow.fillStyle(0xfff1b8, 0.35);
    this.glow.fillRect(0, 0, DESIGN_W, DESIGN_H);
    s.tweens.add({ targets: this.glow, alpha: 1, duration: 1200 });
    for (let i = 0; i < BUTTERFLY_N; i++) this.butterflies.push(this.butterfly(i));
    if (burst) this.shower();
  }

  stop(): void {
    if (!this.on) return;
    this.on = false;
    for (const b of this.butterflies) {
      this.scene.tweens.killTweensOf(b);
      this.scene.tweens.add({ targets: b, alpha: 0, duration: 500, onComplete: () => b.destroy() });
    }
    this.butterflies = [];
    const glow = this.glow;
    this.glow = null;
    if (glow) this.scene.tweens.add({ targets: glow, alpha: 0, duration: 600, onComplete: () => glow.destroy() });
  }

  destroy(): void {
    this.on = false;
    this.butterflies = [];
    this.glow = null;
  }

  private butterfly(i: number): Phaser.GameObjects.Image {
    const s = this.scene;
    const size = 52 + Math.random() * 22;
    const b = s.add
      .image(Math.random() * DESIGN_W, 300 + Math.random() * (DESIGN_H - 400), butterflyKey(i % BUTTERFLY_COUNT))
      .setDisplaySize(size, size)
      .setDepth(30)
      .setAlpha(0);
    s.tweens.add({ targets: b, alpha: 1, duration: 800, delay: i * 300 });
    // Wings flap by squeezing the picture sideways.
    s.tweens.add({ targets: b, scaleX: b.scaleX * 0.45, duration: 180 + Math.random() * 80, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    const wander = () => {
      if (!b.active || !this.on) return;
      const x = 80 + Math.random() * (DESIGN_W - 160);
      const y = 280 + Math.random() * (DESIGN_H - 360);
      s.tweens.add({ targets: b, x, y, angle: (x - b.x) / 40, duration: 3200 + Math.random() * 2400, ease: 'Sine.easeInOut', onComplete: wander });
    };
    wander();
    return b;
  }

  /** Little flowers of both kinds (my own, from a friend) fall once over the garden. */
  private shower(): void {
    shower(this.scene, {
      count: 24,
      make: (scene, i, x, y) => {
        const d = 26 + Math.random() * 26;
        return scene.add.image(x, y, legendKey(i % 2 === 0 ? 'self' : 'peer')).setDisplaySize(d, d);
      },
      sideMargin: 120,
      startY: -60,
      depth: 31,
      tilt: [0, 90],
      fallTo: [420, 980],
      drift: 220,
      spin: 200,
      fallMs: [2800, 4400],
      delayMs: [0, 1200],
      fadeAtMs: [2600, 4400],
      fadeMs: 800,
    });
  }
}
