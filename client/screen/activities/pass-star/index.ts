// Pass the Star's entry in the screen's activity registry: the circle scene, the star's pictures, mirror and finale.
import type { PassStarScreen } from '../../../../shared/activities/pass-star';
import type { ScreenActivity } from '../types';
import { passStarFinale } from './finale';
import { passStarMirror } from './mirror';
import { PASS_STAR, PassStarScene } from './pass-star-scene';
import { starPictures } from './star-art';

export const passStarScreenActivity: ScreenActivity<PassStarScreen> = {
  id: 'pass-star',
  sceneKey: PASS_STAR,
  scene: PassStarScene,
  pictures: starPictures,
  mirror: (view, t) => passStarMirror(view, t),
  finale: passStarFinale,
};
