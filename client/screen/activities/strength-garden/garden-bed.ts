// A garden bed on the screen: a soft plot with a wooden-edged strip of soil, a tag with a name (and an avatar
// when the bed is one child's), and its flowers standing in it (little sprouts while it is still empty).
import type Phaser from 'phaser';
import type { GardenFlower } from '../../../../shared/activities/strength-garden';
import type { AvatarId } from '../../../../shared/avatars';
import type { Language } from '../../../../shared/session/roster';
import { fitText } from '../../art/fit-text';
import { avatarKey } from '../../art/textures';
import { COLORS, textStyle } from '../../art/theme';
import { SPROUT_KEY } from './garden-art';
import { ScreenFlower } from './garden-flower';
import { flowerSpots, wordEm, type FlowerSpot, type Rect } from './garden-layout';

const PAD = 12;

/** What a bed shows: a tag's words, its avatar (null: the group's shared bed, no avatar) and its flowers. */
export interface BedContent {
  nickname: string;
  avatar: AvatarId | null;
  flowers: readonly GardenFlower[];
}

export class ScreenBed {
  readonly root: Phaser.GameObjects.Container;
  private readonly plot: Phaser.GameObjects.Graphics;
  /** Thin strips of soil under the back rows of a full bed, so no flower floats in the air. */
  private readonly terraces: Phaser.GameObjects.Graphics;
  private readonly halo: Phaser.GameObjects.Arc;
  private readonly avatar: Phaser.GameObjects.Image;
  private readonly nameTag: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly sprouts: Phaser.GameObjects.Image[];
  private readonly flowers = new Map<string, ScreenFlower>();
  private rect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private avatarId: AvatarId | null;
  private nickname = '';
  private lang: Language = 'en';

  constructor(
    private readonly scene: Phaser.Scene,
    readonly childId: string,
    avatar: AvatarId | null,
  ) {
    this.avatarId = avatar;
    this.plot = scene.add.graphics();
    this.terraces = scene.add.graphics();
    this.nameTag = scene.add.graphics();
    this.halo = scene.add.circle(0, 0, 10, 0xffffff, 1).setStrokeStyle(3, 0xf3c9a0, 1);
    this.avatar = scene.add.image(0, 0, avatarKey(avatar ?? 'cat')).setVisible(avatar !== null);
    this.halo.setVisible(avatar !== null);
    this.name = scene.add.text(0, 0, '', textStyle(32, COLORS.inkCss, true)).setOrigin(0, 0.5);
    this.sprouts = [0, 1, 2].map(() => scene.add.image(0, 0, SPROUT_KEY).setAlpha(0.85));
    this.root = scene.add.container(0, 0, [this.plot, this.terraces, ...this.sprouts, this.nameTag, this.halo, this.avatar, this.name]);
  }

  get flowerCount(): number {
    return this.flowers.size;
  }

  /** Every flower gives a little hop, left to right, after `delay`. */
  hopAll(delay: number): void {
    [...this.flowers.values()].forEach((f, i) => f.hop(delay + i * 110));
  }

  /** Draws this bed in `rect` with these flowers; returns how many flowers grew now (animated). */
  update(bed: BedContent, rect: Rect, lang: Language, animate: boolean): number {
    if (bed.avatar !== this.avatarId) {
      this.avatarId = bed.avatar;
      if (bed.avatar) this.avatar.setTexture(avatarKey(bed.avatar));
      this.avatar.setVisible(bed.avatar !== null);
      this.halo.setVisible(bed.avatar !== null);
    }
    const moved = rect.x !== this.rect.x || rect.y !== this.rect.y || rect.w !== this.rect.w || rect.h !== this.rect.h;
    this.rect = rect;
    this.root.setPosition(rect.x, rect.y);
    if (moved || bed.nickname !== this.nickname || lang !== this.lang) this.drawFrame(bed.nickname);
    this.lang = lang;

    const keep = new Set(bed.flowers.map((f) => f.key));
    for (const [key, f] of this.flowers) {
      if (keep.has(key)) continue;
      // A pick put back in phase 1: the flower fades away, no fuss.
      this.flowers.delete(key);
      if (animate) f.fadeOut();
      else f.destroy();
    }
    const fresh: ScreenFlower[] = [];
    for (const f of bed.flowers) {
      if (this.flowers.has(f.key)) continue;
      const flower = new ScreenFlower(this.scene, f);
      this.root.addAt(flower.root, 2 + this.sprouts.length);
      this.flowers.set(f.key, flower);
      fresh.push(flower);
    }
    // Keep the view's order (own flowers first, then friends' as they came).
    const ordered = bed.flowers.map((f) => this.flowers.get(f.key)!);
    const area = this.flowerArea();
    const chips = { ...area, h: this.rect.h - PAD - area.y };
    const spots = flowerSpots(ordered.length, area, Math.min(170, area.h * 0.5), wordEm(bed.flowers.map((f) => f.card.text[lang])), chips);
    ordered.forEach((f, i) => f.layout(spots[i]!, lang));
    this.drawTerraces(spots, area);
    this.drawSprouts(ordered.length === 0);
    if (animate) fresh.forEach((f, i) => f.grow(i * 350));
    return animate ? fresh.length : 0;
  }

