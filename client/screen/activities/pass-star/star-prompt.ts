// The words in the middle of the circle: whose turn it is and what to say, big enough for the back row.
import type Phaser from 'phaser';
import { COLORS, textStyle } from '../../art/theme';
import { setBalancedText } from '../../art/wrap-text';
import { CENTRE } from './star-circle';
import type { PromptLines } from './prompt-lines';

export class StarPrompt {
  private readonly root: Phaser.GameObjects.Container;
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly prompt: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  private shown = '';
  private reserved = { x: CENTRE.x, y: CENTRE.y };

  constructor(private readonly scene: Phaser.Scene) {
    this.panel = scene.add.graphics();
    this.name = scene.add.text(0, 0, '', { ...textStyle(80, COLORS.coralCss, true), align: 'center' }).setOrigin(0.5, 0);
    this.prompt = scene.add.text(0, 0, '', { ...textStyle(92, COLORS.inkCss, true), align: 'center' }).setOrigin(0.5, 0);
    this.hint = scene.add.text(0, 0, '', { ...textStyle(44, COLORS.inkSoftCss, true), align: 'center' }).setOrigin(0.5, 0);
    this.root = scene.add.container(CENTRE.x, CENTRE.y, [this.panel, this.name, this.prompt, this.hint]).setDepth(10).setAlpha(0);
  }

  /**
   * Shows these lines; new words fade and pop in, the same words stay still. `reserve` keeps room at
   * the top of the panel (for the star waiting to be given); returns the centre of that room.
   */
  set(lines: PromptLines, room: { w: number; h: number }, reserve = 0): { x: number; y: number } {
    const maxHeight = room.h;
    const maxWidth = room.w;
    const key = `${lines.name}\n${lines.prompt}\n${lines.hint}\n${reserve}\n${maxHeight}\n${maxWidth}`;
    if (key === this.shown) return this.reserved;
    this.shown = key;
    this.name.setText(lines.name).setVisible(lines.name !== '');
    this.prompt.setText(lines.prompt);
    this.hint.setText(lines.hint).setVisible(lines.hint !== '');
    // Largest sizes that fit the middle of the circle.
    let scale = 1;
    for (;;) {
      this.name.setFontSize(Math.round(80 * scale));
      this.prompt.setFontSize(Math.round(92 * scale));
      this.hint.setFontSize(Math.round(44 * scale));
      setBalancedText(this.name, lines.name, maxWidth - 80);
      setBalancedText(this.prompt, lines.prompt, maxWidth - 80);
      setBalancedText(this.hint, lines.hint, maxWidth - 80);
      if (this.stack() + reserve <= maxHeight - 60 || scale <= 0.55) break;
      scale -= 0.05;
    }
    const h = this.stack() + reserve;
    let y = -h / 2 + reserve;
    this.reserved = { x: CENTRE.x, y: CENTRE.y - h / 2 + reserve / 2 };
    for (const text of [this.name, this.prompt, this.hint]) {
      if (!text.visible) continue;
      text.setY(y);
      y += text.height + 6;
    }
    const w = Math.min(maxWidth, Math.max(this.name.width, this.prompt.width, this.hint.visible ? this.hint.width : 0) + 110);
    const g = this.panel.clear();
    g.fillStyle(0xffffff, 0.72);
    g.fillRoundedRect(-w / 2, -h / 2 - 30, w, h + 60, 48);
    this.scene.tweens.killTweensOf(this.root);
    this.root.setAlpha(0).setScale(0.9);
    this.scene.tweens.add({ targets: this.root, alpha: 1, scale: 1, duration: 450, ease: 'Back.easeOut' });
    return this.reserved;
  }

  /** Fades out while the star is in the air; `set` brings it back. */
  hide(): void {
    this.shown = '';
    this.scene.tweens.killTweensOf(this.root);
    this.scene.tweens.add({ targets: this.root, alpha: 0, duration: 250 });
  }

  private stack(): number {
    return [this.name, this.prompt, this.hint].filter((x) => x.visible).reduce((sum, x) => sum + x.height + 6, -6);
  }

  destroy(): void {
    this.root.destroy();
  }
}
