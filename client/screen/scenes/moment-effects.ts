// Animates waves and reactions: a wave wiggles the child's avatar, a reaction badge floats up from it.
import type Phaser from 'phaser';
import type { Moment } from '../../../shared/session/state';
import { momentKey } from '../art/textures';
import type { RosterStrip } from './roster-strip';

/** Enough to feel lively, few enough that a burst of cheering never turns into noise. */
const MAX_FLOATING = 36;

export class MomentEffects {
  private floating = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly roster: RosterStrip,
  ) {}

  play(moments: readonly Moment[]): void {
    // A burst that arrives at once is staggered, so each badge can be seen.
    moments.forEach((m, i) => this.scene.time.delayedCall(i * 140, () => this.playOne(m)));
  }

  private playOne(m: Moment): void {
    const fig = this.roster.figure(m.childId);
    if (!fig) return;
    if (m.kind === 'wave') fig.wave();
    if (this.floating >= MAX_FLOATING) return;
    const size = Math.max(80, fig.diameter * 0.68);
    const start = fig.top;
    const drift = (Math.random() - 0.5) * fig.diameter * 0.6;
    const badge = this.scene.add
      .image(start.x + drift * 0.3, start.y, momentKey(m.kind))
      .setDisplaySize(size, size)
      .setDepth(50);
    const scale = badge.scale;
    badge.setScale(scale * 0.3).setAlpha(0);
    this.floating++;
    const rise = m.kind === 'wave' ? fig.diameter * 0.6 : fig.diameter * 1.35 + Math.random() * 50;
    this.scene.tweens.add({ targets: badge, scale, alpha: 1, duration: 260, ease: 'Back.easeOut' });
    this.scene.tweens.add({
      targets: badge,
      y: start.y - rise,
      x: start.x + drift,
      angle: (Math.random() - 0.5) * 24,
      duration: m.kind === 'wave' ? 1300 : 2400,
      ease: 'Sine.easeOut',
    });
    this.scene.tweens.add({
      targets: badge,
      alpha: 0,
      delay: m.kind === 'wave' ? 900 : 1700,
      duration: 600,
      onComplete: () => {
        badge.destroy();
        this.floating--;
      },
    });
  }
}
