// __NAME_EN__'s sky scene and the weather pictures: a chunk of their own, loaded when a round of it is to be shown.
import { WEATHERS } from '../../../../shared/activities/__ID__';
import { WEATHER_PICTURES } from '../../../common/activities/__ID__/pictures';
import type { ScreenStage } from '../types';
import { __CONST__, __Camel__Scene, weatherKey } from './scene';

export const __camel__Stage: ScreenStage = {
  sceneKey: __CONST__,
  scene: __Camel__Scene,
  pictures: () => new Map(WEATHERS.map((w) => [weatherKey(w), { svg: WEATHER_PICTURES[w], px: 300 }])),
};
