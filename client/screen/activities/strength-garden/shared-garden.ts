// The one shared garden of the screen: every child's flowers in one bed, in the order they grew, with no owner.
import type { GardenBed, GardenFlower } from '../../../../shared/activities/strength-garden';

/**
 * All flowers of all beds, oldest first. Growing order (not child by child) keeps the picture free of
 * anything the room could count per child; the key gets the child's id only to stay unique and stable.
 */
export function sharedFlowers(beds: readonly GardenBed[]): GardenFlower[] {
  return beds
    .flatMap((b) => b.flowers.map((f) => ({ ...f, key: `${b.childId}/${f.key}` })))
    .sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
