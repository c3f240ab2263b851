// The path a thrown star takes: a soft upward arc between two children, as a quadratic Bézier.
import type { Point } from './star-circle';

/** The arc's control point: lifted to the "up" side of the chord, so every throw looks like a throw. */
export function arcControl(a: Point, b: Point): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.max(1, Math.hypot(dx, dy));
  let nx = -dy / len;
  let ny = dx / len;
  if (ny > 0) {
    nx = -nx;
    ny = -ny;
  }
  // A nearly vertical throw bends away from the middle of the screen instead.
  if (Math.abs(ny) < 0.25) nx = (a.x + b.x) / 2 < 960 ? -Math.abs(nx) : Math.abs(nx);
  const lift = Math.min(260, 0.3 * len);
  return { x: (a.x + b.x) / 2 + nx * lift, y: (a.y + b.y) / 2 + ny * lift };
}

export function arcPoint(a: Point, c: Point, b: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
}
