// The console's activity registry: one line per activity, mapping its id to its settings form and controls.
import type { ActivityConsoleView, ActivityId } from '../../../shared/activities/registry';
import { buildTogetherConsole } from './build-together';
import { checkinConsole } from './checkin';
import { passStarConsole } from './pass-star';
import { spotlightConsole } from './spotlight';
import { strengthGardenConsole } from './strength-garden';
import type { ConsoleActivity } from './types';

type ViewOf<K extends ActivityId> = Extract<ActivityConsoleView, { activity: K }>;

const CONSOLE_ACTIVITIES: { [K in ActivityId]: ConsoleActivity<ViewOf<K>> } = {
  spotlight: spotlightConsole,
  'pass-star': passStarConsole,
  checkin: checkinConsole,
  'strength-garden': strengthGardenConsole,
  'build-together': buildTogetherConsole,
};

export function consoleActivity(id: ActivityId): ConsoleActivity<ActivityConsoleView> {
  // Each module is only ever handed the view of its own activity (the view's `activity` picks the module).
  return CONSOLE_ACTIVITIES[id] as unknown as ConsoleActivity<ActivityConsoleView>;
}
