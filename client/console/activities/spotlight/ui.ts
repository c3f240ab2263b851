// Spotlight's settings form and live controls on the console: a chunk of their own, loaded when first shown.
import type { SpotlightConsole } from '../../../../shared/activities/spotlight';
import type { ConsoleUi } from '../types';
import { spotlightControls } from './controls';
import { spotlightFields } from './settings-form';

export const spotlightUi: ConsoleUi<SpotlightConsole> = { settingsFields: spotlightFields, controls: spotlightControls };
