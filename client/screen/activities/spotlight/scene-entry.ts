// Spotlight's stage scene and the prompt cards' pictures: a chunk of their own, loaded when a round of it is to be shown.
import type { ScreenStage } from '../types';
import { cardPictureSvgs } from './card-pictures';
import { SPOTLIGHT, SpotlightScene } from './spotlight-scene';

/** Prompt cards are drawn this many pixels wide. */
const CARD_PX = 420;

export const spotlightStage: ScreenStage = {
  sceneKey: SPOTLIGHT,
  scene: SpotlightScene,
  pictures: () => new Map([...cardPictureSvgs()].map(([key, svg]) => [key, { svg, px: CARD_PX }])),
};
