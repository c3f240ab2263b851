// Rasterises every picture the screen needs (avatars, their soft "not here yet" copies, moment badges,
// activities' pictures) once before Phaser starts, then registers them as textures under stable keys.
import type Phaser from 'phaser';
import { AVATAR_IDS, avatarSvg, type AvatarId } from '../../../shared/avatars';
import { MOMENT_KINDS, momentIconSvg, type MomentKind } from './moment-icons';
import { rasterize, softCopy, svgUrlAtSize } from './raster';

/** Avatars are shown up to ~190 px on the 1920 design; twice that keeps them sharp on big screens. */
const AVATAR_PX = 384;
const ICON_PX = 256;
const PAPER_RGB = [255, 246, 234] as const;

export const avatarKey = (id: AvatarId): string => `avatar:${id}`;
export const softAvatarKey = (id: AvatarId): string => `avatar-soft:${id}`;
export const momentKey = (kind: MomentKind): string => `moment:${kind}`;

export type CanvasSet = Map<string, HTMLCanvasElement>;

export async function prepareCanvases(): Promise<CanvasSet> {
  const set: CanvasSet = new Map();
  await Promise.all([
    ...AVATAR_IDS.map(async (id) => {
      const colour = await rasterize(svgUrlAtSize(avatarSvg(id), AVATAR_PX), AVATAR_PX);
      set.set(avatarKey(id), colour);
      set.set(softAvatarKey(id), softCopy(colour, PAPER_RGB));
    }),
    ...MOMENT_KINDS.map(async (kind) => {
      set.set(momentKey(kind), await rasterize(svgUrlAtSize(momentIconSvg(kind), ICON_PX), ICON_PX));
    }),
  ]);
  return set;
}

/** Rasterises extra pictures (an activity's cards, the star) into the same set. */
export async function addPictures(set: CanvasSet, pictures: Map<string, { svg: string; px: number }>): Promise<void> {
  await Promise.all(
    [...pictures].map(async ([key, { svg, px }]) => {
      set.set(key, await rasterize(svgUrlAtSize(svg, px), px));
    }),
  );
}

/** Adds copies: a destroyed game releases its canvas textures' canvases, so the originals stay ours. */
export function registerCanvases(textures: Phaser.Textures.TextureManager, set: CanvasSet): void {
  for (const [key, source] of set) {
    if (textures.exists(key)) continue;
    const canvas = document.createElement('canvas');
    canvas.width = source.width;
    canvas.height = source.height;
    canvas.getContext('2d')?.drawImage(source, 0, 0);
    textures.addCanvas(key, canvas);
  }
}
