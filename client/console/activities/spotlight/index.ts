// Spotlight on the console: its settings form and summary, and the live controls.
import type { SpotlightConsole } from '../../../../shared/activities/spotlight';
import type { ConsoleActivity } from '../types';
import { spotlightControls } from './controls';
import { spotlightFields, spotlightSettings, spotlightSummary } from './settings-form';

export const spotlightConsole: ConsoleActivity<SpotlightConsole> = {
  defaults: () => ({ ...spotlightSettings({}) }),
  summary: spotlightSummary,
  settingsFields: spotlightFields,
  controls: spotlightControls,
};
