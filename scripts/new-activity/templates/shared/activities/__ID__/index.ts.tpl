// __NAME_EN__: each child taps a weather picture for how they feel; the screen shows the group's sky, no names, no counts.
import type { ActivityDef } from '../activity';
import { __camel__Describer, __camel__Turn } from './describe';
import { __CONST___ERRORS, type __Camel__ErrorCode } from './errors';
import { __CONST___EVENTS, type __Camel__Event } from './events';
import { __CONST___INTENTS, type __Camel__Intent } from './intents';
import { __camel__Participation, __camel__RoundSummary } from './participation';
import { apply__Camel__, decide__Camel__, finish__Camel__, __camel__Complete, setup__Camel__ } from './rules';
import { __Camel__SettingsSchema, type __Camel__Settings } from './settings';
import { initial__Camel__, type __Camel__State } from './state';
import { __camel__Console, __camel__Screen, __camel__Tablet, type __Camel__Console, type __Camel__Screen, type __Camel__Tablet } from './views';
import { words as wordsEn } from './words.en';
import { words as wordsZh } from './words.zh-CN';

export type { __Camel__Event } from './events';
export type { __Camel__Intent } from './intents';
export type { __Camel__Console, __Camel__Screen, __Camel__Tablet } from './views';
export { WEATHERS, type Weather } from './weathers';

export const __camel__: ActivityDef<
  '__ID__',
  __Camel__Settings,
  __Camel__State,
  __Camel__Event,
  __Camel__Intent,
  __Camel__Screen,
  __Camel__Tablet,
  __Camel__Console,
  __Camel__ErrorCode,
  typeof wordsEn
> = {
  id: '__ID__',
  errors: __CONST___ERRORS,
  words: { en: wordsEn, 'zh-CN': wordsZh },
  settingsSchema: __Camel__SettingsSchema,
  intents: __CONST___INTENTS,
  events: __CONST___EVENTS,
  initial: initial__Camel__,
  setup: setup__Camel__,
  decide: decide__Camel__,
  apply: apply__Camel__,
  finish: finish__Camel__,
  isComplete: __camel__Complete,
  describe: __camel__Describer,
  participation: __camel__Participation,
  roundSummary: __camel__RoundSummary,
  // Nobody is in focus (reactions have no one to go to).
  focus: () => null,
  replayTurn: __camel__Turn,
  screenView: __camel__Screen,
  tabletView: __camel__Tablet,
  consoleView: __camel__Console,
};
