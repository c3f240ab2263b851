// The check-in on the shared screen: a calm garden where a flower opens each time someone finishes, the
// instrument's title and "N of M finished" in big words, and a soft reminder that no answer is wrong.
// The view holds only {title, done, of}: the screen cannot show who finished, let alone what they said.
import Phaser from 'phaser';
import type { CheckinScreen } from '../../../../shared/activities/checkin/views';
import { fill } from '../../../../shared/i18n';
import { langStore } from '../../../common/i18n';
import { fitText } from '../../art/fit-text';
import { COLORS, DESIGN_W, textStyle } from '../../art/theme';
import { setBalancedText } from '../../art/wrap-text';
import { markSceneReadyAfterRender } from '../../scene-ready';
import { currentRound, screenStore, type ScreenState } from '../../screen-store';
import { drawBackdrop } from '../../scenes/backdrop';
import { onSceneEnd } from '../../scenes/on-scene-end';
import { ensureGardenGlow, flowerKey, SUN_KEY } from './garden-art';
import { GardenBed } from './garden-bed';
import { drawHills } from './hill';
import { shower } from '../../art/shower';

export const CHECKIN = 'checkin';

const TEXT_W = 1180;
const TITLE_Y = 150;
const COUNT_Y = 272;
const HINT_Y = 398;
/** The sun climbs a little and grows warmer as the garden fills. */
const SUN = { x: 1730, low: 250, high: 180, size: 200 } as const;

export class CheckinScene extends Phaser.Scene {
  private title!: Phaser.GameObjects.Text;
  private count!: Phaser.GameObjects.Text;
  private hint!: Phaser.GameObjects.Text;
  private sun!: Phaser.GameObjects.Image;
  private bed!: GardenBed;
  private sunRise: Phaser.Tweens.Tween | null = null;
  private drawnOnce = false;
  /** The count last drawn, so only a new count pops (not a language switch). */
  private shownDone: number | null = null;
  private everyone = false;

  constructor() {
    super(CHECKIN);
  }

  create(): void {
    this.drawnOnce = false;
    this.shownDone = null;
    this.everyone = false;
    this.sunRise = null;
    ensureGardenGlow(this.textures);
    drawBackdrop(this);
    drawHills(this, -50);
    this.sun = this.add.image(SUN.x, SUN.low, SUN_KEY).setDisplaySize(SUN.size, SUN.size).setDepth(-40);
    this.tweens.add({ targets: this.sun, angle: { from: -6, to: 6 }, duration: 4200, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });
    this.title = this.add.text(DESIGN_W / 2, TITLE_Y, '', textStyle(48, COLORS.inkSoftCss, true)).setOrigin(0.5);
    this.count = this.add.text(DESIGN_W / 2, COUNT_Y, '', { ...textStyle(116, COLORS.coralCss, true), align: 'center' }).setOrigin(0.5);
    this.hint = this.add.text(DESIGN_W / 2, HINT_Y, '', { ...textStyle(52, COLORS.inkCss, true), align: 'center' }).setOrigin(0.5);
    // The words stay in front of everything, even a flower lifted by the sway or the little flowers falling.
    for (const text of [this.title, this.count, this.hint]) text.setDepth(30);
    this.bed = new GardenBed(this, 0);

    const offView = screenStore.subscribe((s) => this.draw(s));
    const offLang = langStore.subscribe(() => this.draw(screenStore.getState()));
    onSceneEnd(this, () => {
      offView();
      offLang();
      this.bed.destroy();
    });
    this.draw(screenStore.getState());
  }

  private draw(s: ScreenState): void {
    const round = currentRound(s);
    if (round?.view.activity !== 'checkin') return;
    const view = round.view;
    const { t, lang } = langStore.getState();
    const tc = t.screenPage.checkin;
    const animate = this.drawnOnce;
    const everyone = view.of > 0 && view.done >= view.of;

    fitText(this.title, view.title[lang], TEXT_W, 48, 30);
    const pop = animate && this.shownDone !== null && this.shownDone !== view.done;
    this.shownDone = view.done;
    if (view.of === 0) this.setWords(tc.hint, t.screenPage.waitingForFriends, pop);
    else if (everyone) this.setWords(tc.everyone, tc.thanks, pop);
    else this.setWords(fill(tc.finished, { done: view.done, of: view.of }), tc.hint, pop);
    this.bed.update(view.done, view.of, animate);
    this.raiseSun(view, animate);

    if (everyone && !this.everyone && animate) this.celebrate();
    this.everyone = everyone;
    this.drawnOnce = true;
    markSceneReadyAfterRender(this.game);
  }

  /** The largest sizes that fit; a new count pops in gently (a language switch just swaps the words). */
  private setWords(count: string, hint: string, pop: boolean): void {
    for (let size = 116; ; size -= 6) {
      this.count.setFontSize(size);
      setBalancedText(this.count, count, TEXT_W);
      if (this.count.height <= size * 1.5 || size <= 76) break;
    }
    for (let size = 52; ; size -= 4) {
      this.hint.setFontSize(size);
      setBalancedText(this.hint, hint, TEXT_W);
      if (this.hint.height <= size * 1.5 || size <= 38) break;
    }
    if (!pop) return;
    this.tweens.killTweensOf(this.count);
    this.count.setScale(0.86);
    this.tweens.add({ targets: this.count, scale: 1, duration: 600, ease: 'Back.easeOut' });
  }

  private raiseSun(view: CheckinScreen, animate: boolean): void {
    const share = view.of > 0 ? Math.min(1, view.done / view.of) : 0;
    const y = SUN.low + (SUN.high - SUN.low) * share;
    const size = SUN.size * (0.9 + 0.2 * share);
    // Only the climb is replaced; the sun's slow rocking keeps going.
    this.sunRise?.remove();
    this.sunRise = null;
    if (!animate) return void this.sun.setY(y).setDisplaySize(size, size);
    this.sunRise = this.tweens.add({ targets: this.sun, y, displayWidth: size, displayHeight: size, duration: 1400, ease: 'Sine.easeInOut' });
  }

  /** Everyone has finished: the flowers hop in turn and a few little flowers float down, then all is calm. */
  private celebrate(): void {
    this.time.delayedCall(1200, () => this.bed.hopAll());
    shower(this, {
      count: 22,
      make: (scene, i, x, y) => {
        const d = 30 + Math.random() * 30;
        return scene.add.image(x, y, flowerKey(i)).setDisplaySize(d, d);
      },
      sideMargin: 160,
      startY: -50,
      depth: 20,
      tilt: [-30, 30],
      fallTo: [480, 900],
      drift: 220,
      spin: 160,
      fallMs: [3000, 4400],
      delayMs: [600, 1800],
      fadeAtMs: [3400, 4800],
      fadeMs: 800,
    });
  }
}
