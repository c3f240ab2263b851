// The replay's pictures, per activity: drawn beside the state from the round's screen view (only for activities that have one).
import type { ActivityId, ActivityScreenView } from '../../../shared/activities/registry';
import { buildPicture } from './build-together/picture';
import { gardenBeds } from './strength-garden/picture';

type Pictures = { [K in ActivityId]?: (view: Extract<ActivityScreenView, { activity: K }>) => HTMLElement };

const PICTURES: Pictures = {
  'build-together': buildPicture,
  'strength-garden': gardenBeds,
};

/** The picture of a round's screen view, or null for an activity without one. */
export function replayPicture(view: ActivityScreenView): HTMLElement | null {
  const draw = PICTURES[view.activity] as ((v: ActivityScreenView) => HTMLElement) | undefined;
  return draw ? draw(view) : null;
}
