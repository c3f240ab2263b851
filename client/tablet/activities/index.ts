// The tablet's activity registry: which view shows a round of each activity (one line per activity).
import type { ActivityId } from '../../../shared/activities/registry';
import type { ActivityBuilder } from './activity-view';
import { passStarView } from './pass-star';
import { spotlightView } from './spotlight';

export const ACTIVITY_VIEWS: Record<ActivityId, ActivityBuilder> = {
  spotlight: spotlightView,
  'pass-star': passStarView,
};
