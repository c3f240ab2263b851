// A gentle shower for the screen's celebrations: little pieces fall from above the top edge, drift, spin and fade.
import type Phaser from 'phaser';
import { DESIGN_W } from './theme';

/** A closed range [min, max]: each piece gets its own value in it. */
export type Range = readonly [number, number];

/** Anything the shower can move: an image or a shape. */
type Piece = Phaser.GameObjects.GameObject &
  Phaser.GameObjects.Components.Transform &
  Phaser.GameObjects.Components.Depth &
  Phaser.GameObjects.Components.AlphaSingle;

export interface ShowerStyle {
  count: number;
  /** Piece i, made at (x, y): its picture and size. */
  make(scene: Phaser.Scene, i: number, x: number, y: number): Piece;
  /** Pieces start across the screen, this far from either side. */
  sideMargin: number;
  /** Where they start (above the top edge). */
  startY: number;
  depth: number;
  /** Starting tilt in degrees. */
  tilt: Range;
  /** How far down they fall (y where the fall ends). */
  fallTo: Range;
  /** Sideways drift in total (half to either side). */
  drift: number;
  /** Degrees turned while falling, to the left or the right. */
  spin: number;
  fallMs: Range;
  /** Pieces start one after another over this window, not all at once. */
  delayMs: Range;
  /** When each starts to fade, and how long fading takes. */
  fadeAtMs: Range;
  fadeMs: number;
}

const within = ([min, max]: Range) => min + Math.random() * (max - min);

/** Lets the pieces fall once; each is destroyed after it has faded. Festive, never loud. */
export function shower(scene: Phaser.Scene, style: ShowerStyle): void {
  for (let i = 0; i < style.count; i++) {
    const x = within([style.sideMargin, DESIGN_W - style.sideMargin]);
    const piece = style.make(scene, i, x, style.startY);
    piece.setDepth(style.depth).setAngle(within(style.tilt));
    scene.tweens.add({
      targets: piece,
      y: within(style.fallTo),
      x: x + (Math.random() - 0.5) * style.drift,
      angle: piece.angle + (Math.random() < 0.5 ? -style.spin : style.spin),
      duration: within(style.fallMs),
      delay: within(style.delayMs),
      ease: 'Sine.easeOut',
    });
    scene.tweens.add({ targets: piece, alpha: 0, delay: within(style.fadeAtMs), duration: style.fadeMs, onComplete: () => piece.destroy() });
  }
}
