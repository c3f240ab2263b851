// Build Together on the shared screen: the picture large, pieces flying in from the child who placed them,
// whose turn it is (turns mode), who asks for help (their places glowing), everyone building as avatars —
// progress is the picture itself — and, once complete, the finished picture with every builder round it.
import Phaser from 'phaser';
import type { BuildTogetherScreen } from '../../../../shared/activities/build-together';
import { langStore } from '../../../common/i18n';
import { DESIGN_H } from '../../art/theme';
import { takeNewMoments } from '../../moment-tracker';
import { markSceneReadyAfterRender } from '../../scene-ready';
import { currentRound, screenStore, type ScreenState } from '../../screen-store';
import { drawBackdrop } from '../../scenes/backdrop';
import { onSceneEnd } from '../../scenes/on-scene-end';
import { MomentFloats } from '../moment-floats';
import { BOARD_SCALE, ensureDesignTextures } from './build-textures';
import { BuilderGrid, gridSpots, type Spot } from './builder-grid';
import { Celebration } from './celebration';
import { HelpCards } from './help-cards';
import { PictureBoard, type BoardLayout } from './picture-board';
import { PANEL, TurnCard } from './turn-card';

export const BUILD_TOGETHER = 'build-together';

const LIVE: BoardLayout = { x: 40, y: 100, scale: BOARD_SCALE };
const FINALE: BoardLayout = { x: 360, y: 252, scale: 1 };
const PANEL_BOTTOM = DESIGN_H - 16;

/** The builders round the finished picture: half down each side. */
function finaleSpots(n: number): Spot[] {
  const left = Math.ceil(n / 2);
  const column = (count: number, x: number) => gridSpots(count, { x, y: 250, w: 300, h: 800 }, 150);
  return [...column(left, 30), ...column(n - left, 1590)];
}

export class BuildTogetherScene extends Phaser.Scene {
  private board: PictureBoard | null = null;
  private turn!: TurnCard;
  private help!: HelpCards;
  private grid!: BuilderGrid;
  private party!: Celebration;
  private floats!: MomentFloats;
  private drawnOnce = false;
  private celebrated = false;
  private alive = false;
  /** The picture's textures are in (they are made when the round's scene starts). */
  private ready = false;

  constructor() {
    super(BUILD_TOGETHER);
  }

  create(): void {
    this.board = null;
    this.drawnOnce = false;
    this.celebrated = false;
    this.alive = true;
    this.ready = false;
    drawBackdrop(this);
    this.turn = new TurnCard(this);
    this.help = new HelpCards(this);
    this.grid = new BuilderGrid(this);
    this.party = new Celebration(this);
    this.floats = new MomentFloats(
      this,
      (id) => this.grid.figure(id),
      (id) => {
        const on = this.turn.target(id);
        if (on) return on;
        const f = this.grid.figure(id);
        return f ? { x: f.homeX, y: f.homeY, radius: f.diameter * 0.62 } : null;
      },
    );
    const offView = screenStore.subscribe((s) => this.draw(s));
    const offLang = langStore.subscribe(() => this.draw(screenStore.getState(), true));
    onSceneEnd(this, () => {
      this.alive = false;
      offView();
      offLang();
      this.board?.destroy();
      this.grid.destroy();
    });
    const round = currentRound(screenStore.getState());
    if (round?.view.activity !== 'build-together') return;
    // Only this picture's textures, made now (a game may never play Build Together at all).
    void ensureDesignTextures(this.textures, round.view.design.id).then(() => {
      if (!this.alive) return;
      this.ready = true;
      this.draw(screenStore.getState());
    });
  }

  private draw(s: ScreenState, langOnly = false): void {
    const round = currentRound(s);
    if (round?.view.activity !== 'build-together') return;
    const view = round.view;
    if (!this.ready) return;
    const t = langStore.getState().t.screenPage;
    const animate = this.drawnOnce && !langOnly;
    const done = view.completed !== null;
    if (!this.board) this.board = new PictureBoard(this, view.design, view.slots, done ? FINALE : LIVE);

    if (done) this.celebrate(view, animate);
    else {
      this.turn.update(view, t, animate, view.help.length > 1);
      this.help.update(view.help, this.turn.bottom + 14, t, animate);
      const top = this.help.bottom + 10;
      this.grid.update(view.children, gridSpots(view.children.length, { x: PANEL.x, y: top, w: PANEL.w, h: PANEL_BOTTOM - top }, 130), animate);
    }
    if (langOnly && this.party.showing) this.party.setTexts(t);
    this.board.update(view.slots, animate, (childId) => {
      const f = childId ? this.grid.figure(childId) : undefined;
      if (!f) return null;
      this.time.delayedCall(650, () => f.hop());
      return { x: f.homeX, y: f.homeY };
    });
    if (s.view && !langOnly) this.floats.play(takeNewMoments(s.view.moments));
    this.drawnOnce = true;
    markSceneReadyAfterRender(this.game);
  }

  /** The finished picture moves to the middle, the builders gather round it, and everyone celebrates. */
  private celebrate(view: BuildTogetherScreen, animate: boolean): void {
    if (this.celebrated) return;
    this.celebrated = true;
    const t = langStore.getState().t.screenPage;
    const by = view.completed?.by ?? view.builders;
    this.turn.fade();
    this.help.fade();
    if (animate) this.board?.moveTo(FINALE, 900);
    this.grid.update(by, finaleSpots(by.length), animate);
    this.party.show(t, animate);
    if (animate) this.time.delayedCall(1100, () => this.grid.hopAll());
  }
}
