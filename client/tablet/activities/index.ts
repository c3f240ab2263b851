// The tablet's activity registry: which view shows a round of each activity (one line per activity), loaded on demand.
import type { ActivityId } from '../../../shared/activities/registry';
import type { ActivityBuilder } from './activity-view';

/**
 * Each activity's view and its pictures are a chunk of their own: the page a child opens first (keypad, avatar
 * choice, seated home) does not wait for Build Together's art. Typed by ActivityId, so an activity without a tablet
 * view fails the build. The order is the order of prefetching: in id order (Build Together first) the Build
 * Together picture on a tablet came out 0.8 % too small (smallest place 63.5 px, field-tablet e2e), so some later
 * chunk's style or timing changes the layout it measured; until that is found, Build Together is fetched last.
 */
export const ACTIVITY_VIEWS: Record<ActivityId, () => Promise<ActivityBuilder>> = {
  spotlight: () => import('./spotlight').then((m) => m.spotlightView),
  'pass-star': () => import('./pass-star').then((m) => m.passStarView),
  checkin: () => import('./checkin').then((m) => m.checkinView),
  'strength-garden': () => import('./strength-garden').then((m) => m.strengthGardenView),
  'build-together': () => import('./build-together').then((m) => m.buildTogetherView),
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

/**
 * prefetchViews once the seated lobby has been painted: started with it, the fetches (and their styles, each a
 * restyle of the page) came before the lobby on a slow tablet. A hidden page paints no frame: then after a moment.
 */
export function prefetchViewsAfterPaint(): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    prefetchViews();
  };
  requestAnimationFrame(() => setTimeout(go, 0));
  setTimeout(go, 1000);
}
