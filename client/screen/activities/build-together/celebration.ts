// "We built it together!": a warm banner over the finished picture and a soft shower of confetti and stars.
import type Phaser from 'phaser';
import { COLOURS } from '../../../../shared/activities/build-together';
import type { Dict } from '../../../../shared/i18n';
import { COLORS, DESIGN_W, textStyle } from '../../art/theme';
import { fitText } from '../../art/fit-text';
import { SPARK_KEY } from './build-textures';
import { shower } from '../../art/shower';

const BANNER_Y = 128;
const CONFETTI = ['red', 'orange', 'yellow', 'green', 'sky', 'blue', 'purple', 'pink'] as const;

export class Celebration {
  private readonly root: Phaser.GameObjects.Container;
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly sub: Phaser.GameObjects.Text;
  private on = false;

  constructor(private readonly scene: Phaser.Scene) {
    this.panel = scene.add.graphics();
    this.title = scene.add.text(0, -26, '', textStyle(84, COLORS.coralCss, true)).setOrigin(0.5);
    this.sub = scene.add.text(0, 52, '', textStyle(44, COLORS.inkCss, true)).setOrigin(0.5);
    this.root = scene.add
      .container(DESIGN_W / 2, BANNER_Y, [this.panel, this.title, this.sub])
      .setDepth(70)
      .setVisible(false);
  }

  get showing(): boolean {
    return this.on;
  }

  show(t: Dict['screenPage'], animate: boolean): void {
    this.on = true;
    this.setTexts(t);
    this.root.setVisible(true);
    if (!animate) return;
    this.root.setScale(0.6).setAlpha(0);
    this.scene.tweens.add({ targets: this.root, scale: 1, alpha: 1, duration: 650, ease: 'Back.easeOut', easeParams: [2] });
    this.shower();
  }

  setTexts(t: Dict['screenPage']): void {
    fitText(this.title, t.build.done, 1100, 84, 56);
    fitText(this.sub, t.build.doneSub, 1100, 44, 30);
    const w = Math.max(this.title.width, this.sub.width) + 140;
    const g = this.panel.clear();
    g.fillStyle(COLORS.shadow, 0.12);
    g.fillRoundedRect(-w / 2, -96 + 10, w, 200, 56);
    g.fillStyle(0xfff3c4, 1);
    g.fillRoundedRect(-w / 2, -96, w, 200, 56);
    g.lineStyle(6, 0xffc531, 1);
    g.strokeRoundedRect(-w / 2 + 12, -84, w - 24, 176, 46);
  }

  /** Confetti in the pieces' own colours and a few stars drift down, rocking, and fade: festive, never loud. */
  private shower(): void {
    shower(this.scene, {
      count: 46,
      make: (scene, i, x, y) =>
        i % 4 === 0
          ? scene.add.image(x, y, SPARK_KEY).setDisplaySize(44, 44)
          : scene.add.rectangle(x, y, 18 + Math.random() * 10, 12, Number.parseInt(COLOURS[CONFETTI[i % CONFETTI.length]!].hex.slice(1), 16)),
      sideMargin: 80,
      startY: -40,
      depth: 65,
      tilt: [0, 90],
      fallTo: [600, 1120],
      drift: 240,
      spin: 360,
      fallMs: [2800, 4400],
      delayMs: [0, 1200],
      fadeAtMs: [2600, 4400],
      fadeMs: 700,
    });
  }
}
