// __NAME_EN__ on the console: no settings yet; the live view of who has chosen (never what) and who said "not now"
// is in ui.ts, loaded when first shown.
import type { __Camel__Console } from '../../../../shared/activities/__ID__';
import type { ConsoleActivity } from '../types';

export const __camel__Console: ConsoleActivity<__Camel__Console> = {
  id: '__ID__',
  ui: () => import('./ui').then((m) => m.__camel__Ui),
  defaults: () => ({}),
  summary: () => [],
};
