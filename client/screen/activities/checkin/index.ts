// The check-in's entry in the screen's activity registry: the garden scene and its pictures (a chunk loaded when
// needed), mirror and finale.
import type { CheckinScreen } from '../../../../shared/activities/checkin/views';
import type { ScreenActivity } from '../types';
import { checkinFinale } from './finale';
import { checkinMirror } from './mirror';

export const checkinScreenActivity: ScreenActivity<CheckinScreen> = {
  id: 'checkin',
  stage: () => import('./scene-entry').then((m) => m.checkinStage),
  mirror: checkinMirror,
  finale: checkinFinale,
};
