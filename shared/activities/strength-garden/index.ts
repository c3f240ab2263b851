// Strength Garden: children pick strengths for themselves, then give strength cards to friends; each grows a flower.
import type { ActivityDef } from '../activity';
import { strengthGardenDescriber, strengthGardenTurn } from './describe';
import { STRENGTH_GARDEN_ERRORS, type StrengthGardenErrorCode } from './errors';
import { words as wordsEn } from './words.en';
import { words as wordsZh } from './words.zh-CN';
import { STRENGTH_GARDEN_EVENTS, type StrengthGardenEvent } from './events';
import { STRENGTH_GARDEN_INTENTS, type StrengthGardenIntent } from './intents';
import { applyStrengthGarden, decideStrengthGarden, strengthGardenComplete } from './rules';
import { StrengthGardenSettingsSchema, type StrengthGardenSettings } from './settings';
import { initialStrengthGarden, type StrengthGardenState } from './state';
import { strengthGardenParticipation, strengthGardenRoundSummary } from './participation';
import {
  strengthGardenConsole,
  strengthGardenScreen,
  strengthGardenTablet,
  type StrengthGardenConsole,
  type StrengthGardenScreen,
  type StrengthGardenTablet,
} from './views';

export type { StrengthGardenEvent, GardenPhase } from './events';
export { strengthGardenEvent } from './events';
export type { StrengthGardenIntent } from './intents';
export type {
  StrengthGardenConsole,
  StrengthGardenScreen,
  StrengthGardenTablet,
  GardenBed,
  GardenFlower,
  GardenPeer,
  GardenChildRow,
  GardenLabels,
} from './views';
export { STRENGTH_CARDS, STRENGTH_CARD_IDS, strengthCard, gardenCard, type GardenCard, type StrengthCardId } from './deck';
export { STRENGTH_PICTURES, type StrengthPicture } from './pictures';

export const strengthGarden: ActivityDef<
  'strength-garden',
  StrengthGardenSettings,
  StrengthGardenState,
  StrengthGardenEvent,
  StrengthGardenIntent,
  StrengthGardenScreen,
  StrengthGardenTablet,
  StrengthGardenConsole,
  StrengthGardenErrorCode,
  typeof wordsEn
> = {
  id: 'strength-garden',
  errors: STRENGTH_GARDEN_ERRORS,
  words: { en: wordsEn, 'zh-CN': wordsZh },
  settingsSchema: StrengthGardenSettingsSchema,
  intents: STRENGTH_GARDEN_INTENTS,
  events: STRENGTH_GARDEN_EVENTS,
  initial: initialStrengthGarden,
  // Phase 1 starts at once; nothing is random.
  setup: () => [],
  decide: decideStrengthGarden,
  apply: applyStrengthGarden,
  finish: () => [],
  isComplete: strengthGardenComplete,
  // Giving is not a scheduled turn: nothing here feeds a fair scheduler.
  describe: strengthGardenDescriber,
  roundSummary: strengthGardenRoundSummary,
  participation: strengthGardenParticipation,
  focus: () => null,
  replayTurn: strengthGardenTurn,
  replayPicture: true,
  screenView: strengthGardenScreen,
  tabletView: strengthGardenTablet,
  consoleView: strengthGardenConsole,
};
