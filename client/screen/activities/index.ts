// The screen's activity registry: one line per activity, mapping its id to its scene, pictures and mirror.
// Typed over every ActivityId, so an activity added in shared/ without a screen fails the build here.
import type { ActivityId, ActivityScreenView } from '../../../shared/activities/registry';
import type { ScreenActivity } from './types';
import { buildTogetherScreenActivity } from './build-together';
import { checkinScreenActivity } from './checkin';
import { passStarFinale } from './pass-star/finale';
import { passStarMirror } from './pass-star/mirror';
import { PASS_STAR, PassStarScene } from './pass-star/pass-star-scene';
import { starPictures } from './pass-star/star-art';
import { cardPictureSvgs } from './spotlight/card-pictures';
import { spotlightMirror } from './spotlight/mirror';
import { SPOTLIGHT, SpotlightScene } from './spotlight/spotlight-scene';
import { strengthGardenScreenActivity } from './strength-garden';

type ViewOf<K extends ActivityId> = Extract<ActivityScreenView, { activity: K }>;

const CARD_PX = 420;

export const SCREEN_ACTIVITIES: { [K in ActivityId]: ScreenActivity<ViewOf<K>> } = {
  spotlight: {
    sceneKey: SPOTLIGHT,
    scene: SpotlightScene,
    pictures: () => new Map([...cardPictureSvgs()].map(([key, svg]) => [key, { svg, px: CARD_PX }])),
    mirror: spotlightMirror,
  },
  'pass-star': {
    sceneKey: PASS_STAR,
    scene: PassStarScene,
    pictures: starPictures,
    mirror: (view, t) => passStarMirror(view, t),
    finale: passStarFinale,
  },
  checkin: checkinScreenActivity,
  'strength-garden': strengthGardenScreenActivity,
  'build-together': buildTogetherScreenActivity,
};

/** The activity's entry, with the view type widened: callers hold a view of the same activity. */
export function screenActivity(id: ActivityId): ScreenActivity<ActivityScreenView> {
  return SCREEN_ACTIVITIES[id] as ScreenActivity<ActivityScreenView>;
}
