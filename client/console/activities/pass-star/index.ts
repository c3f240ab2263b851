// Pass the Star on the console: its settings form and summary, and the live controls.
import type { PassStarConsole } from '../../../../shared/activities/pass-star';
import type { ConsoleActivity } from '../types';
import { passStarControls } from './controls';
import { passStarFields, passStarSettings, passStarSummary } from './settings-form';

export const passStarConsole: ConsoleActivity<PassStarConsole> = {
  defaults: () => ({ ...passStarSettings({}) }),
  summary: passStarSummary,
  settingsFields: passStarFields,
  controls: passStarControls,
};
