// Strength Garden on the shared screen: ONE shared garden where every strength grows a flower (word and
// picture; self-chosen and friends' flowers told apart by shape and colour, with a legend), the gardeners'
// avatars in a row below it, and a celebration of the whole garden at the end. Flowers carry no names and
// grow in the order they came, so nobody in the room can count whose flowers are whose.
import Phaser from 'phaser';
import { langStore } from '../../../common/i18n';
import { DESIGN_H, DESIGN_W } from '../../art/theme';
import { takeNewMoments } from '../../moment-tracker';
import { markSceneReadyAfterRender } from '../../scene-ready';
import { currentRound, screenStore, type ScreenState } from '../../screen-store';
import { drawBackdrop } from '../../scenes/backdrop';
import { onSceneEnd } from '../../scenes/on-scene-end';
import { ChildRow } from '../child-row';
import { ScreenBed } from './garden-bed';
import { GardenHeader, HEADER_TOP, HEADER_TOP_UNDER_TIMER } from './garden-header';
import { sharedFlowers } from './shared-garden';
import type { Rect } from './garden-layout';
import { GardenParty } from './garden-party';
import { drawLawn } from './lawn';

export const STRENGTH_GARDEN = 'strength-garden';

/** The gardeners' row along the bottom: equal avatars, no counts. */
const ROW_Y = DESIGN_H - 118;
const ROW_ROOM = 236;

/** The room for the shared bed under a header whose panel starts at `top`, above the gardeners' row. */
function bedArea(top: number): Rect {
  const y = GardenHeader.bottom(top) + 14;
  return { x: 36, y, w: DESIGN_W - 72, h: DESIGN_H - y - ROW_ROOM };
}

export class StrengthGardenScene extends Phaser.Scene {
  private header!: GardenHeader;
  private party!: GardenParty;
  private bed!: ScreenBed;
  private gardeners!: ChildRow;
  private drawnOnce = false;

  constructor() {
    super(STRENGTH_GARDEN);
  }

  create(): void {
    this.drawnOnce = false;
    drawBackdrop(this);
    drawLawn(this, bedArea(HEADER_TOP).y - 30);
    this.header = new GardenHeader(this);
    this.party = new GardenParty(this);
    this.bed = new ScreenBed(this, 'our-garden', null);
    this.gardeners = new ChildRow(this, { x: 80, y: ROW_Y, w: DESIGN_W - 160, maxSize: 116 });
    const offView = screenStore.subscribe((s) => this.draw(s));
    const offLang = langStore.subscribe(() => this.draw(screenStore.getState()));
    onSceneEnd(this, () => {
      offView();
      offLang();
      this.bed.destroy();
      this.gardeners.destroy();
      this.header.destroy();
      this.party.destroy();
    });
    this.draw(screenStore.getState());
  }

  private draw(s: ScreenState): void {
    const round = currentRound(s);
    if (round?.view.activity !== 'strength-garden') return;
    const view = round.view;
    const { t, lang } = langStore.getState();
    const animate = this.drawnOnce;
    const party = view.phase === 'garden';
    // A round timer shown to children takes the top centre: the header moves down under it.
    const top = round.timer ? HEADER_TOP_UNDER_TIMER : HEADER_TOP;
    this.header.set(
      {
        phase: view.phase,
        title: party ? t.screenPage.garden.bloom : view.prompt[lang],
        sub: party ? t.screenPage.garden.bloomSub : '',
        fromSelf: view.labels.fromSelf[lang],
        fromPeer: view.labels.fromPeer[lang],
      },
      top,
      animate,
    );

    // One bed for the whole group; children stand below it in seating order, all the same size.
    this.bed.update({ nickname: view.labels.title[lang], avatar: null, flowers: sharedFlowers(view.beds) }, bedArea(top), lang, animate);
    this.gardeners.update(view.beds, animate);

    if (party && !this.party.showing) {
      this.party.start(animate);
      if (animate) this.bed.hopAll(600);
    } else if (!party) this.party.stop();

    if (s.view) {
      for (const m of takeNewMoments(s.view.moments)) if (m.kind === 'wave') this.gardeners.figure(m.childId)?.wave();
    }
    this.drawnOnce = true;
    markSceneReadyAfterRender(this.game);
  }
}
