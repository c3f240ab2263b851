// Strength Garden on the console: its settings form and summary, the live phase and nudge controls.
import type { StrengthGardenConsole } from '../../../../shared/activities/strength-garden';
import type { ConsoleActivity } from '../types';
import { gardenSettings, gardenSummary } from './settings-form';

export const strengthGardenConsole: ConsoleActivity<StrengthGardenConsole> = {
  id: 'strength-garden',
  ui: () => import('./ui').then((m) => m.strengthGardenUi),
  defaults: () => ({ ...gardenSettings({}) }),
  summary: gardenSummary,
};
