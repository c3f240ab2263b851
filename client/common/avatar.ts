// Avatar images for DOM pages, drawn from the shared SVG set.
import { avatarDataUrl, AVATARS, type AvatarId } from '../../shared/avatars';
import type { Language } from '../../shared/session/roster';

export function avatarImg(id: AvatarId, size: number, alt = ''): HTMLImageElement {
  const img = document.createElement('img');
  img.src = avatarDataUrl(id);
  img.width = size;
  img.height = size;
  img.alt = alt;
  img.draggable = false;
  img.className = 'avatar';
  return img;
}

export function avatarName(id: AvatarId, lang: Language): string {
  return AVATARS.find((a) => a.id === id)?.names[lang] ?? id;
}
