// Who is asking for help, in the side panel: the child's avatar with the piece they hold, "needs help",
// and once a friend pressed help, that friend's avatar beside it ("is helping!").
import type Phaser from 'phaser';
import type { BuildTogetherScreen } from '../../../../shared/activities/build-together';
import { fill, type Dict } from '../../../../shared/i18n';
import { avatarKey } from '../../art/textures';
import { COLORS, textStyle } from '../../art/theme';
import { fitBalancedText } from '../../art/wrap-text';
import { reportLabels, type LabelBounds } from '../../label-bounds';
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
    const key = JSON.stringify([
      top,
      shown.map((x) => [x.child.childId, x.child.avatar, x.child.nickname, x.look.shape, x.look.colour, x.helpedBy?.childId ?? null]),
      t.build.needsHelp,
    ]);
    this.bottom = shown.length ? top + shown.length * (CARD_H + GAP) + 8 : top;
    if (key === this.key) return;
    const before = new Set(this.cards.map((c) => String(c.getData('id'))));
    this.key = key;
    for (const c of this.cards) c.destroy();
    const labels: LabelBounds[] = [];
    this.cards = shown.map((x, i) => {
      const card = this.card(x, t);
      card.setPosition(PANEL.x, top + 6 + i * (CARD_H + GAP));
      const words = card.getData('words') as Phaser.GameObjects.Text;
      const room = card.getData('room') as LabelBounds['box'];
      labels.push({
        id: card.getData('id') as string,
        text: words.text,
        lines: words.getWrappedText(),
        box: { ...room, x: room.x + card.x, y: room.y + card.y },
        took: { x: card.x + words.x, y: card.y + words.y - words.height / 2, w: words.width, h: words.height },
      });
      if (animate && !before.has(card.getData('id') as string)) {
        card.setAlpha(0).setScale(0.9);
        this.scene.tweens.add({ targets: card, alpha: 1, scale: 1, duration: 450, ease: 'Back.easeOut' });
      }
      return card;
    });
    reportLabels('build-help', labels);
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
    // A long name makes the words a little smaller, never cut inside a word nor out of the card.
    const room = { x: left, y: 6, w: PANEL.w - left - 16, h: CARD_H - 12 };
    const sizes = x.helpedBy ? [26, 24, 22, 20, 18] : [28, 26, 24, 22, 20, 18];
    const say = (name: string) => (x.helpedBy ? fill(t.build.helping, { helper: name }) : fill(t.build.needsHelp, { name }));
    const name = x.helpedBy ? x.helpedBy.nickname : x.child.nickname;
    fitBalancedText(words, say(name), room.w, room.h, sizes);
    // On two lines, the name stays whole on its own line ("欧阳诸葛小 / 明需要帮忙" would cut a child's name).
    if (words.getWrappedText().length > 1) fitBalancedText(words, say(`${name}\n`).replace(/\n\s+/, '\n'), room.w, room.h, sizes);
    parts.push(words);
    const card = s.add.container(0, 0, parts);
    card.setData('id', `${x.child.childId}:${helped}`);
    card.setData('words', words);
    card.setData('room', room);
    return card;
  }

  fade(): void {
    this.scene.tweens.add({ targets: this.cards, alpha: 0, duration: 400 });
  }
}
