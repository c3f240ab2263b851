// Check-in: a private, read-aloud questionnaire round (daily check-in or a scale such as the RSES).
import type { ActivityDef } from '../activity';
import { checkinDescriber, checkinTurn } from './describe';
import { CHECKIN_ERRORS, type CheckinErrorCode } from './errors';
import { words as wordsEn } from './words.en';
import { words as wordsZh } from './words.zh-CN';
import { CHECKIN_EVENTS, type CheckinEvent } from './events';
import { CHECKIN_INTENTS, type CheckinIntent } from './intents';
import { applyCheckin, checkinComplete, decideCheckin, finishCheckin, prepareCheckin } from './rules';
import { CheckinSettingsSchema, type CheckinSettings } from './settings';
import { initialCheckin, type CheckinState } from './state';
import { checkinConsole, checkinScreen, checkinTablet, type CheckinConsole, type CheckinScreen, type CheckinTablet } from './views';
import { checkinParticipation, checkinRoundSummary } from './participation';
import { checkinGroupLine } from './record';

export type { CheckinEvent, CheckinResponse, CheckinStatus } from './events';
export { checkinEvent } from './events';
export type { CheckinIntent } from './intents';
export type { CheckinConsole, CheckinScreen, CheckinTablet, CheckinChildStatus } from './views';
export { DAILY_FAMILY } from './settings';

export const checkin: ActivityDef<
  'checkin',
  CheckinSettings,
  CheckinState,
  CheckinEvent,
  CheckinIntent,
  CheckinScreen,
  CheckinTablet,
  CheckinConsole,
  CheckinErrorCode,
  typeof wordsEn
> = {
  id: 'checkin',
  errors: CHECKIN_ERRORS,
  words: { en: wordsEn, 'zh-CN': wordsZh },
  settingsSchema: CheckinSettingsSchema,
  intents: CHECKIN_INTENTS,
  events: CHECKIN_EVENTS,
  prepare: prepareCheckin,
  initial: initialCheckin,
  setup: () => [],
  decide: decideCheckin,
  apply: applyCheckin,
  finish: finishCheckin,
  isComplete: checkinComplete,
  // A check-in is not a turn: it never feeds the fair scheduler.
  describe: checkinDescriber,
  roundSummary: checkinRoundSummary,
  groupRecordLine: checkinGroupLine,
  participation: checkinParticipation,
  focus: () => null,
  replayTurn: checkinTurn,
  screenView: checkinScreen,
  tabletView: (s, childId) => checkinTablet(s, childId),
  consoleView: checkinConsole,
  instrumentResponse: (e) => (e.type === 'checkin.response' ? e.payload : null),
  // The facilitator's event feed says who finished, never what they answered.
  redactForConsole: (e) => {
    if (e.type === 'checkin.answered') return { ...e, payload: { ...e.payload, option: null } };
    if (e.type === 'checkin.response') return { ...e, payload: { ...e.payload, answers: {}, itemScores: {}, total: null, skipped: [] } };
    return e;
  },
};
