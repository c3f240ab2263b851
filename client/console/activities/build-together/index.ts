// Build Together on the console: its settings form and summary, the live progress and turn controls.
import type { BuildTogetherConsole } from '../../../../shared/activities/build-together';
import type { ConsoleActivity } from '../types';
import { buildControls } from './controls';
import { buildFields, buildSettings, buildSummary } from './settings-form';

export const buildTogetherConsole: ConsoleActivity<BuildTogetherConsole> = {
  id: 'build-together',
  defaults: () => ({ ...buildSettings({}) }),
  summary: buildSummary,
  settingsFields: buildFields,
  controls: buildControls,
};
