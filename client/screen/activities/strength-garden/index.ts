// The Strength Garden's entry in the screen's activity registry: its scene, pictures and mirror.
import type { StrengthGardenScreen } from '../../../../shared/activities/strength-garden';
import type { ScreenActivity } from '../types';
import { gardenScreenPictures } from './garden-art';
import { gardenMirror } from './mirror';
import { STRENGTH_GARDEN, StrengthGardenScene } from './strength-garden-scene';

export const strengthGardenScreenActivity: ScreenActivity<StrengthGardenScreen> = {
  id: 'strength-garden',
  sceneKey: STRENGTH_GARDEN,
  scene: StrengthGardenScene,
  pictures: gardenScreenPictures,
  mirror: gardenMirror,
};
