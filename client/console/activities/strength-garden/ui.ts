// The Strength Garden's settings form and live controls on the console: a chunk of their own, loaded when first shown.
import type { StrengthGardenConsole } from '../../../../shared/activities/strength-garden';
import type { ConsoleUi } from '../types';
import { gardenControls } from './controls';
import { gardenFields } from './settings-form';

export const strengthGardenUi: ConsoleUi<StrengthGardenConsole> = { settingsFields: gardenFields, controls: gardenControls };
