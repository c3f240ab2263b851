// The child on stage: a large avatar in the light, their name on a warm pill, a calm "Get ready…"
// while they prepare, and a slow elapsed-time ring while they present (never a number, never counting down).
import type Phaser from 'phaser';
import type { Dict } from '../../../../shared/i18n';
import type { SpotlightScreen } from '../../../../shared/activities/spotlight/views';
import { fitText } from '../../art/fit-text';
import { avatarKey } from '../../art/textures';
import { COLORS, textStyle } from '../../art/theme';
import type { Target } from '../moment-floats';

type StageChild = NonNullable<SpotlightScreen['presenter']>;

export const SPOT = { x: 620, y: 502, size: 350 } as const;
const RING_R = SPOT.size / 2 + 38;
const RING_W = 20;
const GOLD = 0xffbf3f;

/** The ring fills quickly at first, then ever more slowly: it never "runs out". */
export function ringFraction(elapsedMs: number): number {
  return 1 - Math.exp(-Math.max(0, elapsedMs) / 80_000);
}

export class PresenterSpot {
  private readonly root: Phaser.GameObjects.Container;
  private readonly body: Phaser.GameObjects.Container;
  private readonly avatar: Phaser.GameObjects.Image;
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly pill: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly title: Phaser.GameObjects.Text;
  private readonly sub: Phaser.GameObjects.Text;
  private childId: string | null = null;
  private breathe: Phaser.Tweens.Tween | null = null;
  private ringShown = false;

  constructor(private readonly scene: Phaser.Scene) {
    const halo = scene.add.circle(0, 0, SPOT.size / 2 + 14, 0xffffff, 1);
    this.avatar = scene.add.image(0, 0, '__WHITE').setDisplaySize(SPOT.size, SPOT.size);
    this.body = scene.add.container(0, 0, [halo, this.avatar]);
    this.ring = scene.add.graphics();
    this.pill = scene.add.graphics();
    this.name = scene.add.text(0, SPOT.size / 2 + 84, '', textStyle(64, '#ffffff', true)).setOrigin(0.5);
    this.root = scene.add.container(SPOT.x, SPOT.y, [this.ring, this.body, this.pill, this.name]).setVisible(false);
    this.title = scene.add
      .text(SPOT.x, SPOT.y - SPOT.size / 2 - 122, '', textStyle(64, COLORS.coralCss, true))
      .setOrigin(0.5)
      .setAlpha(0);
    this.sub = scene.add
      .text(SPOT.x, SPOT.y - SPOT.size / 2 - 54, '', textStyle(42, COLORS.inkSoftCss, true))
      .setOrigin(0.5)
      .setAlpha(0);
  }

  /** Shows (or keeps) a child on stage; a new child pops in. */
  show(child: StageChild, phase: 'offered' | 'presenting', t: Dict['screenPage']): void {
    const isNew = child.childId !== this.childId;
    this.childId = child.childId;
    this.avatar.setTexture(avatarKey(child.avatar)).setDisplaySize(SPOT.size, SPOT.size);
    fitText(this.name, child.nickname, 600, 64, 36);
    this.drawPill();
    this.root.setVisible(true);
    if (isNew) {
      this.scene.tweens.killTweensOf([this.root, this.body]);
      this.root.setAlpha(1);
      this.body.setScale(0.3);
      this.scene.tweens.add({ targets: this.body, scale: 1, duration: 750, ease: 'Back.easeOut', easeParams: [1.8] });
      this.name.setAlpha(0);
      this.pill.setAlpha(0);
      this.scene.tweens.add({ targets: [this.name, this.pill], alpha: 1, duration: 450, delay: 350 });
    }
    this.title.setText(t.spotlight.getReady);
    this.sub.setText(t.spotlight.takeYourTime);
    const offered = phase === 'offered';
    this.scene.tweens.add({ targets: [this.title, this.sub], alpha: offered ? 1 : 0, duration: 500 });
    this.setBreathing(offered);
    if (offered) this.setRing(null);
  }

  hide(): void {
    if (this.childId === null) return;
    this.childId = null;
    this.setBreathing(false);
    this.scene.tweens.add({ targets: [this.title, this.sub], alpha: 0, duration: 300 });
    this.scene.tweens.add({
      targets: this.root,
      alpha: 0,
      duration: 450,
      onComplete: () => {
        if (this.childId === null) this.root.setVisible(false).setAlpha(1);
      },
    });
    this.setRing(null);
  }

  /** Draws the elapsed ring at `fraction` (0..1), or removes it (null). */
  setRing(fraction: number | null): void {
    const g = this.ring.clear();
    if (fraction === null) {
      this.ringShown = false;
      return;
    }
    if (!this.ringShown) {
      this.ringShown = true;
      this.ring.setAlpha(0);
      this.scene.tweens.add({ targets: this.ring, alpha: 1, duration: 900 });
    }
    g.lineStyle(RING_W, 0xffffff, 0.7);
    g.strokeCircle(0, 0, RING_R);
    const start = -Math.PI / 2;
    const end = start + Math.PI * 2 * Math.min(0.999, Math.max(0.002, fraction));
    g.lineStyle(RING_W, GOLD, 1);
    g.beginPath();
    g.arc(0, 0, RING_R, start, end, false);
    g.strokePath();
    // Round ends and a soft bright head, so the ring reads as something gently growing.
    g.fillStyle(GOLD, 1);
    g.fillCircle(Math.cos(start) * RING_R, Math.sin(start) * RING_R, RING_W / 2);
    g.fillStyle(0xfff3c4, 0.55);
    g.fillCircle(Math.cos(end) * RING_R, Math.sin(end) * RING_R, RING_W * 0.95);
    g.fillStyle(0xffd766, 1);
    g.fillCircle(Math.cos(end) * RING_R, Math.sin(end) * RING_R, RING_W * 0.58);
  }

  get presenterId(): string | null {
    return this.childId;
  }

  /** Where reactions fly to. */
  target(): Target {
    return { x: SPOT.x, y: SPOT.y, radius: SPOT.size / 2 + 20 };
  }

  private drawPill(): void {
    const w = Math.max(200, this.name.width + 80);
    const h = 92;
    const y = this.name.y;
    const g = this.pill.clear();
    g.fillStyle(0xb85a3c, 0.35);
    g.fillRoundedRect(-w / 2, y - h / 2 + 7, w, h, h / 2);
    g.fillStyle(COLORS.coral, 1);
    g.fillRoundedRect(-w / 2, y - h / 2, w, h, h / 2);
  }

  private setBreathing(on: boolean): void {
    this.breathe?.stop();
    this.breathe = null;
    if (!on) {
      this.scene.tweens.add({ targets: this.avatar, angle: 0, duration: 300 });
      return;
    }
    this.breathe = this.scene.tweens.add({
      targets: this.avatar,
      angle: { from: -2.5, to: 2.5 },
      duration: 1800,
      ease: 'Sine.easeInOut',
      yoyo: true,
      repeat: -1,
      delay: 800,
    });
  }

  destroy(): void {
    this.breathe?.stop();
    this.root.destroy();
    this.title.destroy();
    this.sub.destroy();
  }
}
