// Spotlight's entry in the screen's activity registry: the stage scene, the prompt cards' pictures and the mirror.
import type { SpotlightScreen } from '../../../../shared/activities/spotlight';
import type { ScreenActivity } from '../types';
import { cardPictureSvgs } from './card-pictures';
import { spotlightMirror } from './mirror';
import { SPOTLIGHT, SpotlightScene } from './spotlight-scene';

/** Prompt cards are drawn this many pixels wide. */
const CARD_PX = 420;

export const spotlightScreenActivity: ScreenActivity<SpotlightScreen> = {
  id: 'spotlight',
  sceneKey: SPOTLIGHT,
  scene: SpotlightScene,
  pictures: () => new Map([...cardPictureSvgs()].map(([key, svg]) => [key, { svg, px: CARD_PX }])),
  mirror: spotlightMirror,
};
