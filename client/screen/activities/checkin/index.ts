// The check-in's entry in the screen's activity registry: the garden scene, its pictures, mirror and finale.
import type { CheckinScreen } from '../../../../shared/activities/checkin/views';
import type { ScreenActivity } from '../types';
import { CHECKIN, CheckinScene } from './checkin-scene';
import { checkinFinale } from './finale';
import { gardenPictures } from './garden-art';
import { checkinMirror } from './mirror';

export const checkinScreenActivity: ScreenActivity<CheckinScreen> = {
  id: 'checkin',
  sceneKey: CHECKIN,
  scene: CheckinScene,
  pictures: gardenPictures,
  mirror: checkinMirror,
  finale: checkinFinale,
};
