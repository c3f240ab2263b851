// Pass the Star on the console: its settings form and summary, the live controls and the quiet list's invite.
import type { PassStarConsole } from '../../../../shared/activities/pass-star';
import type { ConsoleActivity } from '../types';
import { starInvite } from './invite';
import { passStarSettings, passStarSummary } from './settings-form';

export const passStarConsole: ConsoleActivity<PassStarConsole> = {
  id: 'pass-star',
  ui: () => import('./ui').then((m) => m.passStarUi),
  defaults: () => ({ ...passStarSettings({}) }),
  summary: passStarSummary,
  invite: starInvite,
};
