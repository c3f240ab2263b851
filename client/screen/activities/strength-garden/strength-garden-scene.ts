// Strength Garden on the shared screen: a garden with one bed per present child (avatar and nickname), where
// each strength grows a flower labelled with its word and picture, self-chosen and friends' flowers told apart
// by shape and colour (with a legend), the phase prompt on top, and a celebration of the whole garden at the end.
import Phaser from 'phaser';
import { langStore } from '../../../common/i18n';
import { DESIGN_H, DESIGN_W } from '../../art/theme';
import { takeNewMoments } from '../../moment-tracker';
import { markSceneReadyAfterRender } from '../../scene-ready';
import { currentRound, screenStore, type ScreenState } from '../../screen-store';
import { drawBackdrop } from '../../scenes/backdrop';
import { onSceneEnd } from '../../scenes/on-scene-end';
import { ScreenBed } from './garden-bed';
import { GardenHeader, HEADER_TOP, HEADER_TOP_UNDER_TIMER } from './garden-header';
import { bedRects, type Rect } from './garden-layout';
import { GardenParty } from './garden-party';
import { drawLawn } from './lawn';

export const STRENGTH_GARDEN = 'strength-garden';

const GAP = 22;

/** The room for the beds under a header whose panel starts at `top`. */
function bedArea(top: number): Rect {
  const y = GardenHeader.bottom(top) + 14;
  return { x: 36, y, w: DESIGN_W - 72, h: DESIGN_H - y - 22 };
}

export class StrengthGardenScene extends Phaser.Scene {
  private header!: GardenHeader;
  private party!: GardenParty;
  private beds = new Map<string, ScreenBed>();
  private drawnOnce = false;

  constructor() {
    super(STRENGTH_GARDEN);
  }

  create(): void {
    this.drawnOnce = false;
    this.beds = new Map();
    drawBackdrop(this);
    drawLawn(this, bedArea(HEADER_TOP).y - 30);
    this.header = new GardenHeader(this);
    this.party = new GardenParty(this);
    const offView = screenStore.subscribe((s) => this.draw(s));
    const offLang = langStore.subscribe(() => this.draw(screenStore.getState()));
    onSceneEnd(this, () => {
      offView();
      offLang();
      for (const bed of this.beds.values()) bed.destroy();
      this.beds.clear();
      this.header.destroy();
      this.party.destroy();
    });
    this.draw(screenStore.getState());
  }

  private draw(s: ScreenState): void {
    const round = currentRound(s);
    if (!round || round.view.activity !== 'strength-garden') return;
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

    // Beds in seating order, never sorted by flowers; a child who leaves takes their bed along quietly.
    const keep = new Set(view.beds.map((b) => b.childId));
    for (const [id, bed] of this.beds) {
      if (keep.has(id)) continue;
      this.beds.delete(id);
      this.tweens.add({ targets: bed.root, alpha: 0, duration: 400, onComplete: () => bed.destroy() });
    }
    const rects = bedRects(view.beds.length, bedArea(top), GAP);
    view.beds.forEach((b, i) => {
      let bed = this.beds.get(b.childId);
      const isNew = !bed;
      if (!bed) {
        bed = new ScreenBed(this, b.childId, b.avatar);
        this.beds.set(b.childId, bed);
      }
      bed.update(b, rects[i]!, lang, animate);
      if (isNew && animate) {
        bed.root.setAlpha(0);
        this.tweens.add({ targets: bed.root, alpha: 1, duration: 600 });
      }
    });

    if (party && !this.party.showing) {
      this.party.start(animate);
      if (animate) [...this.beds.values()].forEach((bed, i) => bed.hopAll(600 + i * 180));
    } else if (!party) this.party.stop();

    if (s.view) {
      for (const m of takeNewMoments(s.view.moments)) if (m.kind === 'wave') this.beds.get(m.childId)?.avatarHop();
    }
    this.drawnOnce = true;
    markSceneReadyAfterRender(this.game);
  }
}
