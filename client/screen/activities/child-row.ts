// A calm single row of present children (the Spotlight's audience): avatars with names, sliding
// gently to make room when someone joins, goes on stage or leaves.
import type Phaser from 'phaser';
import type { AvatarId } from '../../../shared/avatars';
import type { PublicSeat } from '../../../shared/session/views';
import { SeatFigure } from '../scenes/seat-figure';

export interface RowChild {
  childId: string;
  nickname: string;
  avatar: AvatarId;
}

export interface RowArea {
  x: number;
  y: number;
  w: number;
  /** Largest avatar diameter. */
  maxSize: number;
}

const asSeat = (c: RowChild): PublicSeat => ({ ...c, seated: true, connected: true, seatedAt: null });

export class ChildRow {
  private readonly figures = new Map<string, SeatFigure>();
  private order = '';

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly area: RowArea,
  ) {}

  /** Shows these children in this order; `animate` is false for the first view (nothing "arrives" on a reload). */
  update(children: readonly RowChild[], animate: boolean): void {
    const order = children.map((c) => `${c.childId}:${c.avatar}`).join('|');
    if (order !== this.order) this.relayout(children, animate);
    this.order = order;
    let nameSize = Infinity;
    for (const c of children) nameSize = Math.min(nameSize, this.figures.get(c.childId)?.setNickname(c.nickname) ?? Infinity);
    nameSize = Math.max(24, nameSize);
    for (const c of children) this.figures.get(c.childId)?.setNickname(c.nickname, nameSize);
  }

  figure(childId: string): SeatFigure | undefined {
    return this.figures.get(childId);
  }

  private relayout(children: readonly RowChild[], animate: boolean): void {
    const keep = new Set(children.map((c) => c.childId));
    for (const [id, fig] of this.figures) {
      if (keep.has(id)) continue;
      this.figures.delete(id);
      if (!animate) {
        fig.destroy();
        continue;
      }
      this.scene.tweens.add({ targets: fig.root, alpha: 0, scale: 0.6, duration: 350, onComplete: () => fig.destroy() });
    }
    const n = Math.max(1, children.length);
    const slot = Math.min(this.area.w / n, this.area.maxSize * 1.7);
    const size = Math.floor(Math.min(this.area.maxSize, slot * 0.74));
    children.forEach((c, i) => {
      const x = this.area.x + this.area.w / 2 + (i - (children.length - 1) / 2) * slot;
      let fig = this.figures.get(c.childId);
      if (!fig) {
        fig = new SeatFigure(this.scene, asSeat(c));
        this.figures.set(c.childId, fig);
        fig.layout(x, this.area.y, size, slot);
        fig.setPresence('absent', false);
        fig.setPresence('here', animate);
        return;
      }
      const from = fig.root.x;
      fig.setAvatar(asSeat(c));
      fig.layout(x, this.area.y, size, slot);
      if (animate && from !== x) {
        fig.root.setX(from);
        this.scene.tweens.add({ targets: fig.root, x, duration: 500, ease: 'Sine.easeInOut' });
      }
    });
  }

  destroy(): void {
    for (const fig of this.figures.values()) fig.destroy();
    this.figures.clear();
  }
}
