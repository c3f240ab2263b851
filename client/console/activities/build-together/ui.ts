// Build Together's settings form and live controls on the console: a chunk of their own, loaded when first shown.
import type { BuildTogetherConsole } from '../../../../shared/activities/build-together';
import type { ConsoleUi } from '../types';
import { buildControls } from './controls';
import { buildFields } from './settings-form';

export const buildTogetherUi: ConsoleUi<BuildTogetherConsole> = { settingsFields: buildFields, controls: buildControls };
