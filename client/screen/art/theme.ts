// The screen's look: design size, calm warm colours, the CJK-capable font stack and type sizes.
import type Phaser from 'phaser';

/** Scenes are laid out on a 16:9 design canvas; Phaser's FIT scaling maps it onto any window. */
export const DESIGN_W = 1920;
export const DESIGN_H = 1080;

/** No web fonts (the product runs offline): system fonts that carry Chinese glyphs. */
export const FONT_STACK = 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Colours as numbers (Phaser Graphics) and strings (Phaser Text, CSS). */
export const COLORS = {
  paperCss: '#fff6ea',
  card: 0xfffdf8,
  shadow: 0x8a5a2b,
  inkCss: '#3b2a24',
  inkSoftCss: '#7a5b4c',
  peach: 0xffd9bf,
  butter: 0xffe9a8,
  mint: 0xcfeedd,
  sky: 0xd8e6fb,
  coral: 0xf0875f,
  coralCss: '#e0764f',
  tile: 0xfff1de,
  tileEdge: 0xf3c9a0,
  eyesBg: 0x2c3a5e,
  eyesTitleCss: '#fffaf0',
  eyesSubCss: '#ffe2b8',
} as const;

/** Phaser Text style basics shared by every label. */
export function textStyle(size: number, color: string, bold = false): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT_STACK,
    fontSize: `${size}px`,
    fontStyle: bold ? 'bold' : 'normal',
    color,
    // CJK glyphs and descenders need room so the canvas does not clip them.
    padding: { top: Math.ceil(size * 0.12), bottom: Math.ceil(size * 0.12) },
  };
}
