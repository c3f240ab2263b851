// Strength Garden on the console: its settings form and summary, the live phase and nudge controls.
import type { StrengthGardenConsole } from '../../../../shared/activities/strength-garden';
import type { ConsoleActivity } from '../types';
import { gardenControls } from './controls';
import { gardenFields, gardenSettings, gardenSummary } from './settings-form';

export const strengthGardenConsole: ConsoleActivity<StrengthGardenConsole> = {
  id: 'strength-garden',
  defaults: () => ({ ...gardenSettings({}) }),
  summary: gardenSummary,
  settingsFields: gardenFields,
  controls: gardenControls,
};
