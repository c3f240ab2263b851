// One child's avatar on the screen: a soft silhouette until seated, full colour with a name when here,
// dimmed with a sleepy "z z" while the tablet is away (calm, never alarming).
import type Phaser from 'phaser';
import type { PublicSeat } from '../../../shared/session/views';
import { fitText } from '../art/fit-text';
import { COLORS, textStyle } from '../art/theme';
import { avatarKey, softAvatarKey } from '../art/textures';

export type Presence = 'absent' | 'here' | 'resting';

export function presenceOf(seat: PublicSeat): Presence {
  if (!seat.seated) return 'absent';
  return seat.connected ? 'here' : 'resting';
}

export class SeatFigure {
  readonly root: Phaser.GameObjects.Container;
  /** The avatar and its frame; scaled and rotated by the animations, separately from the label. */
  private readonly body: Phaser.GameObjects.Container;
  private readonly shadow: Phaser.GameObjects.Ellipse;
  private readonly halo: Phaser.GameObjects.Arc;
  private readonly soft: Phaser.GameObjects.Image;
  private readonly colour: Phaser.GameObjects.Image;
  private readonly name: Phaser.GameObjects.Text;
  private readonly zz: Phaser.GameObjects.Text;
  private zzTween: Phaser.Tweens.Tween | null = null;
  private presence: Presence | null = null;
  private size = 0;
  private nameWidth = 0;
  /** Where layout() put the figure; animations may still be moving it there. */
  private home = { x: 0, y: 0 };

  constructor(
    private readonly scene: Phaser.Scene,
    seat: PublicSeat,
  ) {
    this.shadow = scene.add.ellipse(0, 0, 10, 10, COLORS.shadow, 0.12);
    this.halo = scene.add.circle(0, 0, 10, 0xffffff, 1);
    this.soft = scene.add.image(0, 0, softAvatarKey(seat.avatar));
    this.colour = scene.add.image(0, 0, avatarKey(seat.avatar));
    this.body = scene.add.container(0, 0, [this.halo, this.soft, this.colour]);
    this.name = scene.add.text(0, 0, '', textStyle(34, COLORS.inkCss, true)).setOrigin(0.5, 0);
    this.zz = scene.add
      .text(0, 0, 'z z', textStyle(30, '#6f7fb0', true))
      .setOrigin(0.5)
      .setAlpha(0);
    this.root = scene.add.container(0, 0, [this.shadow, this.body, this.name, this.zz]);
  }

  /** Places the figure: (x, y) is the avatar's centre, `size` its diameter, `slot` the width it may use. */
  layout(x: number, y: number, size: number, slot: number): void {
    this.root.setPosition(x, y);
    this.home = { x, y };
    this.size = size;
    this.nameWidth = slot - 12;
    for (const img of [this.soft, this.colour]) img.setDisplaySize(size, size);
    this.halo.setRadius(size / 2 + Math.max(5, size * 0.05));
    this.shadow.setSize(size * 0.8, size * 0.16).setPosition(0, size / 2 + size * 0.06);
    this.name.setPosition(0, size / 2 + size * 0.1);
    this.zz.setPosition(size * 0.42, -size * 0.45).setFontSize(Math.round(size * 0.2));
  }

  /** Sets the name at the largest size that fits (at most `maxSize`); returns the size used. */
  setNickname(nickname: string, maxSize = this.nameSize()): number {
    fitText(this.name, nickname, this.nameWidth, Math.min(maxSize, this.nameSize()), 20);
    return parseFloat(String(this.name.style.fontSize));
  }

  /** The name's natural size for this avatar size. */
  nameSize(): number {
    return Math.round(Math.min(40, Math.max(24, this.size * 0.22)));
  }

  setAvatar(seat: PublicSeat): void {
    this.soft.setTexture(softAvatarKey(seat.avatar));
    this.colour.setTexture(avatarKey(seat.avatar));
    for (const img of [this.soft, this.colour]) img.setDisplaySize(this.size, this.size);
  }

  /** Shows a presence; `animate` is false for the first view so nothing "arrives" on a reload. */
  setPresence(next: Presence, animate: boolean): void {
    const prev = this.presence;
    if (prev === next) return;
    this.presence = next;
    const here = next !== 'absent';
    this.soft.setVisible(!here);
    this.colour.setVisible(here);
    this.halo.setVisible(here);
    this.name.setVisible(here);
    this.setResting(next === 'resting');
    if (animate && here && prev === 'absent') this.popIn();
    else if (animate && next === 'here' && prev === 'resting') this.hop();
  }

