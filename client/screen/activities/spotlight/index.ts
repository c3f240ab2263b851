// Spotlight's entry in the screen's activity registry: the stage scene and the prompt cards' pictures (a
// chunk loaded when needed) and the mirror.
import type { SpotlightScreen } from '../../../../shared/activities/spotlight';
import type { ScreenActivity } from '../types';
import { spotlightMirror } from './mirror';

export const spotlightScreenActivity: ScreenActivity<SpotlightScreen> = {
  id: 'spotlight',
  stage: () => import('./scene-entry').then((m) => m.spotlightStage),
  mirror: spotlightMirror,
};
