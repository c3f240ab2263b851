// The check-in's garden scene and its pictures: a chunk of their own, loaded when a round of it is to be shown.
import type { ScreenStage } from '../types';
import { gardenPictures } from './garden-art';
import { CHECKIN, CheckinScene } from './checkin-scene';

export const checkinStage: ScreenStage = { sceneKey: CHECKIN, scene: CheckinScene, pictures: gardenPictures };
