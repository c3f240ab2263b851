// Pass the Star's settings form and live controls on the console: a chunk of their own, loaded when first shown.
import type { PassStarConsole } from '../../../../shared/activities/pass-star';
import type { ConsoleUi } from '../types';
import { passStarControls } from './controls';
import { passStarFields } from './settings-form';

export const passStarUi: ConsoleUi<PassStarConsole> = { settingsFields: passStarFields, controls: passStarControls };
