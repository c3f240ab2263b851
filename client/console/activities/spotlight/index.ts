// Spotlight on the console: its settings form and summary, the live controls and the quiet list's invite.
import type { SpotlightConsole } from '../../../../shared/activities/spotlight';
import type { ConsoleActivity } from '../types';
import { spotlightInvite } from './invite';
import { spotlightSettings, spotlightSummary } from './settings-form';

export const spotlightConsole: ConsoleActivity<SpotlightConsole> = {
  id: 'spotlight',
  ui: () => import('./ui').then((m) => m.spotlightUi),
  defaults: () => ({ ...spotlightSettings({}) }),
  summary: spotlightSummary,
  invite: spotlightInvite,
};
