// "Eyes on me": a calm full-screen overlay with two big friendly eyes that look around and blink.
import Phaser from 'phaser';
import { langStore } from '../../common/i18n';
import { COLORS, DESIGN_H, DESIGN_W, textStyle } from '../art/theme';
import { cjkWrap } from '../art/wrap-text';
import { onSceneEnd } from './on-scene-end';

export const EYES = 'eyes';

const EYE_W = 210;
const EYE_H = 260;
const EYE_Y = 330;

export class EyesScene extends Phaser.Scene {
  constructor() {
    super(EYES);
  }

  create(): void {
    const veil = this.add.rectangle(0, 0, DESIGN_W, DESIGN_H, COLORS.eyesBg, 0.96).setOrigin(0);
    const glow = this.add.graphics();
    for (let i = 6; i >= 1; i--) {
      glow.fillStyle(0x3e4f7d, 0.12);
      glow.fillCircle(DESIGN_W / 2, EYE_Y + 20, 260 + i * 45);
    }
    const pupils: Phaser.GameObjects.Container[] = [];
    const eyes = [-1, 1].map((side) => {
      const white = this.add.ellipse(0, 0, EYE_W, EYE_H, 0xfffaf0).setStrokeStyle(8, 0x1c2542);
      const iris = this.add.circle(0, 0, 62, 0x5b86c9);
      const pupil = this.add.circle(0, 0, 40, 0x1c2542);
      const shine = this.add.circle(-16, -18, 14, 0xffffff);
      const look = this.add.container(0, 20, [iris, pupil, shine]);
      pupils.push(look);
      return this.add.container(DESIGN_W / 2 + side * 150, EYE_Y, [white, look]);
    });
    const title = this.add
      .text(DESIGN_W / 2, 660, '', { ...textStyle(120, COLORS.eyesTitleCss, true), wordWrap: cjkWrap(1600), align: 'center' })
      .setOrigin(0.5);
    const sub = this.add.text(DESIGN_W / 2, 800, '', { ...textStyle(60, COLORS.eyesSubCss), wordWrap: cjkWrap(1500), align: 'center' }).setOrigin(0.5, 0);

    const setTexts = () => {
      const t = langStore.getState().t.screenPage;
      title.setText(t.eyesTitle);
      sub.setText(t.eyesSubtitle).setY(title.y + title.height / 2 + 30);
    };
    setTexts();
    const offLang = langStore.subscribe(setTexts);
    onSceneEnd(this, offLang);

    // Fade in gently: this calls for attention, it is not an alarm.
    const all = this.add.container(0, 0, [veil, glow, ...eyes, title, sub]).setAlpha(0);
    this.tweens.add({ targets: all, alpha: 1, duration: 450, ease: 'Sine.easeOut' });
    this.tweens.add({ targets: pupils, x: { from: -34, to: 34 }, duration: 2600, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });
    this.tweens.add({ targets: eyes, scaleY: 0.08, duration: 110, yoyo: true, repeat: -1, repeatDelay: 3400, delay: 1500 });
  }
}
