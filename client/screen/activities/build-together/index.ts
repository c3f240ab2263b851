// Build Together's entry in the screen's activity registry: its scene (a chunk loaded when needed), mirror and finale.
// Its pictures are made when a round starts (only the design in use), so the chunk lists none.
import type { BuildTogetherScreen } from '../../../../shared/activities/build-together';
import type { ScreenActivity } from '../types';
import { buildFinale } from './finale';
import { buildTogetherMirror } from './mirror';

export const buildTogetherScreenActivity: ScreenActivity<BuildTogetherScreen> = {
  id: 'build-together',
  stage: () => import('./scene-entry').then((m) => m.buildTogetherStage),
  mirror: buildTogetherMirror,
  finale: buildFinale,
};
