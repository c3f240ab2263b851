// The prompt card on the easel: the deck's name, a big friendly picture and the prompt in the screen's language.
import type Phaser from 'phaser';
import type { PromptCard } from '../../../../shared/activities/spotlight/decks';
import type { Language } from '../../../../shared/session/roster';
import { fitText } from '../../art/fit-text';
import { COLORS, textStyle } from '../../art/theme';
import { cjkWrap, setBalancedText } from '../../art/wrap-text';
import { cardPictureKey } from './card-pictures';

export const CARD_BOX = { x: 1355, y: 480, w: 690, h: 640 } as const;
const TOP = -CARD_BOX.h / 2;
const PIC_R = 150;
const PIC_Y = TOP + 92 + PIC_R;
const TEXT_TOP = PIC_Y + PIC_R + 26;
const TEXT_W = CARD_BOX.w - 110;
const TEXT_H = CARD_BOX.h / 2 - 28 - TEXT_TOP;

/** Soft picture backgrounds, one per card in turn, so consecutive cards look different. */
const PIC_BG = [0xffe9a8, 0xd8e6fb, 0xcfeedd, 0xffd9bf, 0xeadffb];

export class PromptCardView {
  private readonly root: Phaser.GameObjects.Container;
  private readonly face: Phaser.GameObjects.Container;
  private readonly picBg: Phaser.GameObjects.Arc;
  private readonly picture: Phaser.GameObjects.Image;
  private readonly deck: Phaser.GameObjects.Text;
  private readonly text: Phaser.GameObjects.Text;
  private cardId: string | null = null;
  private shown = false;

  constructor(private readonly scene: Phaser.Scene) {
    const { w, h } = CARD_BOX;
    const paper = scene.add.graphics();
    paper.fillStyle(COLORS.shadow, 0.08);
    paper.fillRoundedRect(-w / 2 - 4, -h / 2 + 10, w + 8, h + 12, 44);
    paper.fillStyle(COLORS.shadow, 0.1);
    paper.fillRoundedRect(-w / 2, -h / 2 + 8, w, h, 40);
    paper.fillStyle(COLORS.card, 1);
    paper.fillRoundedRect(-w / 2, -h / 2, w, h, 40);
    paper.lineStyle(5, COLORS.tileEdge, 1);
    paper.strokeRoundedRect(-w / 2 + 14, -h / 2 + 14, w - 28, h - 28, 30);
    this.deck = scene.add.text(0, TOP + 56, '', textStyle(34, COLORS.inkSoftCss, true)).setOrigin(0.5);
    this.picBg = scene.add.circle(0, PIC_Y, PIC_R, PIC_BG[0] ?? 0xffe9a8, 1);
    this.picture = scene.add.image(0, PIC_Y, '__WHITE').setDisplaySize(PIC_R * 1.7, PIC_R * 1.7);
    this.text = scene.add
      .text(0, TEXT_TOP + TEXT_H / 2, '', { ...textStyle(64, COLORS.inkCss, true), align: 'center', wordWrap: cjkWrap(TEXT_W) })
      .setOrigin(0.5);
    this.face = scene.add.container(0, 0, [this.deck, this.picBg, this.picture, this.text]);
    this.root = scene.add.container(CARD_BOX.x, CARD_BOX.y, [paper, this.face]).setAngle(1.5).setVisible(false);
  }

  show(card: PromptCard, deckName: string, lang: Language, index: number): void {
    const fresh = card.id !== this.cardId;
    const apply = () => this.fill(card, deckName, lang, index);
    if (!this.shown) {
      this.shown = true;
      apply();
      this.scene.tweens.killTweensOf(this.root);
      this.root
        .setVisible(true)
        .setAlpha(0)
        .setScale(0.85)
        .setY(CARD_BOX.y + 60);
      this.scene.tweens.add({ targets: this.root, alpha: 1, scale: 1, y: CARD_BOX.y, duration: 600, ease: 'Back.easeOut' });
    } else if (fresh) {
      // Another card: the card turns over.
      this.scene.tweens.killTweensOf(this.root);
      this.scene.tweens.add({
        targets: this.root,
        scaleX: 0,
        duration: 220,
        ease: 'Sine.easeIn',
        onComplete: () => {
          apply();
          this.scene.tweens.add({ targets: this.root, scaleX: 1, duration: 260, ease: 'Sine.easeOut' });
        },
      });
    } else {
      apply();
    }
  }

  hide(): void {
    if (!this.shown) return;
    this.shown = false;
    this.cardId = null;
    this.scene.tweens.killTweensOf(this.root);
    this.scene.tweens.add({ targets: this.root, alpha: 0, y: CARD_BOX.y + 40, duration: 400, onComplete: () => this.root.setVisible(false) });
  }

  private fill(card: PromptCard, deckName: string, lang: Language, index: number): void {
    this.cardId = card.id;
    fitText(this.deck, deckName, CARD_BOX.w - 120, 34, 24);
    this.picBg.setFillStyle(PIC_BG[index % PIC_BG.length] ?? 0xffe9a8, 1);
    this.picture.setTexture(cardPictureKey(card.picture)).setDisplaySize(PIC_R * 1.7, PIC_R * 1.7);
    // The largest size at which the whole prompt fits in its box, down to a size still readable from the back.
    for (let size = 68; ; size -= 4) {
      this.text.setFontSize(size);
      setBalancedText(this.text, card.text[lang], TEXT_W);
      if (this.text.height <= TEXT_H || size <= 40) break;
    }
  }

  destroy(): void {
    this.root.destroy();
  }
}
