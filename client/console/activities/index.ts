// The console's activity registry, built from list.ts (one line per activity): its settings summary and invite at
// once, its settings form and controls (a chunk each) loaded on demand.
import { keyedById } from '../../../shared/activities/keyed';
import type { ActivityConsoleView, ActivityId } from '../../../shared/activities/registry';
import * as LISTED from './list';
import type { ConsoleActivity, ConsoleUi } from './types';

type ViewOf<K extends ActivityId> = Extract<ActivityConsoleView, { activity: K }>;

// Typed over every ActivityId: an activity added in shared/ without a console part fails the build here.
const CONSOLE_ACTIVITIES: { [K in ActivityId]: ConsoleActivity<ViewOf<K>> } = keyedById(LISTED);

export function consoleActivity(id: ActivityId): ConsoleActivity<ActivityConsoleView> {
  // Each module is only ever handed the view of its own activity (the view's `activity` picks the module).
  return CONSOLE_ACTIVITIES[id] as unknown as ConsoleActivity<ActivityConsoleView>;
}

type AnyUi = ConsoleUi<ActivityConsoleView>;
const loaded = new Map<ActivityId, AnyUi>();
const loading = new Map<ActivityId, Promise<AnyUi>>();

/** The activity's form and controls if their chunk is here already (they draw at once), else undefined. */
export function loadedUi(id: ActivityId): AnyUi | undefined {
  return loaded.get(id);
}

/** Loads an activity's form and controls once; later calls share the promise. A failed load may be tried again. */
export function loadUi(id: ActivityId): Promise<AnyUi> {
  let p = loading.get(id);
  if (!p) {
    p = consoleActivity(id)
      .ui()
      .then(
        (ui) => (loaded.set(id, ui), ui),
        (err: unknown) => {
          loading.delete(id);
          throw err;
        },
      );
    loading.set(id, p);
  }
  return p;
}
