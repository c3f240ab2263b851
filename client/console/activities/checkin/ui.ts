// The check-in's settings form and live controls on the console: a chunk of their own, loaded when first shown.
import type { CheckinConsole } from '../../../../shared/activities/checkin';
import type { ConsoleUi } from '../types';
import { checkinControls } from './controls';
import { checkinFields } from './settings-form';

export const checkinUi: ConsoleUi<CheckinConsole> = { settingsFields: checkinFields, controls: checkinControls };