  private setResting(resting: boolean): void {
    const alpha = resting ? 0.5 : 1;
    this.colour.setAlpha(alpha);
    this.halo.setAlpha(resting ? 0.45 : 1);
    this.name.setAlpha(resting ? 0.55 : 1);
    this.zzTween?.stop();
    this.zzTween = null;
    if (resting) {
      this.zz.setAlpha(0.9).setY(-this.size * 0.45);
      this.zzTween = this.scene.tweens.add({
        targets: this.zz,
        y: -this.size * 0.6,
        alpha: 0.35,
        duration: 1800,
        ease: 'Sine.easeInOut',
        yoyo: true,
        repeat: -1,
      });
    } else {
      this.zz.setAlpha(0);
    }
  }

  /** Arrival: the avatar pops in with a soft ring spreading out behind it. */
  private popIn(): void {
    this.scene.tweens.killTweensOf(this.body);
    this.body.setScale(0.2).setAngle(0);
    this.scene.tweens.add({ targets: this.body, scale: 1, duration: 700, ease: 'Back.easeOut', easeParams: [2.2] });
    const ring = this.scene.add.circle(0, 0, this.size / 2, 0xffffff, 0).setStrokeStyle(8, COLORS.coral, 0.7);
    this.root.addAt(ring, 0);
    this.scene.tweens.add({
      targets: ring,
      scale: 1.7,
      alpha: 0,
      duration: 900,
      ease: 'Cubic.easeOut',
      onComplete: () => ring.destroy(),
    });
    this.name.setAlpha(0);
    this.scene.tweens.add({ targets: this.name, alpha: 1, duration: 500, delay: 250 });
  }

  /** A small happy hop (a child arrives back, the star lands). */
  hop(): void {
    this.scene.tweens.add({ targets: this.body, y: -this.size * 0.12, duration: 220, ease: 'Sine.easeOut', yoyo: true });
  }

  /** A friendly "Hi, name!" pill where the name goes, for a few seconds after a child sits down. */
  greet(text: string): void {
    const label = this.scene.add.text(0, 0, '', textStyle(34, '#ffffff', true)).setOrigin(0.5);
    fitText(label, text, this.nameWidth + 40, Math.round(Math.min(40, Math.max(24, this.size * 0.22))), 20);
    const w = label.width + 40;
    const h = label.height + 12;
    const pill = this.scene.add.graphics();
    pill.fillStyle(COLORS.coral, 1);
    pill.fillRoundedRect(-w / 2, -h / 2, w, h, h / 2);
    pill.fillTriangle(-12, -h / 2 + 1, 12, -h / 2 + 1, 0, -h / 2 - 12);
    const box = this.scene.add
      .container(0, this.name.y + this.name.height / 2, [pill, label])
      .setScale(0.6)
      .setAlpha(0);
    this.root.add(box);
    this.scene.tweens.killTweensOf(this.name);
    this.name.setAlpha(0);
    this.scene.tweens.add({ targets: box, alpha: 1, scale: 1, duration: 320, delay: 200, ease: 'Back.easeOut' });
    this.scene.tweens.add({ targets: box, alpha: 0, delay: 3000, duration: 450, onComplete: () => box.destroy() });
    const restingAlpha = this.presence === 'resting' ? 0.55 : 1;
    this.scene.tweens.add({ targets: this.name, alpha: restingAlpha, delay: 3300, duration: 450 });
  }

  /** A wave: the avatar wiggles side to side and hops a little. */
  wave(): void {
    this.scene.tweens.killTweensOf(this.body);
    this.body.setAngle(0).setY(0).setScale(1);
    this.scene.tweens.add({
      targets: this.body,
      angle: { from: -11, to: 11 },
      duration: 230,
      ease: 'Sine.easeInOut',
      yoyo: true,
      repeat: 2,
      onComplete: () => this.body.setAngle(0),
    });
    this.scene.tweens.add({ targets: this.body, y: -this.size * 0.1, duration: 260, ease: 'Sine.easeOut', yoyo: true });
  }

  /** Where moment badges start: just above the avatar, in scene coordinates. */
  get top(): { x: number; y: number } {
    return { x: this.root.x, y: this.root.y - this.size * 0.45 };
  }

  get homeX(): number {
    return this.home.x;
  }

  get homeY(): number {
    return this.home.y;
  }

  get diameter(): number {
    return this.size;
  }

  get isHere(): boolean {
    return this.presence !== null && this.presence !== 'absent';
  }

  destroy(): void {
    this.zzTween?.stop();
    this.scene.tweens.killTweensOf(this.body);
    this.root.destroy();
  }
}
