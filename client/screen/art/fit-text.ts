// Shrinks a one-line Phaser Text until it fits a width (long group names, long nicknames), then ellipsises.
import type Phaser from 'phaser';

export function fitText(text: Phaser.GameObjects.Text, value: string, maxWidth: number, maxSize: number, minSize: number): void {
  text.setText(value);
  let size = maxSize;
  text.setFontSize(size);
  while (text.width > maxWidth && size > minSize) {
    size = Math.max(minSize, Math.floor(size * 0.92));
    text.setFontSize(size);
  }
  if (text.width <= maxWidth) return;
  const chars = [...value];
  while (chars.length > 1 && text.width > maxWidth) {
    chars.pop();
    text.setText(`${chars.join('').trimEnd()}…`);
  }
}
