// Strength Garden pictures as SVG, one per StrengthPicture id: the tablet shows them inline, the screen rasterises them.
import type { StrengthPicture } from '../../../../shared/activities/strength-garden/pictures';
import { svgDoc } from './picture-kit';
import { PICTURES_A } from './pictures-a';
import { PICTURES_B } from './pictures-b';

/** Typed as the full record, so a picture added to STRENGTH_PICTURES without a drawing fails the build. */
const BODIES: Record<StrengthPicture, string> = { ...PICTURES_A, ...PICTURES_B };

const DOCS = new Map<StrengthPicture, string>();

/** The picture as a standalone SVG document (100 × 100 view box; width/height 100 for rasterisers to rewrite). */
export function strengthPictureSvg(id: StrengthPicture): string {
  let doc = DOCS.get(id);
  if (doc === undefined) {
    doc = svgDoc(BODIES[id]);
    DOCS.set(id, doc);
  }
  return doc;
}

/** Every picture id that has a drawing, in drawing order. */
export const STRENGTH_PICTURE_IDS = Object.keys(BODIES) as StrengthPicture[];
