// The end of a session: a warm "Thank you! See you next time" with the children who came, gently bobbing.
import Phaser from 'phaser';
import { langStore } from '../../common/i18n';
import { fitText } from '../art/fit-text';
import { COLORS, DESIGN_W, textStyle } from '../art/theme';
import { avatarKey, momentKey } from '../art/textures';
import { cjkWrap } from '../art/wrap-text';
import { markSceneReadyAfterRender } from '../scene-ready';
import { screenStore } from '../screen-store';
import { drawBackdrop } from './backdrop';
import { onSceneEnd } from './on-scene-end';

export const ENDED = 'ended';

export class EndedScene extends Phaser.Scene {
  constructor() {
    super(ENDED);
  }

  create(): void {
    drawBackdrop(this);
    const view = screenStore.getState().view;
    const group = this.add.text(DESIGN_W / 2, 82, '', textStyle(48, COLORS.inkSoftCss, true)).setOrigin(0.5);
    if (view) fitText(group, view.groupName, DESIGN_W - 560, 48, 30);

    const heart = this.add.image(DESIGN_W / 2, 250, momentKey('heart')).setDisplaySize(190, 190);
    this.tweens.add({ targets: heart, scale: heart.scale * 1.08, duration: 1100, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });

    const title = this.add.text(DESIGN_W / 2, 470, '', { ...textStyle(150, COLORS.coralCss, true), wordWrap: cjkWrap(1700), align: 'center' }).setOrigin(0.5);
    const sub = this.add.text(DESIGN_W / 2, 600, '', { ...textStyle(72, COLORS.inkCss), wordWrap: cjkWrap(1600), align: 'center' }).setOrigin(0.5, 0);
    const setTexts = () => {
      const t = langStore.getState().t.screenPage;
      title.setText(t.endedTitle);
      sub.setText(t.endedSubtitle).setY(title.y + title.height / 2 + 10);
    };
    setTexts();
    const offLang = langStore.subscribe(setTexts);
    onSceneEnd(this, offLang);

    // Everyone who took part today waves goodbye; nobody is singled out for not coming.
    const came = (view?.seats ?? []).filter((s) => s.seated);
    const size = Math.min(150, Math.floor(1700 / Math.max(1, came.length)) - 30);
    const slot = size + 30;
    came.forEach((seat, i) => {
      const x = DESIGN_W / 2 + (i - (came.length - 1) / 2) * slot;
      const img = this.add.image(x, 900, avatarKey(seat.avatar)).setDisplaySize(size, size);
      this.tweens.add({ targets: img, y: 900 - size * 0.12, duration: 900, ease: 'Sine.easeInOut', yoyo: true, repeat: -1, delay: i * 160 });
    });

    this.cameras.main.fadeIn(600, 255, 246, 234);
    markSceneReadyAfterRender(this.game);
  }
}