  destroy(): void {
    for (const f of this.flowers.values()) f.destroy();
    this.flowers.clear();
    this.root.destroy();
  }

  /** The name tag's height for this bed size. */
  private tagH(): number {
    return Math.round(Math.max(54, Math.min(84, this.rect.h * 0.19)));
  }

  private soilH(): number {
    return Math.round(Math.max(26, Math.min(46, this.rect.h * 0.12)));
  }

  private flowerArea(): Rect {
    const top = PAD + this.tagH() + 4;
    const ground = this.rect.h - this.soilH() * 0.55;
    return { x: PAD + 4, y: top, w: this.rect.w - 2 * PAD - 8, h: ground - top };
  }

  private drawFrame(nickname: string): void {
    this.nickname = nickname;
    const { w, h } = this.rect;
    const soil = this.soilH();
    const g = this.plot.clear();
    // The plot: a pale card so each child's bed is its own place.
    g.fillStyle(COLORS.shadow, 0.08);
    g.fillRoundedRect(0, 6, w, h, 30);
    g.fillStyle(0xfbfff5, 0.82);
    g.fillRoundedRect(0, 0, w, h, 30);
    g.lineStyle(3, 0xcfe8c0, 1);
    g.strokeRoundedRect(0, 0, w, h, 30);
    // The soil with a wooden edge along its top.
    const sx = PAD;
    const sy = h - soil - PAD * 0.6;
    g.fillStyle(0x9b6a46, 1);
    g.fillRoundedRect(sx, sy, w - 2 * PAD, soil, { tl: 10, tr: 10, bl: 18, br: 18 });
    g.fillStyle(0x7d5336, 1);
    for (let x = sx + 18; x < w - PAD - 10; x += 34) g.fillCircle(x, sy + soil * 0.62, 2.5);
    g.fillStyle(0xd9a066, 1);
    g.fillRoundedRect(sx - 4, sy - 5, w - 2 * PAD + 8, 12, 6);
    g.lineStyle(2.5, 0x3b2a24, 0.55);
    g.strokeRoundedRect(sx - 4, sy - 5, w - 2 * PAD + 8, 12, 6);

    // The name tag: avatar and nickname on a white pill at the top left.
    const th = this.tagH();
    const d = th - 8;
    this.halo.setRadius(d / 2 + 4).setPosition(PAD + th / 2, PAD + th / 2);
    this.avatar.setDisplaySize(d, d).setPosition(PAD + th / 2, PAD + th / 2);
    const nameX = this.avatarId ? PAD + th + 8 : PAD + 28;
    fitText(this.name, nickname, w - nameX - PAD - 24, Math.round(th * 0.5), 20);
    this.name.setPosition(nameX, PAD + th / 2);
    const tw = Math.min(w - 2 * PAD, nameX - PAD + this.name.width + 26);
    const n = this.nameTag.clear();
    n.fillStyle(0xffffff, 1);
    n.fillRoundedRect(PAD, PAD, tw, th, th / 2);
    n.lineStyle(3, COLORS.tileEdge, 1);
    n.strokeRoundedRect(PAD, PAD, tw, th, th / 2);
  }

  private drawTerraces(spots: readonly FlowerSpot[], area: Rect): void {
    const g = this.terraces.clear();
    const bottom = area.y + area.h - 1;
    const rows = [...new Set(spots.filter((s) => s.mode === 'stand' && s.y < bottom).map((s) => Math.round(s.y)))];
    for (const y of rows) {
      g.fillStyle(0x9b6a46, 1);
      g.fillRoundedRect(area.x, y - 6, area.w, 14, 7);
      g.fillStyle(0xd9a066, 1);
      g.fillRoundedRect(area.x - 2, y - 9, area.w + 4, 7, 3.5);
    }
  }

  /** Three small sprouts in the soil of a bed with no flowers yet: waiting, never empty-handed. */
  private drawSprouts(show: boolean): void {
    const { w, h } = this.rect;
    const size = Math.min(90, h * 0.3);
    const y = h - this.soilH() - PAD * 0.6 - size * 0.3;
    this.sprouts.forEach((s, i) => {
      s.setVisible(show).setDisplaySize(size, size);
      s.setPosition(w / 2 + (i - 1) * Math.min(w * 0.26, size * 1.7), y);
    });
  }
}
