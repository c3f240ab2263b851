// Check-in on the console: the instrument and read-aloud form, the live who-has-finished list.
import type { CheckinConsole } from '../../../../shared/activities/checkin';
import type { ConsoleActivity } from '../types';
import { checkinControls } from './controls';
import { checkinFields, checkinSettings, checkinSummary } from './settings-form';

export const checkinConsole: ConsoleActivity<CheckinConsole> = {
  id: 'checkin',
  defaults: () => ({ ...checkinSettings({}) }),
  summary: checkinSummary,
  settingsFields: checkinFields,
  controls: checkinControls,
};
