// __NAME_EN__'s entry in the screen's activity registry: the sky scene, the weather pictures and the mirror.
import { WEATHERS, type __Camel__Screen } from '../../../../shared/activities/__ID__';
import { WEATHER_PICTURES } from '../../../common/activities/__ID__/pictures';
import type { ScreenActivity } from '../types';
import { __camel__Mirror } from './mirror';
import { __CONST__, __Camel__Scene, weatherKey } from './scene';

export const __camel__ScreenActivity: ScreenActivity<__Camel__Screen> = {
  id: '__ID__',
  sceneKey: __CONST__,
  scene: __Camel__Scene,
  pictures: () => new Map(WEATHERS.map((w) => [weatherKey(w), { svg: WEATHER_PICTURES[w], px: 300 }])),
  mirror: __camel__Mirror,
};
