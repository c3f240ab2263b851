// __NAME_EN__'s entry in the screen's activity registry: the sky scene and the weather pictures (a chunk loaded when
// needed) and the mirror.
import type { __Camel__Screen } from '../../../../shared/activities/__ID__';
import type { ScreenActivity } from '../types';
import { __camel__Mirror } from './mirror';

export const __camel__ScreenActivity: ScreenActivity<__Camel__Screen> = {
  id: '__ID__',
  stage: () => import('./scene-entry').then((m) => m.__camel__Stage),
  mirror: __camel__Mirror,
};
