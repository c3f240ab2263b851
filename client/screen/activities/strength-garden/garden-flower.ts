// One flower on the screen: a stem from the ground, the head (shape and colour say self or friend) with the
// strength's picture in its middle, and the strength's word on a little garden tag under it.
import type Phaser from 'phaser';
import type { GardenFlower } from '../../../../shared/activities/strength-garden';
import type { Language } from '../../../../shared/session/roster';
import { COLORS, textStyle } from '../../art/theme';
import { setBalancedText } from '../../art/wrap-text';
import { FLOWER_DISC } from '../../../common/activities/strength-garden/flowers';
import { headKey, LEAF_KEY, pictureKey } from './garden-art';
import { FONT_FLOOR, type FlowerSpot } from './garden-layout';

const INK = 0x3b2a24;
const STEM = 0x5fae6e;
/** The tag's edge repeats the flower's kind: gold for "I chose this", pink for "a friend gave me this". */
const TAG_EDGE = { self: 0xf2b631, peer: 0xff8fb3 } as const;

export class ScreenFlower {
  readonly root: Phaser.GameObjects.Container;
  private readonly stem: Phaser.GameObjects.Graphics;
  private readonly leaves: Phaser.GameObjects.Image[];
  private readonly head: Phaser.GameObjects.Container;
  private readonly tag: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private sway: Phaser.Tweens.Tween | null = null;
  private spot: FlowerSpot | null = null;
  private words = '';

  constructor(
    private readonly scene: Phaser.Scene,
    readonly flower: GardenFlower,
  ) {
    this.stem = scene.add.graphics();
    this.leaves = [scene.add.image(0, 0, LEAF_KEY).setOrigin(0.04, 0.5), scene.add.image(0, 0, LEAF_KEY).setOrigin(0.04, 0.5).setFlipX(true)];
    const face = scene.add.image(0, 0, headKey(flower.from, flower.key));
    const pic = scene.add.image(0, 0, pictureKey(flower.card.picture));
    this.head = scene.add.container(0, 0, [face, pic]);
    this.tag = scene.add.graphics();
    this.label = scene.add.text(0, 0, '', { ...textStyle(26, COLORS.inkCss, true), align: 'center' }).setOrigin(0.5, 0);
    this.root = scene.add.container(0, 0, [this.stem, ...this.leaves, this.tag, this.label, this.head]);
  }

  get key(): string {
    return this.flower.key;
  }

  /** Puts the flower on its spot (bed coordinates) with its words in `lang`. */
  layout(spot: FlowerSpot, lang: Language): void {
    const words = this.flower.card.text[lang];
    if (this.spot && words === this.words && sameSpot(this.spot, spot)) return;
    this.spot = spot;
    this.words = words;
    const d = spot.head;
    const [face, pic] = this.head.list as Phaser.GameObjects.Image[];
    face!.setDisplaySize(d, d);
    pic!.setDisplaySize(d * FLOWER_DISC * 0.92, d * FLOWER_DISC * 0.92);
    if (spot.mode === 'chip') this.layoutChip(spot, words);
    else this.layoutStanding(spot, words);
    this.startSway();
  }

  /** Standing in the soil: head on top, the word on a tag under it, the stem down to the ground. */
  private layoutStanding(spot: FlowerSpot, words: string): void {
    const d = spot.head;
    this.root.setPosition(spot.x, spot.y);
    const headY = -spot.height + d / 2 + 6;
    this.head.setPosition(0, headY);
    this.label.setOrigin(0.5, 0).setAlign('center');
    this.fitLabel(words, spot.labelW - 12, Math.max(24, spot.height - d - 12), spot.font);
    const top = headY + d / 2 + 2;
    this.label.setPosition(0, top + 4);
    const tw = Math.min(spot.labelW, this.label.width + 18);
    this.drawTag(-tw / 2, top, tw, this.label.height + 8);
    this.drawStem(0, headY + d * 0.3, Math.max(4, d * 0.08));
    // Leaves only where the stem shows below the tag.
    const below = -(top + this.label.height + 8);
    const leafW = Math.min(d * 0.5, 46);
    this.leaves.forEach((leaf, i) => {
      leaf.setDisplaySize(leafW, leafW * 0.62).setVisible(below > leafW * 0.5);
      leaf.setPosition(0, -below * (i === 0 ? 0.35 : 0.62)).setAngle(i === 0 ? -28 : 28);
    });
  }

  /** A full bed: the head with its word beside it, like a seed packet on a stick, rows of them. */
  private layoutChip(spot: FlowerSpot, words: string): void {
    const d = spot.head;
    this.root.setPosition(spot.x, spot.y);
    this.head.setPosition(d / 2, 0);
    this.label.setOrigin(0, 0.5).setAlign('left');
    const labelW = spot.labelW - d - 14;
    this.fitLabel(words, labelW - 12, spot.height - 4, spot.font);
    this.label.setPosition(d + 4, 0);
    const th = this.label.height + 6;
    this.drawTag(d * 0.55, -th / 2, Math.min(labelW + d * 0.45, this.label.width + d * 0.45 + 14), th);
    // A short stem under the head, so it still reads as a flower.
    this.drawStem(d / 2, d * 0.3, Math.max(3, d * 0.08), Math.min(spot.height / 2, d * 0.75));
    this.leaves.forEach((leaf) => leaf.setVisible(false));
  }

