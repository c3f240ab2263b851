// __NAME_EN__ on the shared screen: the group's sky. Each kind of weather someone chose floats in, with no name and no
// number; the view holds only which kinds are there, so the screen cannot tell whose or how many.
import Phaser from 'phaser';
import { WEATHERS, type Weather } from '../../../../shared/activities/__ID__';
import { langStore } from '../../../common/i18n';
import { COLORS, DESIGN_H, DESIGN_W, textStyle } from '../../art/theme';
import { markSceneReadyAfterRender } from '../../scene-ready';
import { currentRound, screenStore, type ScreenState } from '../../screen-store';
import { drawBackdrop } from '../../scenes/backdrop';
import { onSceneEnd } from '../../scenes/on-scene-end';

export const __CONST__ = '__ID__';

/** Texture key of a weather picture (prefixed with the activity id, so no other activity's key can clash). */
export const weatherKey = (w: Weather): string => `__ID__-${w}`;

const PICTURE = 300;

export class __Camel__Scene extends Phaser.Scene {
  private title!: Phaser.GameObjects.Text;
  private waiting!: Phaser.GameObjects.Text;
  private shown = new Map<Weather, Phaser.GameObjects.Image>();

  constructor() {
    super(__CONST__);
  }

  create(): void {
    this.shown = new Map();
    drawBackdrop(this);
    this.title = this.add.text(DESIGN_W / 2, 150, '', textStyle(72, COLORS.inkCss, true)).setOrigin(0.5);
    this.waiting = this.add.text(DESIGN_W / 2, DESIGN_H / 2 + 40, '', textStyle(52, COLORS.inkSoftCss, true)).setOrigin(0.5);
    const offView = screenStore.subscribe((s) => this.draw(s));
    const offLang = langStore.subscribe(() => this.draw(screenStore.getState()));
    onSceneEnd(this, () => {
      offView();
      offLang();
    });
    this.draw(screenStore.getState());
  }

  private draw(s: ScreenState): void {
    const round = currentRound(s);
    if (round?.view.activity !== '__ID__') return;
    const sky = round.view.sky;
    const tt = langStore.getState().t.screenPage.__camel__;
    this.title.setText(tt.title);
    this.waiting.setText(sky.length === 0 ? tt.waiting : '');
    // Every kind in the sky has a fixed place, so a new one never reorders the others (and order tells nothing).
    const gap = DESIGN_W / (WEATHERS.length + 1);
    for (const [i, w] of WEATHERS.entries()) {
      const x = gap * (i + 1);
      const y = DESIGN_H / 2 + 60 + (i % 2 === 0 ? -50 : 50);
      const img = this.shown.get(w);
      if (sky.includes(w) && !img) {
        const added = this.add.image(x, y - 80, weatherKey(w)).setDisplaySize(PICTURE, PICTURE).setAlpha(0);
        this.tweens.add({ targets: added, y, alpha: 1, duration: 900, ease: 'Sine.easeOut' });
        this.tweens.add({ targets: added, angle: { from: -4, to: 4 }, duration: 3200 + i * 300, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
        this.shown.set(w, added);
      } else if (!sky.includes(w) && img) {
        this.shown.delete(w);
        this.tweens.add({ targets: img, alpha: 0, duration: 600, onComplete: () => img.destroy() });
      }
    }
    markSceneReadyAfterRender(this.game);
  }
}
