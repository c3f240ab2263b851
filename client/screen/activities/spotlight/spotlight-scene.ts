// The Spotlight on the shared screen: a warm stage, the presenter large in the light with the prompt
// card beside them, the audience calm along the front, and peers' reactions floating up to the presenter.
import Phaser from 'phaser';
import { CARD_PICTURES } from '../../../../shared/activities/spotlight/decks';
import type { SpotlightScreen } from '../../../../shared/activities/spotlight/views';
import { fill } from '../../../../shared/i18n';
import { langStore } from '../../../common/i18n';
import { fitText } from '../../art/fit-text';
import { COLORS, DESIGN_W, textStyle } from '../../art/theme';
import { cjkWrap } from '../../art/wrap-text';
import { takeNewMoments } from '../../moment-tracker';
import { markSceneReadyAfterRender } from '../../scene-ready';
import { currentRound, screenStore, serverNow, type ScreenState } from '../../screen-store';
import { onSceneEnd } from '../../scenes/on-scene-end';
import { ChildRow } from '../child-row';
import { MomentFloats } from '../moment-floats';
import { PresenterSpot, ringFraction, SPOT } from './presenter-spot';
import { PromptCardView } from './prompt-card';
import { CONE_W, drawCone, drawStageSet } from './stage-set';

export const SPOTLIGHT = 'spotlight';

const ROW_Y = 934;
const IDLE_Y = 430;
const THANKS_MS = 3200;

export class SpotlightScene extends Phaser.Scene {
  private spot!: PresenterSpot;
  private card!: PromptCardView;
  private row!: ChildRow;
  private floats!: MomentFloats;
  private cone!: Phaser.GameObjects.Image;
  private idleText!: Phaser.GameObjects.Text;
  private deckText!: Phaser.GameObjects.Text;
  private view: SpotlightScreen | null = null;
  private paused = false;
  private frozenElapsed = 0;
  private drawnOnce = false;
  private lastPhase: SpotlightScreen['phase'] | null = null;
  private lastPresenter: { childId: string; nickname: string } | null = null;
  /** A thank-you to the child who has just presented, shown for a few seconds. */
  private thanks: { name: string } | null = null;

  constructor() {
    super(SPOTLIGHT);
  }

  create(): void {
    this.drawnOnce = false;
    this.lastPhase = null;
    this.lastPresenter = null;
    this.thanks = null;
    drawStageSet(this);
    this.cone = drawCone(this, DESIGN_W / 2).setAlpha(0.9);
    // Slightly wider than the image, so the pool reads as a soft oval even at the stage's edges.
    this.cone.setDisplaySize(CONE_W * 1.02, this.cone.height);
    this.idleText = this.add
      .text(0, 0, '', { ...textStyle(120, COLORS.coralCss, true), align: 'center', wordWrap: cjkWrap(1300) })
      .setOrigin(0.5)
      .setAlpha(0);
    // A slow breath on a wrapper, so it never fights the text's own pop-in.
    const breath = this.add.container(DESIGN_W / 2, IDLE_Y, [this.idleText]);
    this.deckText = this.add
      .text(DESIGN_W / 2, IDLE_Y + 130, '', textStyle(52, COLORS.inkSoftCss, true))
      .setOrigin(0.5)
      .setAlpha(0);
    this.tweens.add({ targets: breath, scale: 1.04, duration: 1700, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });
    this.spot = new PresenterSpot(this);
    this.card = new PromptCardView(this);
    this.row = new ChildRow(this, { x: 120, y: ROW_Y, w: DESIGN_W - 240, maxSize: 136 });
    this.floats = new MomentFloats(
      this,
      (id) => this.row.figure(id),
      (id) => (id === this.spot.presenterId ? this.spot.target() : null),
    );

    const offView = screenStore.subscribe((s) => this.draw(s));
    const offLang = langStore.subscribe(() => this.draw(screenStore.getState()));
    onSceneEnd(this, () => {
      offView();
      offLang();
      this.row.destroy();
      this.spot.destroy();
      this.card.destroy();
    });
    this.draw(screenStore.getState());
  }

  private draw(s: ScreenState): void {
    const round = currentRound(s);
    if (round?.view.activity !== 'spotlight') return;
    const view = round.view;
    const { t, lang } = langStore.getState();
    const tp = t.screenPage;
    if (round.paused && !this.paused) this.frozenElapsed = this.elapsed(view);
    this.paused = round.paused;
    this.view = view;

    const presenter = view.phase !== 'idle' ? view.presenter : null;
    if (presenter && (view.phase === 'offered' || view.phase === 'presenting')) {
      this.spot.show(presenter, view.phase, tp);
      if (view.card) this.card.show(view.card, view.deckName[lang], lang, CARD_PICTURES.indexOf(view.card.picture));
      this.moveCone(SPOT.x);
      this.thanks = null;
      this.tweens.killTweensOf([this.idleText, this.deckText]);
      this.idleText.setAlpha(0);
      this.deckText.setAlpha(0);
    } else {
      // A child who has just presented gets a warm thank-you; one who passed slips back without a word.
      if (this.drawnOnce && this.lastPhase === 'presenting' && this.lastPresenter) {
        const thanks = { name: this.lastPresenter.nickname };
        this.thanks = thanks;
        this.time.delayedCall(THANKS_MS, () => {
          if (this.thanks !== thanks) return;
          this.thanks = null;
          this.draw(screenStore.getState());
        });
      }
      const thanks = this.thanks;
      this.showIdle(thanks ? fill(tp.spotlight.thanks, { name: thanks.name }) : tp.spotlight.whoIsNext);
      // Between turns the deck's theme says what today's sharing is about.
      fitText(this.deckText, view.deckName[lang], 1300, 52, 32);
      this.fadeTo(this.deckText, thanks ? 0 : 1);
      this.spot.hide();
      this.card.hide();
      this.moveCone(DESIGN_W / 2);
    }
    this.row.update(view.audience, this.drawnOnce);
    this.floats.play(takeNewMoments(s.view?.moments ?? []));

    this.lastPhase = view.phase;
    this.lastPresenter = presenter ? { childId: presenter.childId, nickname: presenter.nickname } : null;
    this.drawnOnce = true;
    markSceneReadyAfterRender(this.game);
  }

  private showIdle(text: string): void {
    if (this.idleText.text === text && this.idleText.alpha > 0) return;
    this.tweens.killTweensOf(this.idleText);
    this.idleText.setText(text).setScale(0.9).setAlpha(0);
    this.tweens.add({ targets: this.idleText, alpha: 1, scale: 1, duration: 500, ease: 'Back.easeOut' });
  }

  private fadeTo(target: Phaser.GameObjects.Text, alpha: number): void {
    if (target.alpha === alpha) return;
    this.tweens.killTweensOf(target);
    this.tweens.add({ targets: target, alpha, duration: 400 });
  }

  private moveCone(x: number): void {
    if (Math.abs(this.cone.x - x) < 1) return;
    this.tweens.killTweensOf(this.cone);
    if (!this.drawnOnce) this.cone.setX(x);
    else this.tweens.add({ targets: this.cone, x, duration: 900, ease: 'Sine.easeInOut' });
  }

  private elapsed(view: SpotlightScreen): number {
    return view.startedAt === null ? 0 : serverNow() - view.startedAt;
  }

  override update(): void {
    const view = this.view;
    if (view?.phase !== 'presenting' || view.startedAt === null) return;
    // While the round is paused the ring holds still.
    this.spot.setRing(ringFraction(this.paused ? this.frozenElapsed : this.elapsed(view)));
  }
}
