// Pass the Star on the shared screen: the children in a circle, the glowing star on the holder, each
// pass animated as a throw with a soft trail, the receiver's prompt in the middle, and a celebration
// when everyone has had the star.
import Phaser from 'phaser';
import type { PassStarScreen } from '../../../../shared/activities/pass-star/views';
import { langStore } from '../../../common/i18n';
import { takeNewMoments } from '../../moment-tracker';
import { markSceneReadyAfterRender } from '../../scene-ready';
import { currentRound, screenStore, type ScreenState } from '../../screen-store';
import { drawBackdrop } from '../../scenes/backdrop';
import { onSceneEnd } from '../../scenes/on-scene-end';
import { MomentFloats } from '../moment-floats';
import { Celebration } from './celebration';
import { CENTRE, StarCircle, type Point } from './star-circle';
import { promptLines } from './prompt-lines';
import { StarPrompt } from './star-prompt';
import { StarToken } from './star-token';
import { StarTrail } from './star-trail';

export const PASS_STAR = 'pass-star';

/** A star given by the facilitator drops in from above the circle. */
const SKY: Point = { x: CENTRE.x, y: -120 };
const CELEBRATE_MS = 4500;

export class PassStarScene extends Phaser.Scene {
  private circle!: StarCircle;
  private trail!: StarTrail;
  private star!: StarToken;
  private prompt!: StarPrompt;
  private party!: Celebration;
  private floats!: MomentFloats;
  private view: PassStarScreen | null = null;
  private holder: string | null = null;
  private celebrated = false;
  private drawnOnce = false;
  /** The room inside the circle for the words, for the current number of children. */
  private middle = { w: 1000, h: 400 };

  constructor() {
    super(PASS_STAR);
  }

  create(): void {
    this.drawnOnce = false;
    this.holder = null;
    this.celebrated = false;
    this.view = null;
    drawBackdrop(this);
    this.circle = new StarCircle(this);
    this.trail = new StarTrail(this);
    this.star = new StarToken(this);
    this.prompt = new StarPrompt(this);
    this.party = new Celebration(this);
    this.floats = new MomentFloats(
      this,
      (id) => this.circle.figure(id),
      (id) => {
        const p = this.circle.position(id);
        return p ? { ...p, radius: this.circle.avatarSize * 0.62 } : null;
      },
      // Under the words in the middle, so a reaction crossing the circle never hides the prompt.
      8,
    );

    const offView = screenStore.subscribe((s) => this.draw(s));
    const offLang = langStore.subscribe(() => this.draw(screenStore.getState(), true));
    onSceneEnd(this, () => {
      offView();
      offLang();
      this.circle.destroy();
      this.trail.destroy();
      this.star.destroy();
      this.prompt.destroy();
    });
    this.draw(screenStore.getState());
  }

  private draw(s: ScreenState, langOnly = false): void {
    const round = currentRound(s);
    if (round?.view.activity !== 'pass-star') return;
    const view = round.view;
    this.view = view;
    const animate = this.drawnOnce;
    const t = langStore.getState().t.screenPage;

    this.circle.update(view.circle, view.everyoneOnce, animate);
    const size = this.circle.avatarSize;
    this.star.setSize(Math.round(size * 0.6));
    this.middle = this.circle.middle;

    const from = this.holder;
    const thrown = view.holder !== from && !langOnly && animate && view.holder !== null;
    this.holder = view.holder;
    if (thrown && view.holder) this.throwStar(from, view.holder);
    else if (!this.star.isFlying) this.settle(animate);

    // "Everyone had the star": celebrate once, when it first comes true while we watch. A round that
    // has ended this way keeps the banner until the screen moves on.
    if (view.everyoneHasHeld && !this.celebrated && animate) {
      this.celebrated = true;
      const lasting = s.view?.round == null;
      this.time.delayedCall(this.star.isFlying ? 1500 : 200, () => {
        this.prompt.hide();
        this.party.show(langStore.getState().t.screenPage, this.middle.w + 60, lasting ? undefined : CELEBRATE_MS);
        this.circle.hopAll();
        if (!lasting) this.time.delayedCall(CELEBRATE_MS + 100, () => this.drawMiddle());
      });
    }
    if (langOnly && this.party.showing) this.party.setTexts(t, this.middle.w + 60);
    if (!view.everyoneHasHeld) this.celebrated = false;

    if (s.view) this.floats.play(takeNewMoments(s.view.moments));
    this.drawnOnce = true;
    markSceneReadyAfterRender(this.game);
  }

  /** The throw: from the last holder if we saw one, else down from above (the facilitator gave it). */
  private throwStar(from: string | null, to: string): void {
    const view = this.view;
    const target = this.restPoint(to);
    if (!view || !target) return;
    const start = (from && this.restPoint(from)) || SKY;
    this.trail.draw(view.trail, (id) => this.circle.position(id), this.circle.avatarSize, true);
    this.circle.setHolder(null, true);
    this.prompt.hide();
    this.star.fly(start, target, () => {
      this.circle.figure(to)?.hop();
      this.settle(true);
    });
  }

  /** Puts everything where it belongs now (no throw): trail, holder ring, star, the middle's words. */
  private settle(animate: boolean): void {
    const view = this.view;
    if (!view) return;
    this.trail.draw(view.trail, (id) => this.circle.position(id), this.circle.avatarSize);
    this.circle.setHolder(view.holder, animate);
    const waiting = this.drawMiddle();
    const rest = view.holder ? this.restPoint(view.holder) : null;
    if (rest) this.star.rest(rest, animate);
    else if (waiting) this.star.waitInMiddle(waiting);
    else this.star.hide();
  }

  /** The words in the middle; with nobody holding the star, it waits on top of them (returns where). */
  private drawMiddle(): Point | null {
    const view = this.view;
    if (!view || this.star.isFlying || this.party.showing) return null;
    const t = langStore.getState().t.screenPage;
    const waiting = !view.holder || !this.circle.position(view.holder);
    const reserve = waiting ? Math.round(this.circle.avatarSize * 0.6 * 1.25 + 30) : 0;
    const room = this.prompt.set(promptLines(view, t), this.middle, reserve);
    return waiting ? room : null;
  }

  /** The star sits on the holder's avatar, at its top right, like a badge. */
  private restPoint(childId: string): Point | null {
    const p = this.circle.position(childId);
    if (!p) return null;
    const size = this.circle.avatarSize;
    return { x: p.x + size * 0.44, y: p.y - size * 0.42 };
  }
}