  /**
   * The largest font (from `start` down) at which the words fit `maxW` × `maxH` without breaking a word
   * in two; a long hyphenated word may break after its hyphen.
   */
  private fitLabel(words: string, maxW: number, maxH: number, start: number): void {
    for (let size = start; ; size -= 1) {
      // The font stack's line boxes are tall (for Chinese): lines of a tag sit closer together.
      this.label.setFontSize(size).setLineSpacing(-Math.round(size * 0.2));
      let text = words;
      let fits = this.widestWord(text) <= maxW;
      if (!fits && words.includes('-')) {
        text = words.replace(/-/g, '- ');
        fits = this.widestWord(text) <= maxW;
      }
      setBalancedText(this.label, text, maxW);
      if (fits && this.label.height <= maxH) return;
      if (size <= FONT_FLOOR) break;
    }
    // Only a very, very full bed gets here: the words end in "…" rather than run into the next flower
    // (the mirror and the child's own tablet keep them whole).
    const chars = [...this.label.text.replace(/\n/g, ' ')];
    while (chars.length > 1 && this.label.height > maxH) {
      chars.pop();
      setBalancedText(this.label, `${chars.join('').trimEnd()}…`, maxW);
    }
  }

  private drawTag(x: number, y: number, w: number, h: number): void {
    const r = Math.min(14, h / 2);
    const g = this.tag.clear();
    g.fillStyle(0xfffdf8, 0.96);
    g.fillRoundedRect(x, y, w, h, r);
    g.lineStyle(3, TAG_EDGE[this.flower.from], 1);
    g.strokeRoundedRect(x, y, w, h, r);
  }

  /** The stem from (x, 0) up to (x, topY), or from (x, topY) down by `length` when given. */
  private drawStem(x: number, topY: number, w: number, length?: number): void {
    const from = length === undefined ? 0 : topY + length;
    const s = this.stem.clear();
    s.lineStyle(w + 5, INK, 1);
    s.lineBetween(x, from, x, topY);
    s.lineStyle(w, STEM, 1);
    s.lineBetween(x, from - 1.5, x, topY + 1.5);
  }

  /** The flower grows: the stem rises, the head opens with a turn, the tag appears, a few petals fly. */
  grow(delay: number): void {
    const s = this.scene;
    s.tweens.killTweensOf([this.root, this.head]);
    this.root.setScale(1, 0.01).setAlpha(1);
    this.head.setScale(0.2);
    this.label.setAlpha(0);
    this.tag.setAlpha(0);
    s.tweens.add({ targets: this.root, scaleY: 1, delay, duration: 650, ease: 'Sine.easeOut' });
    s.tweens.add({ targets: this.head, scale: 1, angle: { from: -50, to: 0 }, delay: delay + 450, duration: 900, ease: 'Back.easeOut', easeParams: [1.8] });
    s.tweens.add({ targets: [this.label, this.tag], alpha: 1, delay: delay + 700, duration: 500 });
    s.time.delayedCall(delay + 700, () => this.petals());
  }

  /** A little hop of the head (the garden celebrates). */
  hop(delay: number): void {
    this.scene.tweens.add({ targets: this.head, y: this.head.y - 22, duration: 280, delay, ease: 'Sine.easeOut', yoyo: true });
  }

  fadeOut(): void {
    this.sway?.remove();
    this.scene.tweens.add({ targets: this.root, alpha: 0, duration: 400, onComplete: () => this.root.destroy() });
  }

  destroy(): void {
    this.sway?.remove();
    this.root.destroy();
  }

  /** The width of the longest word that may not be broken (Latin words; Chinese breaks between characters). */
  private widestWord(words: string): number {
    let widest = 0;
    for (const w of words.split(/\s+/)) {
      // A short Chinese strength (会关心人) is one word to a reader: it shrinks a little rather than break as 会关/心人.
      // Longer Chinese may break between characters.
      if (!w || (/[\u3400-\u9fff]/u.test(w) && [...w].length > 4)) continue;
      this.label.setText(w);
      widest = Math.max(widest, this.label.width);
    }
    return widest;
  }

  private startSway(): void {
    if (this.sway) return;
    this.sway = this.scene.tweens.add({
      targets: this.head,
      angle: { from: -4, to: 4 },
      duration: 2400 + Math.random() * 1800,
      delay: Math.random() * 1500,
      ease: 'Sine.easeInOut',
      yoyo: true,
      repeat: -1,
    });
  }

  private petals(): void {
    const d = this.spot?.head ?? 80;
    const m = this.root.getWorldTransformMatrix();
    const x = m.tx + this.head.x;
    const y = m.ty + this.head.y;
    for (let k = 0; k < 6; k++) {
      const a = -Math.PI / 2 + (k - 2.5) * 0.5 + (Math.random() - 0.5) * 0.3;
      const size = d * (0.2 + Math.random() * 0.1);
      const petal = this.scene.add
        .image(x, y, headKey(this.flower.from, `${this.flower.key}:${k}`))
        .setDisplaySize(size, size)
        .setDepth(40);
      const dist = d * (0.8 + Math.random() * 0.5);
      this.scene.tweens.add({
        targets: petal,
        x: x + Math.cos(a) * dist,
        y: y + Math.sin(a) * dist,
        angle: (Math.random() - 0.5) * 220,
        alpha: 0,
        duration: 1300 + Math.random() * 500,
        ease: 'Sine.easeOut',
        onComplete: () => petal.destroy(),
      });
    }
  }
}

function sameSpot(a: FlowerSpot, b: FlowerSpot): boolean {
  return (
    a.mode === b.mode &&
    Math.abs(a.x - b.x) < 0.5 &&
    Math.abs(a.y - b.y) < 0.5 &&
    Math.abs(a.head - b.head) < 0.5 &&
    Math.abs(a.labelW - b.labelW) < 0.5 &&
    Math.abs(a.height - b.height) < 0.5 &&
    a.font === b.font
  );
}
