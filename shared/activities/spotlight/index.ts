// Spotlight: self-presentation rounds — one child on stage with a prompt card, peers cheer, passing is fine.
import type { ActivityDef } from '../activity';
import { spotlightDescriber, spotlightTurn } from './describe';
import { SPOTLIGHT_ERRORS, type SpotlightErrorCode } from './errors';
import { words as wordsEn } from './words.en';
import { words as wordsZh } from './words.zh-CN';
import { SPOTLIGHT_EVENTS, type SpotlightEvent } from './events';
import { SPOTLIGHT_INTENTS, type SpotlightIntent } from './intents';
import { applySpotlight, decideSpotlight, finishSpotlight, setupSpotlight } from './rules';
import { SpotlightSettingsSchema, type SpotlightSettings } from './settings';
import { initialSpotlight, type SpotlightState } from './state';
import { spotlightConsole, spotlightScreen, spotlightTablet, type SpotlightConsole, type SpotlightScreen, type SpotlightTablet } from './views';
import { spotlightParticipation, spotlightRoundSummary } from './participation';

export type { SpotlightEvent } from './events';
export { spotlightEvent } from './events';
export type { SpotlightIntent } from './intents';
export type { SpotlightConsole, SpotlightScreen, SpotlightTablet } from './views';

export const spotlight: ActivityDef<
  'spotlight',
  SpotlightSettings,
  SpotlightState,
  SpotlightEvent,
  SpotlightIntent,
  SpotlightScreen,
  SpotlightTablet,
  SpotlightConsole,
  SpotlightErrorCode,
  typeof wordsEn
> = {
  id: 'spotlight',
  errors: SPOTLIGHT_ERRORS,
  words: { en: wordsEn, 'zh-CN': wordsZh },
  settingsSchema: SpotlightSettingsSchema,
  intents: SPOTLIGHT_INTENTS,
  events: SPOTLIGHT_EVENTS,
  initial: initialSpotlight,
  setup: setupSpotlight,
  decide: decideSpotlight,
  apply: applySpotlight,
  finish: finishSpotlight,
  isComplete: () => false,
  describe: spotlightDescriber,
  defaultPlan: 2,
  roundSummary: spotlightRoundSummary,
  participation: spotlightParticipation,
  focus: (s) => (s.phase === 'idle' ? null : s.presenter),
  replayTurn: spotlightTurn,
  screenView: spotlightScreen,
  tabletView: spotlightTablet,
  consoleView: spotlightConsole,
};
