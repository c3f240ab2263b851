// Everyone building, as avatars: in the side panel while the picture grows (each hops as their piece
// goes in), then round the finished picture for the celebration. No counts, no marks: just who is here.
import type Phaser from 'phaser';
import type { BuildChild } from '../../../../shared/activities/build-together';
import type { PublicSeat } from '../../../../shared/session/views';
import { SeatFigure } from '../../scenes/seat-figure';

const asSeat = (c: BuildChild): PublicSeat => ({ ...c, seated: true, connected: true, seatedAt: null });

export interface GridArea {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where each avatar goes: a centre, its diameter and the width its name may use. */
export interface Spot {
  x: number;
  y: number;
  size: number;
  slot: number;
  /** Whether the name shows under the avatar. */
  named: boolean;
}

/** Row height per avatar diameter: the avatar, its name below, and a little air (less without names). */
const PITCH = 1.7;
const PITCH_FACES = 1.22;
/** Below this, names would be cut to a letter or two: the faces alone say who is who. */
const NAMES_FROM = 84;

/** Rows of avatars filling an area, as large as fits (never larger than `max`); names only where they fit. */
export function gridSpots(n: number, area: GridArea, max: number): Spot[] {
  const spots = layoutGrid(n, area, max, PITCH, true);
  return spots.length > 0 && spots[0]!.size < NAMES_FROM ? layoutGrid(n, area, max, PITCH_FACES, false) : spots;
}

function layoutGrid(n: number, area: GridArea, max: number, pitch: number, named: boolean): Spot[] {
  let best: { cols: number; size: number } = { cols: 1, size: 0 };
  for (let cols = 1; cols <= Math.max(1, n); cols++) {
    const rows = Math.ceil(n / cols);
    const size = Math.min(max, (area.w / cols) * 0.8, area.h / rows / pitch);
    if (size > best.size) best = { cols, size };
  }
  const { cols } = best;
  const size = Math.floor(best.size);
  const rows = Math.ceil(n / cols);
  const cellW = area.w / cols;
  const cellH = size * pitch;
  const top = area.y + (area.h - rows * cellH) / 2;
  return Array.from({ length: n }, (_, i) => {
    const r = Math.floor(i / cols);
    const inRow = Math.min(cols, n - r * cols);
    const c = i % cols;
    return { x: area.x + area.w / 2 + (c - (inRow - 1) / 2) * cellW, y: top + r * cellH + size * 0.5, size, slot: cellW, named };
  });
}

export class BuilderGrid {
  private readonly figures = new Map<string, SeatFigure>();
  private key = '';

  constructor(private readonly scene: Phaser.Scene) {}

  /** Shows these children at these spots; new ones pop in, the rest glide to their new places. */
  update(children: readonly BuildChild[], spots: readonly Spot[], animate: boolean): void {
    const key = JSON.stringify([children, spots]);
    if (key === this.key) return;
    this.key = key;
    const keep = new Set(children.map((c) => c.childId));
    for (const [id, fig] of this.figures) {
      if (keep.has(id)) continue;
      this.figures.delete(id);
      if (!animate) fig.destroy();
      else this.scene.tweens.add({ targets: fig.root, alpha: 0, scale: 0.6, duration: 350, onComplete: () => fig.destroy() });
    }
    children.forEach((c, i) => {
      const spot = spots[i];
      if (!spot) return;
      let fig = this.figures.get(c.childId);
      if (!fig) {
        fig = new SeatFigure(this.scene, asSeat(c));
        this.figures.set(c.childId, fig);
        fig.layout(spot.x, spot.y, spot.size, spot.slot);
        fig.setPresence('absent', false);
        fig.setPresence('here', animate);
      } else {
        const from = { x: fig.root.x, y: fig.root.y };
        fig.setAvatar(asSeat(c));
        fig.layout(spot.x, spot.y, spot.size, spot.slot);
        if (animate && (from.x !== spot.x || from.y !== spot.y)) {
          fig.root.setPosition(from.x, from.y);
          this.scene.tweens.add({ targets: fig.root, x: spot.x, y: spot.y, duration: 600, ease: 'Sine.easeInOut' });
        }
      }
      fig.setNickname(spot.named ? c.nickname : '');
    });
  }

  figure(childId: string): SeatFigure | undefined {
    return this.figures.get(childId);
  }

  /** Everyone hops, one after another: the celebration's wave of joy. */
  hopAll(delayMs = 110): void {
    [...this.figures.values()].forEach((f, i) => this.scene.time.delayedCall(i * delayMs, () => f.hop()));
  }

  destroy(): void {
    for (const f of this.figures.values()) f.destroy();
    this.figures.clear();
  }
}
