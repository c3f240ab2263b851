// "Everyone had the star!": a warm banner in the middle of the circle and a gentle shower of little stars.
import type Phaser from 'phaser';
import type { Dict } from '../../../../shared/i18n';
import { COLORS, textStyle } from '../../art/theme';
import { setBalancedText } from '../../art/wrap-text';
import { STAR_KEY } from './star-art';
import { shower } from '../../art/shower';
import { CENTRE } from './star-circle';

export class Celebration {
  private readonly root: Phaser.GameObjects.Container;
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly sub: Phaser.GameObjects.Text;
  private until = 0;
  private on = false;

  constructor(private readonly scene: Phaser.Scene) {
    this.panel = scene.add.graphics();
    this.title = scene.add.text(0, 0, '', { ...textStyle(88, COLORS.coralCss, true), align: 'center' }).setOrigin(0.5, 1);
    this.sub = scene.add.text(0, 18, '', { ...textStyle(54, COLORS.inkCss, true), align: 'center' }).setOrigin(0.5, 0);
    this.root = scene.add.container(CENTRE.x, CENTRE.y, [this.panel, this.title, this.sub]).setDepth(70).setVisible(false);
  }

  get showing(): boolean {
    return this.on;
  }

  /** Shows the banner with a shower of stars; it stays until `hide`, or for `forMs` if given. */
  show(t: Dict['screenPage'], width: number, forMs?: number): void {
    this.on = true;
    this.setTexts(t, width);
    this.scene.tweens.killTweensOf(this.root);
    this.root.setVisible(true).setScale(0.6).setAlpha(0);
    this.scene.tweens.add({ targets: this.root, scale: 1, alpha: 1, duration: 650, ease: 'Back.easeOut', easeParams: [2] });
    this.shower();
    const until = forMs ? Date.now() + forMs : Infinity;
    this.until = until;
    if (forMs) this.scene.time.delayedCall(forMs, () => this.until === until && this.hide());
  }

  /** Redraws the words (the language changed) without starting over. */
  setTexts(t: Dict['screenPage'], width: number): void {
    // One line if it can be, at a size still big from the back of the room; else it wraps evenly.
    for (let size = 88; ; size -= 4) {
      this.title.setFontSize(size);
      setBalancedText(this.title, t.passStar.everyone, width - 120);
      if (this.title.height <= size * 1.6 || size <= 64) break;
    }
    setBalancedText(this.sub, t.passStar.everyoneSubtitle, width - 120);
    const w = Math.min(width, Math.max(this.title.width, this.sub.width) + 140);
    const top = -this.title.height - 40;
    const h = this.title.height + this.sub.height + 100;
    const g = this.panel.clear();
    g.fillStyle(COLORS.shadow, 0.1);
    g.fillRoundedRect(-w / 2, top + 10, w, h, 56);
    g.fillStyle(0xfff3c4, 1);
    g.fillRoundedRect(-w / 2, top, w, h, 56);
    g.lineStyle(6, 0xffc531, 1);
    g.strokeRoundedRect(-w / 2 + 12, top + 12, w - 24, h - 24, 46);
    // The banner's middle sits on the circle's middle.
    this.root.setY(CENTRE.y - (top + h / 2));
  }

  hide(): void {
    if (!this.on) return;
    this.on = false;
    this.until = 0;
    this.scene.tweens.killTweensOf(this.root);
    this.scene.tweens.add({ targets: this.root, alpha: 0, scale: 0.9, duration: 400, onComplete: () => this.root.setVisible(false) });
  }

  /** Little stars drift down from the top, rocking, and fade: festive without being loud. */
  private shower(): void {
    shower(this.scene, {
      count: 26,
      make: (scene, _i, x, y) => {
        const d = 34 + Math.random() * 40;
        return scene.add.image(x, y, STAR_KEY).setDisplaySize(d, d);
      },
      sideMargin: 160,
      startY: -60,
      depth: 65,
      tilt: [-30, 30],
      fallTo: [500, 1000],
      drift: 200,
      spin: 180,
      fallMs: [2600, 4000],
      delayMs: [0, 900],
      fadeAtMs: [2400, 4000],
      fadeMs: 700,
    });
  }
}
