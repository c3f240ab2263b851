// The star itself: it rests, glowing and rocking gently, on the holder's avatar, and flies along an arc
// with a sparkling tail when it is passed.
import type Phaser from 'phaser';
import { arcControl, arcPoint } from './star-arc';
import type { Point } from './star-circle';
import { ensureStarGlows, GLOW_KEY, SPARK_KEY, STAR_KEY } from './star-art';

const FLIGHT_MS = 1300;

export class StarToken {
  private readonly glow: Phaser.GameObjects.Image;
  private readonly star: Phaser.GameObjects.Image;
  private readonly root: Phaser.GameObjects.Container;
  private size = 100;
  private flying: Phaser.Tweens.Tween | null = null;

  constructor(private readonly scene: Phaser.Scene) {
    ensureStarGlows(scene);
    this.glow = scene.add.image(0, 0, GLOW_KEY);
    this.star = scene.add.image(0, 0, STAR_KEY);
    this.root = scene.add.container(0, 0, [this.glow, this.star]).setDepth(40).setVisible(false);
    scene.tweens.add({ targets: this.star, angle: { from: -9, to: 9 }, duration: 1500, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });
    scene.tweens.add({ targets: this.glow, alpha: { from: 0.45, to: 0.85 }, duration: 1100, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });
  }

  setSize(size: number): void {
    this.size = size;
    this.star.setDisplaySize(size, size);
    this.glow.setDisplaySize(size * 2.1, size * 2.1);
  }

  get isFlying(): boolean {
    return this.flying !== null;
  }

  /** Puts the star at a point at once (first view) or glides it there (the circle re-spaced). */
  rest(at: Point, animate: boolean): void {
    if (this.flying) return;
    this.root.setVisible(true);
    this.scene.tweens.killTweensOf(this.root);
    if (!animate) this.root.setPosition(at.x, at.y).setScale(1).setAlpha(1);
    else this.scene.tweens.add({ targets: this.root, x: at.x, y: at.y, scale: 1, alpha: 1, duration: 500, ease: 'Sine.easeInOut' });
  }

  /** Waiting in the middle of the circle for the facilitator to give it to someone. */
  waitInMiddle(at: Point): void {
    if (this.flying) return;
    this.root.setVisible(true);
    this.scene.tweens.killTweensOf(this.root);
    this.root.setPosition(at.x, at.y).setAlpha(1).setScale(1.25);
  }

  hide(): void {
    this.flying?.stop();
    this.flying = null;
    this.root.setVisible(false);
  }

  /** Throws the star from `from` to `to` along an arc; calls `onLand` when it arrives. */
  fly(from: Point, to: Point, onLand: () => void): void {
    this.flying?.stop();
    this.scene.tweens.killTweensOf(this.root);
    this.root.setVisible(true).setAlpha(1).setPosition(from.x, from.y);
    const c = arcControl(from, to);
    const path = { t: 0 };
    let lastSpark = 0;
    this.flying = this.scene.tweens.add({
      targets: path,
      t: 1,
      duration: FLIGHT_MS,
      ease: 'Sine.easeInOut',
      onUpdate: () => {
        const p = arcPoint(from, c, to, path.t);
        this.root.setPosition(p.x, p.y);
        // Bigger at the top of the arc, as if it came closer; one happy spin on the way.
        this.root.setScale(1 + 0.45 * Math.sin(path.t * Math.PI));
        this.root.setAngle(path.t * 360);
        const now = this.scene.time.now;
        if (now - lastSpark > 40) {
          lastSpark = now;
          this.spark(p);
        }
      },
      onComplete: () => {
        this.flying = null;
        this.root.setAngle(0);
        this.land(to);
        onLand();
      },
    });
  }

  private spark(p: Point): void {
    const d = this.size * (0.3 + Math.random() * 0.3);
    const s = this.scene.add
      .image(p.x + (Math.random() - 0.5) * this.size * 0.4, p.y + (Math.random() - 0.5) * this.size * 0.4, SPARK_KEY)
      .setDisplaySize(d, d)
      .setDepth(39);
    this.scene.tweens.add({
      targets: s,
      alpha: 0,
      scale: s.scale * 0.2,
      y: s.y + 20 + Math.random() * 30,
      duration: 800 + Math.random() * 300,
      ease: 'Sine.easeOut',
      onComplete: () => s.destroy(),
    });
  }

  /** A soft golden ring spreads where the star lands. */
  private land(at: Point): void {
    this.scene.tweens.add({ targets: this.root, scale: { from: 1.35, to: 1 }, duration: 450, ease: 'Back.easeOut' });
    const ring = this.scene.add
      .circle(at.x, at.y, this.size * 0.5, 0xffffff, 0)
      .setStrokeStyle(8, 0xffc531, 0.9)
      .setDepth(38);
    this.scene.tweens.add({ targets: ring, scale: 2.6, alpha: 0, duration: 800, ease: 'Cubic.easeOut', onComplete: () => ring.destroy() });
  }

  destroy(): void {
    this.flying?.stop();
    this.root.destroy();
  }
}
