// The tablet's activity registry: which view shows a round of each activity (one line per activity).
import type { ActivityId } from '../../../shared/activities/registry';
import type { ActivityBuilder } from './activity-view';
import { buildTogetherView } from './build-together';
import { checkinView } from './checkin';
import { passStarView } from './pass-star';
import { spotlightView } from './spotlight';
import { strengthGardenView } from './strength-garden';

export const ACTIVITY_VIEWS: Record<ActivityId, ActivityBuilder> = {
  spotlight: spotlightView,
  'pass-star': passStarView,
  checkin: checkinView,
  'strength-garden': strengthGardenView,
  'build-together': buildTogetherView,
};
