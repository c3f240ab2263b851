// The lobby's join card: "Join with your tablet", the join code in huge digit tiles, and the QR code.
import type Phaser from 'phaser';
import type { Dict } from '../../../shared/i18n';
import { fitText } from '../art/fit-text';
import { loadImage } from '../art/raster';
import { COLORS, textStyle } from '../art/theme';
import { cjkWrap } from '../art/wrap-text';
import { qrDataUrl, QR_PX } from '../qr';

export const CARD = { x: 140, y: 128, w: 1640, h: 446, r: 40 } as const;
const QR_CX = CARD.x + CARD.w - 110 - QR_PX / 2;
const QR_TOP = CARD.y + 40;
/** The warm band behind the QR code starts here; the join text is centred in what is left of it. */
const BAND_X = QR_CX - QR_PX / 2 - 80;
const LEFT_CX = (CARD.x + BAND_X) / 2;
const LEFT_W = BAND_X - CARD.x - 140;

export class JoinCard {
  private readonly title: Phaser.GameObjects.Text;
  private readonly steps: Phaser.GameObjects.Text;
  private readonly digits: Phaser.GameObjects.Container;
  private readonly qr: Phaser.GameObjects.Image;
  private readonly qrFrame: Phaser.GameObjects.Graphics;
  private readonly url: Phaser.GameObjects.Text;
  private readonly root: Phaser.GameObjects.Container;
  private code = '';
  private joinUrl = '';

  constructor(private readonly scene: Phaser.Scene) {
    const card = scene.add.graphics();
    // Two offset layers of shadow read as a soft drop shadow without a blur filter.
    card.fillStyle(COLORS.shadow, 0.05);
    card.fillRoundedRect(CARD.x - 4, CARD.y + 6, CARD.w + 8, CARD.h + 16, CARD.r + 6);
    card.fillStyle(COLORS.shadow, 0.07);
    card.fillRoundedRect(CARD.x, CARD.y + 6, CARD.w, CARD.h + 6, CARD.r);
    card.fillStyle(COLORS.card, 1);
    card.fillRoundedRect(CARD.x, CARD.y, CARD.w, CARD.h, CARD.r);
    // A warm band down the QR side ties the two halves together.
    card.fillStyle(COLORS.tile, 1);
    card.fillRoundedRect(BAND_X, CARD.y, CARD.x + CARD.w - BAND_X, CARD.h, { tl: 0, tr: CARD.r, br: CARD.r, bl: 0 });

    const centred = { align: 'center' } as const;
    this.title = scene.add.text(LEFT_CX, CARD.y + 44, '', { ...textStyle(68, COLORS.inkCss, true), ...centred, wordWrap: cjkWrap(LEFT_W) }).setOrigin(0.5, 0);
    this.steps = scene.add.text(LEFT_CX, CARD.y + 140, '', { ...textStyle(38, COLORS.inkSoftCss), ...centred, wordWrap: cjkWrap(LEFT_W) }).setOrigin(0.5, 0);
    this.digits = scene.add.container(LEFT_CX, CARD.y + 220);

    this.qrFrame = scene.add.graphics();
    this.qrFrame.fillStyle(0xffffff, 1);
    this.qrFrame.fillRoundedRect(QR_CX - QR_PX / 2 - 18, QR_TOP - 18, QR_PX + 36, QR_PX + 36, 24);
    this.qr = scene.add
      .image(QR_CX, QR_TOP + QR_PX / 2, '__WHITE')
      .setDisplaySize(QR_PX, QR_PX)
      .setVisible(false);
    this.url = scene.add.text(QR_CX, QR_TOP + QR_PX + 34, '', textStyle(26, COLORS.inkSoftCss)).setOrigin(0.5, 0);
    this.root = scene.add.container(0, 0, [card, this.title, this.steps, this.digits, this.qrFrame, this.qr, this.url]);
  }

  setVisible(visible: boolean): void {
    this.root.setVisible(visible);
  }

  update(code: string, joinUrl: string, t: Dict['screenPage']): void {
    this.title.setText(t.joinTitle);
    this.steps.setText(t.joinSteps);
    // The step line sits under the title however many lines the title wrapped to.
    this.steps.setY(this.title.y + this.title.height + 8);
    const digitsY = Math.max(CARD.y + 220, this.steps.y + this.steps.height + 24);
    if (code !== this.code || digitsY !== this.digits.y) {
      this.digits.setY(digitsY);
      this.drawDigits(code);
    }
    if (joinUrl !== this.joinUrl) this.loadQr(joinUrl);
  }

  private drawDigits(code: string): void {
    this.code = code;
    this.digits.removeAll(true);
    const n = Math.max(1, code.length);
    const gap = 26;
    const tileW = Math.min(170, (LEFT_W - (n - 1) * gap) / n);
    const maxH = CARD.y + CARD.h - 50 - this.digits.y;
    const tileH = Math.min(tileW * 1.25, maxH);
    const left = -(n * tileW + (n - 1) * gap) / 2;
    [...code].forEach((digit, i) => {
      const x = left + i * (tileW + gap);
      const tile = this.scene.add.graphics();
      tile.fillStyle(COLORS.tileEdge, 1);
      tile.fillRoundedRect(x, 10, tileW, tileH, 28);
      tile.fillStyle(COLORS.tile, 1);
      tile.fillRoundedRect(x, 0, tileW, tileH, 28);
      tile.lineStyle(4, COLORS.tileEdge, 1);
      tile.strokeRoundedRect(x, 0, tileW, tileH, 28);
      const label = this.scene.add
        .text(x + tileW / 2, tileH / 2 + 4, digit, { ...textStyle(Math.round(tileH * 0.78), COLORS.inkCss, true), padding: { top: 0, bottom: 0 } })
        .setOrigin(0.5);
      this.digits.add([tile, label]);
    });
  }

  private loadQr(joinUrl: string): void {
    this.joinUrl = joinUrl;
    fitText(this.url, joinUrl.replace(/^https?:\/\//, ''), QR_PX + 120, 26, 18);
    const key = `qr:${joinUrl}`;
    void qrDataUrl(joinUrl)
      .then(async (dataUrl) => {
        const img = await loadImage(dataUrl);
        // The scene (or the whole game) may have gone while the image decoded.
        if (this.joinUrl !== joinUrl || !this.qr.active) return;
        if (!this.scene.textures.exists(key)) this.scene.textures.addImage(key, img);
        this.qr.setTexture(key).setDisplaySize(QR_PX, QR_PX).setVisible(true);
      })
      .catch(() => this.qr.setVisible(false));
  }
}
