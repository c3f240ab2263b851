// Spotlight on the console: its settings form and summary, the live controls and the quiet list's invite.
import type { SpotlightConsole } from '../../../../shared/activities/spotlight';
import type { ConsoleActivity } from '../types';
import { spotlightInvite } from './invite';
import { spotlightControls } from './controls';
import { spotlightFields, spotlightSettings, spotlightSummary } from './settings-form';

export const spotlightConsole: ConsoleActivity<SpotlightConsole> = {
  id: 'spotlight',
  defaults: () => ({ ...spotlightSettings({}) }),
  summary: spotlightSummary,
  settingsFields: spotlightFields,
  invite: spotlightInvite,
  controls: spotlightControls,
};
