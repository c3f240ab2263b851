// The top of the screen's side panel: in turns mode, whose turn it is (their avatar big, softly glowing);
// in free building, "let's build it together" for everyone.
import type Phaser from 'phaser';
import type { BuildChild, BuildTogetherScreen } from '../../../../shared/activities/build-together';
import { fill, type Dict } from '../../../../shared/i18n';
import { fitText } from '../../art/fit-text';
import { avatarKey } from '../../art/textures';
import { COLORS, textStyle } from '../../art/theme';
import { setBalancedText } from '../../art/wrap-text';
import type { Target } from '../moment-floats';

export const PANEL = { x: 1506, w: 388, top: 96 } as const;
const CX = PANEL.x + PANEL.w / 2;
const AVATAR = 200;
/** With friends asking for help below, the card gives them room. */
const COMPACT = 0.72;
const avatarY = (k: number) => PANEL.top + 36 + (AVATAR * k) / 2;

export class TurnCard {
  private readonly card: Phaser.GameObjects.Graphics;
  private readonly body: Phaser.GameObjects.Container;
  private readonly face: Phaser.GameObjects.Container;
  private k = 1;
  private readonly avatar: Phaser.GameObjects.Image;
  private readonly ring: Phaser.GameObjects.Arc;
  private readonly title: Phaser.GameObjects.Text;
  private readonly sub: Phaser.GameObjects.Text;
  private childId: string | null = null;
  private ringTween: Phaser.Tweens.Tween | null = null;
  /** Where the card ends (the next block starts below). */
  bottom: number = PANEL.top;

  constructor(private readonly scene: Phaser.Scene) {
    this.card = scene.add.graphics();
    this.ring = scene.add.circle(0, 0, AVATAR / 2 + 22, 0xffd84d, 0.55);
    const halo = scene.add.circle(0, 0, AVATAR / 2 + 8, 0xffffff, 1);
    this.avatar = scene.add.image(0, 0, '__WHITE').setDisplaySize(AVATAR, AVATAR);
    this.face = scene.add.container(0, 0, [this.ring, halo, this.avatar]);
    this.body = scene.add.container(CX, avatarY(1), [this.face]).setVisible(false);
    this.title = scene.add.text(CX, 0, '', { ...textStyle(50, COLORS.coralCss, true), align: 'center' }).setOrigin(0.5, 0);
    this.sub = scene.add.text(CX, 0, '', { ...textStyle(30, COLORS.inkSoftCss, true), align: 'center' }).setOrigin(0.5, 0);
  }

  update(view: BuildTogetherScreen, t: Dict['screenPage'], animate: boolean, compact = false): void {
    const tb = t.build;
    const turn: BuildChild | null = view.turnMode === 'turns' ? view.turn : null;
    const width = PANEL.w - 48;
    if (turn) {
      const isNew = turn.childId !== this.childId;
      this.avatar.setTexture(avatarKey(turn.avatar)).setDisplaySize(AVATAR, AVATAR);
      this.body.setVisible(true);
      const k = compact ? COMPACT : 1;
      if (k !== this.k) {
        this.k = k;
        this.scene.tweens.killTweensOf(this.face);
        if (animate) this.scene.tweens.add({ targets: this.face, scale: k, duration: 400, ease: 'Sine.easeInOut' });
        else this.face.setScale(k);
      }
      this.body.setY(avatarY(k));
      fitText(this.title, fill(tb.turn, { name: turn.nickname }), width, 50, 30);
      this.title.setY(PANEL.top + 36 + AVATAR * k + 24);
      setBalancedText(this.sub, tb.turnSub, width);
      this.sub.setY(this.title.y + this.title.height + 4);
      if (isNew && animate) {
        this.scene.tweens.killTweensOf(this.body);
        this.body.setScale(0.3);
        this.scene.tweens.add({ targets: this.body, scale: 1, duration: 700, ease: 'Back.easeOut', easeParams: [2] });
      }
      this.pulse(true);
    } else {
      this.body.setVisible(false);
      this.pulse(false);
      const title = view.turnMode === 'turns' ? tb.nextTurn : tb.together;
      this.title.setFontSize(50);
      setBalancedText(this.title, title, width);
      this.title.setY(PANEL.top + 34);
      setBalancedText(this.sub, view.turnMode === 'turns' ? '' : tb.everyone, width);
      this.sub.setY(this.title.y + this.title.height + 6);
    }
    this.childId = turn?.childId ?? null;
    this.bottom = Math.round(this.sub.y + this.sub.height + 30);
    const g = this.card.clear();
    g.fillStyle(COLORS.shadow, 0.1);
    g.fillRoundedRect(PANEL.x, PANEL.top + 8, PANEL.w, this.bottom - PANEL.top, 40);
    g.fillStyle(turn ? 0xfff3c4 : COLORS.card, 1);
    g.fillRoundedRect(PANEL.x, PANEL.top, PANEL.w, this.bottom - PANEL.top, 40);
    g.lineStyle(4, turn ? 0xffc531 : COLORS.tileEdge, 1);
    g.strokeRoundedRect(PANEL.x + 10, PANEL.top + 10, PANEL.w - 20, this.bottom - PANEL.top - 20, 32);
  }

  private pulse(on: boolean): void {
    if (on === (this.ringTween !== null)) return;
    this.ringTween?.stop();
    this.ringTween = null;
    this.ring.setScale(1).setAlpha(0.55);
    if (on)
      this.ringTween = this.scene.tweens.add({ targets: this.ring, scale: 1.12, alpha: 0.2, duration: 1200, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });
  }

  /** The child on turn, where cheers fly to. */
  target(childId: string): Target | null {
    if (childId !== this.childId || !this.body.visible) return null;
    return { x: this.body.x, y: this.body.y, radius: (AVATAR * this.k) / 2 + 10 };
  }

  /** The little happy hop when the child on turn places a piece. */
  hop(): void {
    const y = avatarY(this.k);
    this.scene.tweens.add({ targets: this.body, y: { from: y, to: y - 24 }, duration: 220, ease: 'Sine.easeOut', yoyo: true });
  }

  fade(): void {
    this.pulse(false);
    this.scene.tweens.add({ targets: [this.card, this.body, this.title, this.sub], alpha: 0, duration: 500 });
  }
}
