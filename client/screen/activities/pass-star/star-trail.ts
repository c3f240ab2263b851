// The soft trail of recent passes: dotted golden arcs, the oldest faintest, each growing toward its receiver.
import type Phaser from 'phaser';
import type { StarPass } from '../../../../shared/activities/pass-star/state';
import { arcControl, arcPoint } from './star-arc';
import type { Point } from './star-circle';

const GOLD = 0xf0b540;

export class StarTrail {
  private readonly g: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene) {
    this.g = scene.add.graphics().setDepth(-20);
  }

  /** Draws the passes (oldest first); `hideLast` leaves out the newest while the star is still flying it. */
  draw(trail: readonly StarPass[], position: (childId: string) => Point | undefined, avatarSize: number, hideLast = false): void {
    const g = this.g.clear();
    const passes = hideLast ? trail.slice(0, -1) : trail;
    const n = trail.length;
    passes.forEach((pass, i) => {
      const a = position(pass.from);
      const b = position(pass.to);
      if (!a || !b) return;
      // Faint for old passes, warmer for recent ones; never a hard line.
      const alpha = 0.16 + 0.5 * ((i + 1) / Math.max(1, n)) ** 1.4;
      this.dots(g, a, b, avatarSize, alpha);
    });
  }

  private dots(g: Phaser.GameObjects.Graphics, a: Point, b: Point, avatarSize: number, alpha: number): void {
    const c = arcControl(a, b);
    const length = Math.hypot(b.x - a.x, b.y - a.y) * 1.15;
    const steps = Math.max(6, Math.floor(length / 30));
    const skip = avatarSize * 0.55;
    for (let s = 0; s <= steps; s++) {
      const t = s / steps;
      const p = arcPoint(a, c, b, t);
      // Not over the avatars themselves.
      if (Math.hypot(p.x - a.x, p.y - a.y) < skip || Math.hypot(p.x - b.x, p.y - b.y) < skip) continue;
      g.fillStyle(GOLD, alpha);
      g.fillCircle(p.x, p.y, 3.5 + 5 * t);
    }
  }

  destroy(): void {
    this.g.destroy();
  }
}
