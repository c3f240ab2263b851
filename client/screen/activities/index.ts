// The screen's activity registry, built from list.ts (one line per activity): its scene, pictures, mirror and finale.
import { keyedById } from '../../../shared/activities/keyed';
import type { ActivityId, ActivityScreenView } from '../../../shared/activities/registry';
import * as LISTED from './list';
import type { ScreenActivity } from './types';

type ViewOf<K extends ActivityId> = Extract<ActivityScreenView, { activity: K }>;

// Typed over every ActivityId: an activity added in shared/ without a screen part fails the build here.
export const SCREEN_ACTIVITIES: { [K in ActivityId]: ScreenActivity<ViewOf<K>> } = keyedById(LISTED);

/** The activity's entry, with the view type widened: callers hold a view of the same activity. */
export function screenActivity(id: ActivityId): ScreenActivity<ActivityScreenView> {
  return SCREEN_ACTIVITIES[id] as ScreenActivity<ActivityScreenView>;
}
