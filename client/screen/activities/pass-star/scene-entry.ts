// Pass the Star's circle scene and the star's pictures: a chunk of their own, loaded when a round of it is to be shown.
import type { ScreenStage } from '../types';
import { starPictures } from './star-art';
import { PASS_STAR, PassStarScene } from './pass-star-scene';

export const passStarStage: ScreenStage = { sceneKey: PASS_STAR, scene: PassStarScene, pictures: starPictures };
