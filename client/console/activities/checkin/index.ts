// Check-in on the console: the instrument and read-aloud form, the live who-has-finished list.
import type { CheckinConsole } from '../../../../shared/activities/checkin';
import type { ConsoleActivity } from '../types';
import { checkinSettings, checkinSummary } from './settings-form';

export const checkinConsole: ConsoleActivity<CheckinConsole> = {
  id: 'checkin',
  ui: () => import('./ui').then((m) => m.checkinUi),
  defaults: () => ({ ...checkinSettings({}) }),
  summary: checkinSummary,
};
