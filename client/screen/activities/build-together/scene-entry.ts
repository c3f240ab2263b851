// Build Together's scene (its pictures are made when a round starts, only the design in use): a chunk of their own, loaded when a round of it is to be shown.
import type { ScreenStage } from '../types';
import { BUILD_TOGETHER, BuildTogetherScene } from './build-scene';

export const buildTogetherStage: ScreenStage = { sceneKey: BUILD_TOGETHER, scene: BuildTogetherScene, pictures: () => new Map() };
