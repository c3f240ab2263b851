// Pass the Star: a turn-taking ice-breaker; the holder passes the star by tapping someone's avatar.
import type { ActivityDef } from '../activity';
import { passStarDescriber, passStarTurn } from './describe';
import { PASS_STAR_ERRORS, type PassStarErrorCode } from './errors';
import { words as wordsEn } from './words.en';
import { words as wordsZh } from './words.zh-CN';
import { PASS_STAR_EVENTS, type PassStarEvent } from './events';
import { PASS_STAR_INTENTS, type PassStarIntent } from './intents';
import { applyPassStar, decidePassStar, finishPassStar, passStarComplete, setupPassStar } from './rules';
import { PassStarSettingsSchema, type PassStarSettings } from './settings';
import { initialPassStar, type PassStarState } from './state';
import { passStarConsole, passStarScreen, passStarTablet, type PassStarConsole, type PassStarScreen, type PassStarTablet } from './views';
import { passStarParticipation, passStarRoundSummary } from './participation';

export type { PassStarEvent } from './events';
export { passStarEvent } from './events';
export type { PassStarIntent } from './intents';
export type { PassStarConsole, PassStarScreen, PassStarTablet } from './views';

export const passStar: ActivityDef<
  'pass-star',
  PassStarSettings,
  PassStarState,
  PassStarEvent,
  PassStarIntent,
  PassStarScreen,
  PassStarTablet,
  PassStarConsole,
  PassStarErrorCode,
  typeof wordsEn
> = {
  id: 'pass-star',
  errors: PASS_STAR_ERRORS,
  words: { en: wordsEn, 'zh-CN': wordsZh },
  settingsSchema: PassStarSettingsSchema,
  intents: PASS_STAR_INTENTS,
  events: PASS_STAR_EVENTS,
  initial: initialPassStar,
  setup: setupPassStar,
  decide: decidePassStar,
  apply: applyPassStar,
  finish: finishPassStar,
  isComplete: passStarComplete,
  describe: passStarDescriber,
  defaultPlan: 1,
  roundSummary: passStarRoundSummary,
  participation: passStarParticipation,
  focus: (s) => s.holder,
  replayTurn: passStarTurn,
  screenView: passStarScreen,
  tabletView: passStarTablet,
  consoleView: passStarConsole,
};
