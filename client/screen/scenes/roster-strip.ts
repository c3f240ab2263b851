// The roster along the bottom of the lobby: one SeatFigure per child, laid out in one to three rows.
import type Phaser from 'phaser';
import type { PublicSeat } from '../../../shared/session/views';
import { presenceOf, SeatFigure } from './seat-figure';

export interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Arrival {
  childId: string;
  nickname: string;
}

/** Rows, avatar size and slot width for `n` children in the area: as big as fits, never cramped. */
export function rosterGrid(n: number, area: Area): { rows: number; perRow: number; size: number; slot: number; rowH: number } {
  const rows = n <= 8 ? 1 : n <= 18 ? 2 : 3;
  const perRow = Math.max(1, Math.ceil(n / rows));
  const rowH = area.h / rows;
  const slot = Math.min(area.w / perRow, 300);
  // The name under the avatar takes about a third of the avatar's height.
  const size = Math.floor(Math.min(slot * 0.72, rowH / (rows > 1 ? 1.56 : 1.48), 190));
  return { rows, perRow, size, slot, rowH };
}

export class RosterStrip {
  private readonly figures = new Map<string, SeatFigure>();
  private order = '';

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly area: Area,
  ) {}

  /** Applies the seats; returns children who just arrived (only when `animate`). */
  update(seats: readonly PublicSeat[], animate: boolean): Arrival[] {
    const ids = seats.map((s) => `${s.childId}:${s.avatar}`).join('|');
    if (ids !== this.order) this.rebuild(seats);
    const arrivals: Arrival[] = [];
    // One name size for the whole roster, the largest at which every name fits: tidier than each
    // name shrunk on its own. One very long name may still shrink further alone, below 26 px.
    let nameSize = Infinity;
    for (const seat of seats) nameSize = Math.min(nameSize, this.figures.get(seat.childId)?.setNickname(seat.nickname) ?? Infinity);
    nameSize = Math.max(26, nameSize);
    for (const seat of seats) {
      const fig = this.figures.get(seat.childId);
      if (!fig) continue;
      const wasHere = fig.isHere;
      fig.setNickname(seat.nickname, nameSize);
      fig.setPresence(presenceOf(seat), animate);
      if (animate && !wasHere && fig.isHere) arrivals.push({ childId: seat.childId, nickname: seat.nickname });
    }
    return arrivals;
  }

  figure(childId: string): SeatFigure | undefined {
    return this.figures.get(childId);
  }

  private rebuild(seats: readonly PublicSeat[]): void {
    this.order = seats.map((s) => `${s.childId}:${s.avatar}`).join('|');
    const keep = new Set(seats.map((s) => s.childId));
    for (const [id, fig] of this.figures) {
      if (!keep.has(id)) {
        fig.destroy();
        this.figures.delete(id);
      }
    }
    const { perRow, size, slot, rowH } = rosterGrid(seats.length, this.area);
    seats.forEach((seat, i) => {
      let fig = this.figures.get(seat.childId);
      if (!fig) {
        fig = new SeatFigure(this.scene, seat);
        this.figures.set(seat.childId, fig);
      } else {
        fig.setAvatar(seat);
      }
      const row = Math.floor(i / perRow);
      const inRow = Math.min(perRow, seats.length - row * perRow);
      const col = i - row * perRow;
      const x = this.area.x + this.area.w / 2 + (col - (inRow - 1) / 2) * slot;
      const y = this.area.y + row * rowH + rowH / 2 - size * 0.2;
      fig.layout(x, y, size, slot);
    });
  }

  destroy(): void {
    for (const fig of this.figures.values()) fig.destroy();
    this.figures.clear();
  }
}
