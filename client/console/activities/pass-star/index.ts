// Pass the Star on the console: its settings form and summary, the live controls and the quiet list's invite.
import type { PassStarConsole } from '../../../../shared/activities/pass-star';
import type { ConsoleActivity } from '../types';
import { starInvite } from './invite';
import { passStarControls } from './controls';
import { passStarFields, passStarSettings, passStarSummary } from './settings-form';

export const passStarConsole: ConsoleActivity<PassStarConsole> = {
  id: 'pass-star',
  defaults: () => ({ ...passStarSettings({}) }),
  summary: passStarSummary,
  settingsFields: passStarFields,
  invite: starInvite,
  controls: passStarControls,
};
