// Activity names and one-line hints in the console's language: the one place that reads them by activity id.
import type { ActivityId } from '../../../shared/activities/registry';
import { t } from '../../common/i18n';

// Typed by the registry: a new activity without its dictionary entries fails the type check here, not in every view.
export function activityName(id: ActivityId): string {
  const names: Record<ActivityId, string> = t().consolePage.rounds.activities;
  return names[id];
}

export function activityHint(id: ActivityId): string {
  const hints: Record<ActivityId, string> = t().consolePage.rounds.activityHints;
  return hints[id];
}
