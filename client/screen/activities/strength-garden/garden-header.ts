// The top of the garden: the phase prompt in big friendly words on a soft panel, and the legend that tells
// the two kinds of flower apart (a sunflower: "I chose this"; a heart flower: "a friend gave me this").
import type Phaser from 'phaser';
import type { GardenPhase } from '../../../../shared/activities/strength-garden';
import { COLORS, DESIGN_W, textStyle } from '../../art/theme';
import { setBalancedText } from '../../art/wrap-text';
import { legendKey, SPROUT_KEY, SUN_KEY } from './garden-art';

/** The panel's top: at the very top, or under the round's timer bar when the facilitator shows it to children. */
export const HEADER_TOP = 16;
export const HEADER_TOP_UNDER_TIMER = 92;
/** The prompt panel is never taller than this, so the beds below never move with the words. */
export const HEADER_MAX_H = 172;
/** The legend sits at the right under the page's language chip; the beds start below it. */
const LEGEND_TOP = 86;
/** Narrow enough to leave the top right corner to the legend. */
const PANEL_MAX_W = 1040;
const LEGEND_ICON = 46;

export interface HeaderWords {
  phase: GardenPhase;
  title: string;
  /** Second, smaller line (the celebration's subtitle), or ''. */
  sub: string;
  fromSelf: string;
  fromPeer: string;
}

export class GardenHeader {
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly icon: Phaser.GameObjects.Image;
  private readonly title: Phaser.GameObjects.Text;
  private readonly sub: Phaser.GameObjects.Text;
  private readonly root: Phaser.GameObjects.Container;
  private readonly legend: Phaser.GameObjects.Container;
  private readonly legendBg: Phaser.GameObjects.Graphics;
  private readonly legendTexts: [Phaser.GameObjects.Text, Phaser.GameObjects.Text];
  private readonly legendIcons: [Phaser.GameObjects.Image, Phaser.GameObjects.Image];
  private shown = '';

  constructor(private readonly scene: Phaser.Scene) {
    this.panel = scene.add.graphics();
    this.icon = scene.add.image(0, 0, SPROUT_KEY);
    this.title = scene.add.text(0, 0, '', { ...textStyle(56, COLORS.inkCss, true), align: 'center' }).setOrigin(0.5, 0);
    this.sub = scene.add.text(0, 0, '', { ...textStyle(40, COLORS.coralCss, true), align: 'center' }).setOrigin(0.5, 0);
    this.root = scene.add.container(DESIGN_W / 2, HEADER_TOP, [this.panel, this.icon, this.title, this.sub]).setDepth(20);
    this.legendBg = scene.add.graphics();
    this.legendIcons = [scene.add.image(0, 0, legendKey('self')), scene.add.image(0, 0, legendKey('peer'))];
    this.legendTexts = [
      scene.add.text(0, 0, '', textStyle(25, '#7a5000', true)).setOrigin(0, 0.5),
      scene.add.text(0, 0, '', textStyle(25, '#9c2f58', true)).setOrigin(0, 0.5),
    ];
    this.legend = scene.add.container(0, 0, [this.legendBg, ...this.legendIcons, ...this.legendTexts]).setDepth(20);
  }

  /** The bottom of the header (panel and legend) when the panel's top is at `top`. */
  static bottom(top: number): number {
    return Math.max(top + HEADER_MAX_H, LEGEND_TOP + LEGEND_ICON * 2 + 28);
  }

  /** Shows these words with the panel's top at `top`; new words pop in gently, the same words stay still. */
  set(w: HeaderWords, top: number, animate: boolean): void {
    this.root.setY(top);
    const key = JSON.stringify(w);
    if (key === this.shown) return;
    const phaseChanged = !this.shown.includes(`"phase":"${w.phase}"`);
    this.shown = key;
    const party = w.phase === 'garden';
    this.icon.setTexture(party ? SUN_KEY : SPROUT_KEY);
    this.title.setColor(party ? COLORS.coralCss : COLORS.inkCss);
    // The largest size that keeps the words in two lines inside the band.
    const maxW = PANEL_MAX_W - 200;
    for (let size = party ? 66 : 56; ; size -= 3) {
      this.title.setFontSize(size);
      this.sub.setFontSize(Math.round(size * 0.66));
      setBalancedText(this.title, w.title, maxW);
      setBalancedText(this.sub, w.sub, maxW);
      if (this.stackH(w.sub !== '') <= HEADER_MAX_H - 30 || size <= 34) break;
    }
    this.sub.setVisible(w.sub !== '');
    const h = this.stackH(w.sub !== '') + 30;
    const textW = Math.max(this.title.width, w.sub ? this.sub.width : 0);
    const iconD = Math.min(100, h - 16);
    const pw = Math.min(PANEL_MAX_W, textW + iconD + 90);
    const cx = (iconD + 16) / 2;
    this.title.setPosition(cx, 15);
    this.sub.setPosition(cx, 15 + this.title.height + 2);
    this.icon.setDisplaySize(iconD, iconD).setPosition(-pw / 2 + 22 + iconD / 2, h / 2);
    const g = this.panel.clear();
    g.fillStyle(COLORS.shadow, 0.1);
    g.fillRoundedRect(-pw / 2, 7, pw, h, Math.min(48, h / 2));
    g.fillStyle(party ? 0xfff3c4 : 0xffffff, 0.94);
    g.fillRoundedRect(-pw / 2, 0, pw, h, Math.min(48, h / 2));
    g.lineStyle(4, party ? 0xffc531 : 0xcfe8c0, 1);
    g.strokeRoundedRect(-pw / 2, 0, pw, h, Math.min(48, h / 2));
    this.drawLegend(w.fromSelf, w.fromPeer);
    if (animate && phaseChanged) {
      this.scene.tweens.killTweensOf(this.root);
      this.root.setScale(0.85).setAlpha(0);
      this.scene.tweens.add({ targets: this.root, scale: 1, alpha: 1, duration: 550, ease: 'Back.easeOut' });
    }
  }

  /** The legend at the right, under the page's language chip (the join chip is top left, a visible timer top centre). */
  private drawLegend(self: string, peer: string): void {
    const [a, b] = this.legendTexts;
    a.setText(self);
    b.setText(peer);
    const rowH = LEGEND_ICON + 6;
    const w = LEGEND_ICON + 14 + Math.max(a.width, b.width) + 36;
    const right = DESIGN_W - 28;
    const x0 = right - w;
    const top = LEGEND_TOP;
    this.legendIcons.forEach((icon, i) => icon.setDisplaySize(LEGEND_ICON, LEGEND_ICON).setPosition(x0 + 14 + LEGEND_ICON / 2, top + 8 + rowH * i + rowH / 2));
    this.legendTexts.forEach((t, i) => t.setPosition(x0 + 14 + LEGEND_ICON + 12, top + 8 + rowH * i + rowH / 2));
    const g = this.legendBg.clear();
    g.fillStyle(COLORS.shadow, 0.08);
    g.fillRoundedRect(x0, top + 5, w, rowH * 2 + 16, 26);
    g.fillStyle(0xffffff, 0.92);
    g.fillRoundedRect(x0, top, w, rowH * 2 + 16, 26);
    g.lineStyle(3, COLORS.tileEdge, 1);
    g.strokeRoundedRect(x0, top, w, rowH * 2 + 16, 26);
  }

  private stackH(withSub: boolean): number {
    return this.title.height + (withSub ? this.sub.height + 2 : 0);
  }

  destroy(): void {
    this.root.destroy();
    this.legend.destroy();
  }
}
