// The console's activity registry, built from list.ts (one line per activity): its settings form, controls, invite.
import { keyedById } from '../../../shared/activities/keyed';
import type { ActivityConsoleView, ActivityId } from '../../../shared/activities/registry';
import * as LISTED from './list';
import type { ConsoleActivity } from './types';

type ViewOf<K extends ActivityId> = Extract<ActivityConsoleView, { activity: K }>;

// Typed over every ActivityId: an activity added in shared/ without a console part fails the build here.
const CONSOLE_ACTIVITIES: { [K in ActivityId]: ConsoleActivity<ViewOf<K>> } = keyedById(LISTED);

export function consoleActivity(id: ActivityId): ConsoleActivity<ActivityConsoleView> {
  // Each module is only ever handed the view of its own activity (the view's `activity` picks the module).
  return CONSOLE_ACTIVITIES[id] as unknown as ConsoleActivity<ActivityConsoleView>;
}
