// The screen's activity registry, built from list.ts (one line per activity): its mirror and finale at once, its scene
// and pictures (a chunk each) loaded on demand.
import { keyedById } from '../../../shared/activities/keyed';
import type { ActivityId, ActivityScreenView } from '../../../shared/activities/registry';
import * as LISTED from './list';
import type { ScreenActivity, ScreenStage } from './types';

type ViewOf<K extends ActivityId> = Extract<ActivityScreenView, { activity: K }>;

// Typed over every ActivityId: an activity added in shared/ without a screen part fails the build here.
export const SCREEN_ACTIVITIES: { [K in ActivityId]: ScreenActivity<ViewOf<K>> } = keyedById(LISTED);

/** The activity's entry, with the view type widened: callers hold a view of the same activity. */
export function screenActivity(id: ActivityId): ScreenActivity<ActivityScreenView> {
  return SCREEN_ACTIVITIES[id] as ScreenActivity<ActivityScreenView>;
}

const loading = new Map<ActivityId, Promise<ScreenStage>>();

/** Loads an activity's scene chunk once; later calls share the promise. A failed load may be tried again. */
export function loadStage(id: ActivityId): Promise<ScreenStage> {
  let p = loading.get(id);
  if (!p) {
    p = SCREEN_ACTIVITIES[id].stage();
    p.catch(() => loading.delete(id));
    loading.set(id, p);
  }
  return p;
}
