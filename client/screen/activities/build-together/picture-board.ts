// The picture on the shared screen: the scenery in a soft frame, every place faint until its piece
// arrives — flying in from the child who placed it, then popping in with a little burst of stars —
// and a gently pulsing glow on the places a child asked help for.
import type Phaser from 'phaser';
import { piecePad, pieceSize } from '../../../common/activities/build-together/pictures';
import type { BuildTogetherScreen, DesignId } from '../../../../shared/activities/build-together';
import { COLORS } from '../../art/theme';
import { backdropKey, pieceKey, SPARK_KEY } from './build-textures';

type ScreenSlot = BuildTogetherScreen['slots'][number];
export interface Point {
  x: number;
  y: number;
}
export interface BoardLayout {
  x: number;
  y: number;
  scale: number;
}

const FRAME = 12;

interface Placed {
  ghost: Phaser.GameObjects.Image;
  solid: Phaser.GameObjects.Image;
  filled: boolean;
  slot: ScreenSlot;
}

export class PictureBoard {
  readonly root: Phaser.GameObjects.Container;
  private readonly glow: Phaser.GameObjects.Graphics;
  /** The glow's bright edge, over the faint places (on dark scenery the fill alone looks murky). */
  private readonly glowEdge: Phaser.GameObjects.Graphics;
  private readonly places = new Map<string, Placed>();
  private glowKey = '';
  private glowTween: Phaser.Tweens.Tween | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    design: { id: DesignId; width: number; height: number },
    slots: readonly ScreenSlot[],
    layout: BoardLayout,
  ) {
    const frame = scene.add.graphics();
    const u = FRAME / layout.scale;
    frame.fillStyle(COLORS.shadow, 0.14);
    frame.fillRoundedRect(-u, -u + 10, design.width + 2 * u, design.height + 2 * u, 34);
    frame.fillStyle(0xfffdf8, 1);
    frame.fillRoundedRect(-u, -u, design.width + 2 * u, design.height + 2 * u, 34);
    const backdrop = scene.add.image(0, 0, backdropKey(design.id)).setOrigin(0).setDisplaySize(design.width, design.height);
    this.glow = scene.add.graphics().setAlpha(0);
    this.glowEdge = scene.add.graphics().setAlpha(0);
    this.root = scene.add.container(layout.x, layout.y, [frame, backdrop, this.glow]).setScale(layout.scale);
    // Every empty place under every piece: leaves spill over their neighbours, and a faint place must
    // never wash out a piece already in.
    const ghosts = slots.map((s) => this.pieceImage(s, 'ghost'));
    const solids = slots.map((s) => this.pieceImage(s, 'solid').setVisible(false));
    this.root.add([...ghosts, this.glowEdge, ...solids]);
    slots.forEach((s, i) => this.places.set(s.slotId, { ghost: ghosts[i]!, solid: solids[i]!, filled: false, slot: s }));
  }

  private pieceImage(s: ScreenSlot, mode: 'ghost' | 'solid'): Phaser.GameObjects.Image {
    const size = pieceSize(s.shape);
    const m = piecePad(s.shape);
    const kx = s.w / size.w;
    const ky = s.h / size.h;
    return this.scene.add.image(s.x + s.w / 2, s.y + s.h / 2, pieceKey(s.shape, s.colour, mode)).setDisplaySize((size.w + 2 * m) * kx, (size.h + 2 * m) * ky);
  }

  /**
   * Fills what is filled. With `animate`, each new piece flies in from `from(childId)` (a point on the
   * screen, e.g. the placer's avatar) or, when unknown, pops in where it belongs.
   */
  update(slots: readonly ScreenSlot[], animate: boolean, from: (childId: string | null) => Point | null): void {
    let n = 0;
    for (const s of slots) {
      const p = this.places.get(s.slotId);
      if (!p || p.filled === s.filled) continue;
      p.filled = s.filled;
      if (!s.filled) {
        p.solid.setVisible(false);
        p.ghost.setVisible(true);
        continue;
      }
      if (!animate) {
        p.solid.setVisible(true);
        p.ghost.setVisible(false);
        continue;
      }
      const start = from(s.filledBy);
      this.scene.time.delayedCall(n++ * 160, () => this.arrive(p, start));
    }
    this.highlight(slots.filter((s) => s.highlight && !s.filled));
  }

  private arrive(p: Placed, start: Point | null): void {
    const img = p.solid;
    const sx = img.scaleX;
    const sy = img.scaleY;
    const home = { x: p.slot.x + p.slot.w / 2, y: p.slot.y + p.slot.h / 2 };
    this.scene.tweens.killTweensOf(img);
    img.setVisible(true).setAlpha(1);
    const pop = () => {
      // The faint place's soft edge would peek out round the piece.
      p.ghost.setVisible(false);
      this.burst(home);
      this.scene.tweens.add({ targets: img, scaleX: sx, scaleY: sy, duration: 520, ease: 'Back.easeOut', easeParams: [2.4] });
    };
    if (!start) {
      img.setPosition(home.x, home.y).setScale(sx * 0.2, sy * 0.2);
      pop();
      return;
    }
    const local = this.toLocal(start);
    img
      .setPosition(local.x, local.y)
      .setScale(sx * 0.55, sy * 0.55)
      .setDepth(1);
    this.root.bringToTop(img);
    this.scene.tweens.add({
      targets: img,
      x: home.x,
      y: home.y,
      scaleX: sx * 0.8,
      scaleY: sy * 0.8,
      duration: 850,
      ease: 'Cubic.easeInOut',
      onComplete: pop,
    });
  }

  /** Little stars spring out of the place and fade. */
  private burst(at: Point): void {
    for (let i = 0; i < 7; i++) {
      const a = (i / 7) * Math.PI * 2 + Math.random() * 0.4;
      const d = 50 + Math.random() * 40;
      const star = this.scene.add.image(at.x, at.y, SPARK_KEY).setDisplaySize(34, 34).setAlpha(0.95);
      this.root.add(star);
      this.scene.tweens.add({
        targets: star,
        x: at.x + Math.cos(a) * d,
        y: at.y + Math.sin(a) * d,
        angle: 120,
        alpha: 0,
        duration: 900,
        ease: 'Cubic.easeOut',
        onComplete: () => star.destroy(),
      });
    }
  }

  /** A soft pulsing glow behind the places a child asked help for. */
  private highlight(slots: readonly ScreenSlot[]): void {
    const key = slots.map((s) => s.slotId).join('|');
    if (key === this.glowKey) return;
    this.glowKey = key;
    const g = this.glow.clear();
    const edge = this.glowEdge.clear();
    this.glowTween?.stop();
    this.glowTween = null;
    if (slots.length === 0) {
      g.setAlpha(0);
      edge.setAlpha(0);
      return;
    }
    for (const s of slots) {
      g.fillStyle(0xfff3a0, 0.85);
      g.fillRoundedRect(s.x - 16, s.y - 16, s.w + 32, s.h + 32, 22);
      edge.lineStyle(7, 0xffc531, 1);
      edge.strokeRoundedRect(s.x - 16, s.y - 16, s.w + 32, s.h + 32, 22);
    }
    g.setAlpha(0.4);
    edge.setAlpha(0.4);
    this.glowTween = this.scene.tweens.add({ targets: [g, edge], alpha: 1, duration: 900, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });
  }

  /** Moves the whole picture (the finale brings it to the middle). */
  moveTo(layout: BoardLayout, ms: number): void {
    this.scene.tweens.add({ targets: this.root, x: layout.x, y: layout.y, scale: layout.scale, duration: ms, ease: 'Cubic.easeInOut' });
  }

  /** A point of the picture (design units) on the screen. */
  toWorld(p: Point): Point {
    return { x: this.root.x + p.x * this.root.scaleX, y: this.root.y + p.y * this.root.scaleY };
  }

  private toLocal(p: Point): Point {
    return { x: (p.x - this.root.x) / this.root.scaleX, y: (p.y - this.root.y) / this.root.scaleY };
  }

  destroy(): void {
    this.glowTween?.stop();
    this.root.destroy();
  }
}
