// Build Together's entry in the screen's activity registry: its scene, mirror and finale. Its pictures are
// made when a round starts (only the design in use), so none are listed for the start of the game.
import type { BuildTogetherScreen } from '../../../../shared/activities/build-together';
import type { ScreenActivity } from '../types';
import { BUILD_TOGETHER, BuildTogetherScene } from './build-scene';
import { buildFinale } from './finale';
import { buildTogetherMirror } from './mirror';

export const buildTogetherScreenActivity: ScreenActivity<BuildTogetherScreen> = {
  id: 'build-together',
  sceneKey: BUILD_TOGETHER,
  scene: BuildTogetherScene,
  pictures: () => new Map(),
  mirror: buildTogetherMirror,
  finale: buildFinale,
};
