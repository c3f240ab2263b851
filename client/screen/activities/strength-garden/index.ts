// The Strength Garden's entry in the screen's activity registry: its scene and pictures (a chunk loaded when needed)
// and mirror.
import type { StrengthGardenScreen } from '../../../../shared/activities/strength-garden';
import type { ScreenActivity } from '../types';
import { gardenMirror } from './mirror';

export const strengthGardenScreenActivity: ScreenActivity<StrengthGardenScreen> = {
  id: 'strength-garden',
  stage: () => import('./scene-entry').then((m) => m.strengthGardenStage),
  mirror: gardenMirror,
};
