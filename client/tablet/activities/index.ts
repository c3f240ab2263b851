// The tablet's activity registry: which view shows a round of each activity (one line per activity, by id), loaded on demand.
import type { ActivityId } from '../../../shared/activities/registry';
import type { ActivityBuilder } from './activity-view';

/**
 * Each activity's view and its pictures are a chunk of their own: the page a child opens first (keypad, avatar
 * choice, seated home) does not wait for Build Together's art. Typed by ActivityId, so an activity without a tablet
 * view fails the build.
 */
export const ACTIVITY_VIEWS: Record<ActivityId, () => Promise<ActivityBuilder>> = {
  'build-together': () => import('./build-together').then((m) => m.buildTogetherView),
  checkin: () => import('./checkin').then((m) => m.checkinView),
  'pass-star': () => import('./pass-star').then((m) => m.passStarView),
  spotlight: () => import('./spotlight').then((m) => m.spotlightView),
  'strength-garden': () => import('./strength-garden').then((m) => m.strengthGardenView),
};

const loaded = new Map<ActivityId, ActivityBuilder>();
const loading = new Map<ActivityId, Promise<ActivityBuilder>>();

/** The view builder if its chunk is here already (a round shows at once), else undefined. */
export function loadedView(id: ActivityId): ActivityBuilder | undefined {
  return loaded.get(id);
}

/** Loads an activity's chunk once; later calls share the same promise. A failed load may be tried again. */
export function loadView(id: ActivityId): Promise<ActivityBuilder> {
  let p = loading.get(id);
  if (!p) {
    p = ACTIVITY_VIEWS[id]().then(
      (builder) => (loaded.set(id, builder), builder),
      (err: unknown) => {
        loading.delete(id);
        throw err;
      },
    );
    loading.set(id, p);
  }
  return p;
}

/** Once a child is seated, every activity is fetched in the background, so a round never waits on the network. */
export function prefetchViews(): void {
  for (const id of Object.keys(ACTIVITY_VIEWS) as ActivityId[]) loadView(id).catch(() => undefined);
}
