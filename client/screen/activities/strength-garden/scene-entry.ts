// The Strength Garden's scene and its pictures: a chunk of their own, loaded when a round of it is to be shown.
import type { ScreenStage } from '../types';
import { gardenScreenPictures } from './garden-art';
import { STRENGTH_GARDEN, StrengthGardenScene } from './strength-garden-scene';

export const strengthGardenStage: ScreenStage = { sceneKey: STRENGTH_GARDEN, scene: StrengthGardenScene, pictures: gardenScreenPictures };
