// The lobby: group name, join card (code + QR) and the roster, animated as children arrive and cheer.
import Phaser from 'phaser';
import { fill } from '../../../shared/i18n';
import { langStore } from '../../common/i18n';
import { fitText } from '../art/fit-text';
import { COLORS, DESIGN_H, DESIGN_W, textStyle } from '../art/theme';
import { takeNewMoments } from '../moment-tracker';
import { markSceneReadyAfterRender } from '../scene-ready';
import { screenStore, type ScreenState } from '../screen-store';
import { drawBackdrop } from './backdrop';
import { CARD, JoinCard } from './join-card';
import { MomentEffects } from './moment-effects';
import { onSceneEnd } from './on-scene-end';
import { RosterStrip } from './roster-strip';

export const LOBBY = 'lobby';

const ROSTER_TITLE_Y = CARD.y + CARD.h + 46;
const ROSTER_TOP = ROSTER_TITLE_Y + 32;

export class LobbyScene extends Phaser.Scene {
  private group!: Phaser.GameObjects.Text;
  private rosterTitle!: Phaser.GameObjects.Text;
  private rosterRule!: Phaser.GameObjects.Graphics;
  private connecting!: Phaser.GameObjects.Text;
  private card!: JoinCard;
  private roster!: RosterStrip;
  private effects!: MomentEffects;
  private drawnOnce = false;

  constructor() {
    super(LOBBY);
  }

  create(): void {
    this.drawnOnce = false;
    drawBackdrop(this);
    this.group = this.add.text(DESIGN_W / 2, 66, '', textStyle(60, COLORS.inkCss, true)).setOrigin(0.5);
    this.card = new JoinCard(this);
    this.rosterRule = this.add.graphics();
    this.rosterTitle = this.add.text(DESIGN_W / 2, ROSTER_TITLE_Y, '', textStyle(34, COLORS.inkSoftCss, true)).setOrigin(0.5);
    this.roster = new RosterStrip(this, { x: 80, y: ROSTER_TOP, w: DESIGN_W - 160, h: DESIGN_H - ROSTER_TOP - 6 });
    this.effects = new MomentEffects(this, this.roster);
    this.connecting = this.add.text(DESIGN_W / 2, 540, '', textStyle(48, COLORS.inkSoftCss)).setOrigin(0.5);

    const offView = screenStore.subscribe((s) => this.draw(s));
    const offLang = langStore.subscribe(() => this.draw(screenStore.getState()));
    onSceneEnd(this, () => {
      offView();
      offLang();
      this.roster.destroy();
    });
    this.draw(screenStore.getState());
  }

  private draw(s: ScreenState): void {
    const t = langStore.getState().t.screenPage;
    const view = s.view;
    const live = view !== null;
    for (const o of [this.group, this.rosterTitle, this.rosterRule]) o.setVisible(live);
    this.card.setVisible(live);
    this.connecting.setVisible(!live).setText(t.connecting);
    if (!view) return;

    fitText(this.group, view.groupName, DESIGN_W - 560, 60, 36);
    this.card.update(view.code, view.joinUrl, t);
    // Until someone sits down the roster's heading says where friends will appear.
    const anyoneHere = view.seats.some((seat) => seat.seated);
    this.rosterTitle.setText(anyoneHere ? t.whoIsHere : t.waitingForFriends);
    this.drawRule();

    const arrivals = this.roster.update(view.seats, this.drawnOnce);
    for (const a of arrivals) this.roster.figure(a.childId)?.greet(fill(t.hello, { name: a.nickname }));
    this.effects.play(takeNewMoments(view.moments));

    this.drawnOnce = true;
    markSceneReadyAfterRender(this.game);
  }

  /** Two short lines either side of the roster title, sized to the title in either language. */
  private drawRule(): void {
    const g = this.rosterRule.clear();
    const half = this.rosterTitle.width / 2 + 28;
    const y = this.rosterTitle.y;
    g.lineStyle(4, COLORS.tileEdge, 1);
    g.lineBetween(DESIGN_W / 2 - half - 160, y, DESIGN_W / 2 - half, y);
    g.lineBetween(DESIGN_W / 2 + half, y, DESIGN_W / 2 + half + 160, y);
  }
}
