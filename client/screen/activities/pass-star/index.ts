// Pass the Star's entry in the screen's activity registry: the circle scene and the star's pictures (a chunk
// loaded when needed), mirror and finale.
import type { PassStarScreen } from '../../../../shared/activities/pass-star';
import type { ScreenActivity } from '../types';
import { passStarFinale } from './finale';
import { passStarMirror } from './mirror';

export const passStarScreenActivity: ScreenActivity<PassStarScreen> = {
  id: 'pass-star',
  stage: () => import('./scene-entry').then((m) => m.passStarStage),
  mirror: (view, t) => passStarMirror(view, t),
  finale: passStarFinale,
};
