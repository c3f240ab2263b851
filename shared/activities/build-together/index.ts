// Build Together: a cooperative picture; each child holds different pieces, so it completes only with everyone.
import type { ActivityDef } from '../activity';
import { buildTogetherDescriber, buildTogetherTurn } from './describe';
import { BUILD_TOGETHER_ERRORS, type BuildTogetherErrorCode } from './errors';
import { words as wordsEn } from './words.en';
import { words as wordsZh } from './words.zh-CN';
import { applyBuildTogether } from './apply';
import { BUILD_TOGETHER_EVENTS, type BuildTogetherEvent } from './events';
import { BUILD_TOGETHER_INTENTS, type BuildTogetherIntent } from './intents';
import { buildTogetherComplete, decideBuildTogether, finishBuildTogether, presenceBuildTogether, setupBuildTogether } from './rules';
import { BuildTogetherSettingsSchema, type BuildTogetherSettings } from './settings';
import { initialBuildTogether, type BuildTogetherState } from './state';
import {
  buildTogetherConsole,
  buildTogetherScreen,
  buildTogetherTablet,
  type BuildTogetherConsole,
  type BuildTogetherScreen,
  type BuildTogetherTablet,
} from './views';
import { buildTogetherParticipation, buildTogetherRoundSummary } from './participation';

export type { BuildTogetherEvent } from './events';
export { buildTogetherEvent } from './events';
export type { BuildTogetherIntent } from './intents';
export type { BuildTogetherConsole, BuildTogetherScreen, BuildTogetherTablet, BuildChild, DesignInfo, SlotOutline } from './views';
export { buildTogetherFinale } from './finale';
export { DESIGNS, DESIGN_IDS, type DesignId } from './designs';
export { SHAPE_IDS, SHAPE_NAMES, COLOURS, COLOUR_IDS, type ShapeId, type ColourId, type PieceLook } from './shapes';

export const buildTogether: ActivityDef<
  'build-together',
  BuildTogetherSettings,
  BuildTogetherState,
  BuildTogetherEvent,
  BuildTogetherIntent,
  BuildTogetherScreen,
  BuildTogetherTablet,
  BuildTogetherConsole,
  BuildTogetherErrorCode,
  typeof wordsEn
> = {
  id: 'build-together',
  errors: BUILD_TOGETHER_ERRORS,
  words: { en: wordsEn, 'zh-CN': wordsZh },
  settingsSchema: BuildTogetherSettingsSchema,
  intents: BUILD_TOGETHER_INTENTS,
  events: BUILD_TOGETHER_EVENTS,
  initial: initialBuildTogether,
  setup: setupBuildTogether,
  decide: decideBuildTogether,
  apply: applyBuildTogether,
  finish: finishBuildTogether,
  onPresence: presenceBuildTogether,
  isComplete: buildTogetherComplete,
  describe: buildTogetherDescriber,
  roundSummary: buildTogetherRoundSummary,
  participation: buildTogetherParticipation,
  // Cheers go to the child on turn; in free building everyone builds at once, so nobody is singled out.
  focus: (s) => s.turn?.childId ?? null,
  replayTurn: buildTogetherTurn,
  replayPicture: true,
  screenView: buildTogetherScreen,
  tabletView: buildTogetherTablet,
  consoleView: buildTogetherConsole,
};
