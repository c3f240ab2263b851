// Build Together on the console: its settings form and summary, the live progress and turn controls.
import type { BuildTogetherConsole } from '../../../../shared/activities/build-together';
import type { ConsoleActivity } from '../types';
import { buildSettings, buildSummary } from './settings-form';

export const buildTogetherConsole: ConsoleActivity<BuildTogetherConsole> = {
  id: 'build-together',
  ui: () => import('./ui').then((m) => m.buildTogetherUi),
  defaults: () => ({ ...buildSettings({}) }),
  summary: buildSummary,
};
