// Who is asking for help, in the side panel: the child's avatar with the piece they hold, "needs help",
// and once a friend pressed help, that friend's avatar beside it ("is helping!").
import type Phaser from 'phaser';
import type { BuildTogetherScreen } from '../../../../shared/activities/build-together';
import { fill, type Dict } from '../../../../shared/i18n';
import { avatarKey } from '../../art/textures';
import { COLORS, textStyle } from '../../art/theme';
import { setBalancedText } from '../../art/wrap-text';
import { pieceFit, pieceKey } from './build-textures';
import { PANEL } from './turn-card';

type Help = BuildTogetherScreen['help'][number];

const CARD_H = 112;
const GAP = 14;
/** More requests than this wait their turn to be shown (the glow on the picture shows them all). */
const MAX_CARDS = 3;

export class HelpCards {
  private cards: Phaser.GameObjects.Container[] = [];
  private key = '';
  bottom = 0;

  constructor(private readonly scene: Phaser.Scene) {}

  update(help: readonly Help[], top: number, t: Dict['screenPage'], animate: boolean): void {
    const shown = help.slice(0, MAX_CARDS);
    const key = JSON.stringify([top, shown.map((x) => [x.child.childId, x.child.avatar, x.child.nickname, x.look.shape, x.look.colour, x.helpedBy?.childId ?? null]), t.build.needsHelp]);
    this.bottom = shown.length ? top + shown.length * (CARD_H + GAP) + 8 : top;
    if (key === this.key) return;
    const before = new Set(this.cards.map((c) => String(c.getData('id'))));
    this.key = key;
    for (const c of this.cards) c.destroy();
    this.cards = shown.map((x, i) => {
      const card = this.card(x, t);
      card.setPosition(PANEL.x, top + 6 + i * (CARD_H + GAP));
      if (animate && !before.has(card.getData('id') as string)) {
        card.setAlpha(0).setScale(0.9);
        this.scene.tweens.add({ targets: card, alpha: 1, scale: 1, duration: 450, ease: 'Back.easeOut' });
      }
      return card;
    });
  }

  private card(x: Help, t: Dict['screenPage']): Phaser.GameObjects.Container {
    const s = this.scene;
    const helped = x.helpedBy !== null;
    const bg = s.add.graphics();
    bg.fillStyle(COLORS.shadow, 0.1);
    bg.fillRoundedRect(0, 6, PANEL.w, CARD_H, 34);
    bg.fillStyle(helped ? COLORS.mint : COLORS.butter, 1);
    bg.fillRoundedRect(0, 0, PANEL.w, CARD_H, 34);
    const halo = s.add.circle(62, CARD_H / 2, 44, 0xffffff, 1);
    const face = s.add.image(62, CARD_H / 2, avatarKey(x.child.avatar)).setDisplaySize(84, 84);
    const pieceBg = s.add.circle(128, CARD_H / 2 + 20, 30, 0xffffff, 1).setStrokeStyle(3, 0xf3c9a0);
    const size = pieceFit(x.look.shape, 46);
    const piece = s.add.image(128, CARD_H / 2 + 20, pieceKey(x.look.shape, x.look.colour, 'solid')).setDisplaySize(size.w, size.h);
    const parts: Phaser.GameObjects.GameObject[] = [bg, halo, face, pieceBg, piece];
    let left = 176;
    if (x.helpedBy) {
      // The friend who is helping stands right beside the asker.
      parts.push(s.add.circle(194, CARD_H / 2, 36, 0xffffff, 1), s.add.image(194, CARD_H / 2, avatarKey(x.helpedBy.avatar)).setDisplaySize(66, 66));
      left = 242;
    }
    const words = s.add.text(left, CARD_H / 2, '', { ...textStyle(x.helpedBy ? 26 : 28, COLORS.inkCss, true) }).setOrigin(0, 0.5);
    const textW = PANEL.w - left - 16;
    setBalancedText(words, x.helpedBy ? fill(t.build.helping, { helper: x.helpedBy.nickname }) : fill(t.build.needsHelp, { name: x.child.nickname }), textW);
    if (words.height > CARD_H - 12) words.setFontSize(22);
    parts.push(words);
    const card = s.add.container(0, 0, parts);
    card.setData('id', `${x.child.childId}:${helped}`);
    return card;
  }

  fade(): void {
    this.scene.tweens.add({ targets: this.cards, alpha: 0, duration: 400 });
  }
}
