// The textures of one Build Together picture, rasterised when its round starts (only the design in use):
// the scenery with rounded corners, and each kind of piece solid and as its faint empty place.
import type Phaser from 'phaser';
import { backdropSvg, pieceSize, pieceSvg, piecePad, type PieceMode } from '../../../common/activities/build-together/pictures';
import { DESIGNS, type DesignId } from '../../../../shared/activities/build-together';
import type { ColourId, ShapeId } from '../../../../shared/activities/build-together';
import { loadImage, rasterize, svgUrlAtSize } from '../../art/raster';
import { registerCanvases, type CanvasSet } from '../../art/textures';
import { starPath, svg100 } from '../../art/picture-kit';

/** The picture is drawn at up to this many screen pixels per design unit (the live layout). */
export const BOARD_SCALE = 1.2;
const BACKDROP = { w: 1440, h: 960, radius: 30 } as const;

export const pieceKey = (shape: ShapeId, colour: ColourId, mode: PieceMode): string => `build:${mode}:${shape}:${colour}`;
export const backdropKey = (design: DesignId): string => `build:backdrop:${DESIGNS[design].backdrop}`;
export const SPARK_KEY = 'build:spark';

const SPARK_SVG = svg100(`<path d="${starPath(50, 52, 46, 20)}" fill="#ffd84d" stroke="#ffffff" stroke-width="6" stroke-linejoin="round"/>`);

/** The scenery at its display size, its corners rounded here (cheaper and surer than a mask). */
async function backdropCanvas(design: DesignId): Promise<HTMLCanvasElement> {
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(backdropSvg(DESIGNS[design].backdrop, BACKDROP.w, BACKDROP.h))}`;
  const img = await loadImage(url);
  const canvas = document.createElement('canvas');
  canvas.width = BACKDROP.w;
  canvas.height = BACKDROP.h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.beginPath();
  ctx.roundRect(0, 0, BACKDROP.w, BACKDROP.h, BACKDROP.radius);
  ctx.clip();
  ctx.drawImage(img, 0, 0, BACKDROP.w, BACKDROP.h);
  return canvas;
}

/** Square textures (the raster helper's shape) of the stretched piece; drawing it at the slot's shape undoes the stretch. */
async function pieceCanvas(shape: ShapeId, colour: ColourId, mode: PieceMode): Promise<HTMLCanvasElement> {
  const { w, h } = pieceSize(shape);
  const m = piecePad(shape);
  const px = Math.min(420, Math.round(Math.max(w, h) + 2 * m) * 1.5);
  return rasterize(svgUrlAtSize(pieceSvg(shape, colour, mode, true), px), px);
}

const made = new Map<DesignId, Promise<CanvasSet>>();

function canvasesFor(design: DesignId): Promise<CanvasSet> {
  let p = made.get(design);
  if (!p) {
    p = (async () => {
      const set: CanvasSet = new Map();
      const kinds = new Map<string, { shape: ShapeId; colour: ColourId }>();
      for (const s of DESIGNS[design].slots) kinds.set(`${s.shape}:${s.colour}`, { shape: s.shape, colour: s.colour });
      await Promise.all([
        backdropCanvas(design).then((c) => set.set(backdropKey(design), c)),
        rasterize(svgUrlAtSize(SPARK_SVG, 96), 96).then((c) => set.set(SPARK_KEY, c)),
        ...[...kinds.values()].flatMap(({ shape, colour }) =>
          (['solid', 'ghost'] as const).map(async (mode) => set.set(pieceKey(shape, colour, mode), await pieceCanvas(shape, colour, mode))),
        ),
      ]);
      return set;
    })();
    made.set(design, p);
  }
  return p;
}

/** Resolves once every texture of the design is in this game (registering skips the ones already there). */
export async function ensureDesignTextures(textures: Phaser.Textures.TextureManager, design: DesignId): Promise<void> {
  registerCanvases(textures, await canvasesFor(design));
}

/** The size to draw a piece's texture at to fit a `box` × `box` square with its true shape (the texture is stretched square). */
export function pieceFit(shape: ShapeId, box: number): { w: number; h: number } {
  const { w, h } = pieceSize(shape);
  const m = piecePad(shape);
  const k = box / Math.max(w + 2 * m, h + 2 * m);
  return { w: (w + 2 * m) * k, h: (h + 2 * m) * k };
}
