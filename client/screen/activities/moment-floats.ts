// Waves and reactions during a round: a wave wiggles the sender's avatar; a reaction badge rises from
// the sender and drifts round a soft curve to the child in focus (the presenter, the star holder).
import type Phaser from 'phaser';
import type { Moment } from '../../../shared/session/state';
import { momentKey } from '../art/textures';
import type { SeatFigure } from '../scenes/seat-figure';

/** Lively but never noisy, even when the whole group cheers at once. */
const MAX_FLOATING = 30;

export interface Target {
  x: number;
  y: number;
  /** Badges stop at about this distance from the target's centre, so the face stays visible. */
  radius: number;
}

export class MomentFloats {
  private floating = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly figureOf: (childId: string) => SeatFigure | undefined,
    private readonly targetOf: (childId: string) => Target | null,
    /** Drawing depth of the badges: under a scene's words, over its figures. */
    private readonly depth = 60,
  ) {}

  play(moments: readonly Moment[]): void {
    // A burst that arrives at once is staggered so each badge can be seen.
    moments.forEach((m, i) => this.scene.time.delayedCall(i * 160, () => this.playOne(m)));
  }

  private playOne(m: Moment): void {
    const fig = this.figureOf(m.childId);
    if (m.kind === 'wave') {
      fig?.wave();
      return;
    }
    if (this.floating >= MAX_FLOATING) return;
    const target = m.to ? this.targetOf(m.to) : null;
    const from = fig ? fig.top : { x: 300 + Math.random() * 1320, y: 1100 };
    const size = fig ? Math.max(84, fig.diameter * 0.72) : 96;
    const badge = this.scene.add.image(from.x, from.y, momentKey(m.kind)).setDisplaySize(size, size).setDepth(this.depth);
    const scale = badge.scale;
    badge.setScale(scale * 0.3).setAlpha(0);
    this.floating++;
    const done = () => {
      badge.destroy();
      this.floating--;
    };
    this.scene.tweens.add({ targets: badge, scale, alpha: 1, duration: 280, ease: 'Back.easeOut' });
    if (!target) {
      const rise = (fig?.diameter ?? 120) * 1.4 + Math.random() * 50;
      const drift = (Math.random() - 0.5) * 80;
      this.scene.tweens.add({ targets: badge, y: from.y - rise, x: from.x + drift, duration: 2400, ease: 'Sine.easeOut' });
      this.scene.tweens.add({ targets: badge, alpha: 0, delay: 1700, duration: 600, onComplete: done });
      return;
    }
    // Round the side (never across the child's face or name) to a spot on the upper rim; mostly the
    // sender's side, sometimes the other, so a burst spreads into a soft halo.
    const toward = Math.sign(from.x - target.x) || (Math.random() < 0.5 ? -1 : 1);
    const side = Math.random() < 0.75 ? toward : -toward;
    const angle = side > 0 ? -Math.PI * (0.1 + Math.random() * 0.32) : -Math.PI * (0.58 + Math.random() * 0.32);
    const end = { x: target.x + Math.cos(angle) * target.radius * 1.08, y: target.y + Math.sin(angle) * target.radius * 1.08 };
    const ctrl = { x: target.x + side * (target.radius + 150 + Math.random() * 60), y: target.y + target.radius * 0.5 };
    const path = { t: 0 };
    this.scene.tweens.add({
      targets: path,
      t: 1,
      duration: 2100 + Math.random() * 400,
      ease: 'Sine.easeInOut',
      onUpdate: () => {
        const t = path.t;
        const u = 1 - t;
        badge.setPosition(u * u * from.x + 2 * u * t * ctrl.x + t * t * end.x, u * u * from.y + 2 * u * t * ctrl.y + t * t * end.y);
        badge.setAngle(Math.sin(t * Math.PI * 2) * 10);
      },
      onComplete: () => {
        this.scene.tweens.add({ targets: badge, alpha: 0, scale: scale * 1.25, duration: 500, ease: 'Sine.easeOut', onComplete: done });
      },
    });
  }
}
