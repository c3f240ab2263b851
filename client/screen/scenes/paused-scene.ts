// The round is paused: a calm, soft overlay with a sleepy cloud and "Let's take a little break".
import Phaser from 'phaser';
import { langStore } from '../../common/i18n';
import { COLORS, DESIGN_H, DESIGN_W, textStyle } from '../art/theme';
import { cjkWrap } from '../art/wrap-text';
import { onSceneEnd } from './on-scene-end';

export const PAUSED = 'paused';

const CLOUD_Y = 350;

export class PausedScene extends Phaser.Scene {
  constructor() {
    super(PAUSED);
  }

  create(): void {
    const veil = this.add.rectangle(0, 0, DESIGN_W, DESIGN_H, 0xf1ebfa, 0.97).setOrigin(0);
    const cloud = this.drawCloud();
    const title = this.add.text(DESIGN_W / 2, 640, '', { ...textStyle(128, '#5b4a8a', true), align: 'center', wordWrap: cjkWrap(1600) }).setOrigin(0.5);
    const sub = this.add.text(DESIGN_W / 2, 760, '', { ...textStyle(64, COLORS.inkSoftCss, true), align: 'center', wordWrap: cjkWrap(1500) }).setOrigin(0.5, 0);
    const setTexts = () => {
      const t = langStore.getState().t.screenPage;
      title.setText(t.paused);
      sub.setText(t.pausedSubtitle).setY(title.y + title.height / 2 + 24);
    };
    setTexts();
    const offLang = langStore.subscribe(setTexts);
    onSceneEnd(this, offLang);

    const all = this.add.container(0, 0, [veil, cloud, title, sub]).setAlpha(0);
    this.tweens.add({ targets: all, alpha: 1, duration: 500, ease: 'Sine.easeOut' });
    this.tweens.add({ targets: cloud, y: CLOUD_Y - 16, duration: 2200, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });
  }

  /** A round white cloud with closed, smiling eyes: resting, not stopped. */
  private drawCloud(): Phaser.GameObjects.Container {
    const g = this.add.graphics();
    const puffs: [number, number, number][] = [
      [-150, 30, 95],
      [-60, -40, 120],
      [70, -30, 110],
      [160, 35, 90],
      [0, 40, 120],
    ];
    g.fillStyle(0xc9bde6, 0.55);
    for (const [x, y, r] of puffs) g.fillCircle(x, y + 14, r + 8);
    g.fillStyle(0xffffff, 1);
    for (const [x, y, r] of puffs) g.fillCircle(x, y, r);
    g.lineStyle(8, 0x5b4a8a, 1);
    for (const side of [-1, 1]) {
      g.beginPath();
      g.arc(side * 60, 10, 24, Math.PI * 0.15, Math.PI * 0.85, false);
      g.strokePath();
    }
    g.beginPath();
    g.arc(0, 50, 26, Math.PI * 0.2, Math.PI * 0.8, false);
    g.strokePath();
    g.fillStyle(0xffb3c7, 0.8);
    g.fillCircle(-105, 50, 16);
    g.fillCircle(105, 50, 16);
    const zz = this.add.text(190, -120, 'z z', textStyle(64, '#8f80c0', true)).setOrigin(0.5);
    this.tweens.add({ targets: zz, alpha: 0.35, y: -140, duration: 1800, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });
    return this.add.container(DESIGN_W / 2, CLOUD_Y, [g, zz]);
  }
}
