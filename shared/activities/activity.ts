// The activity contract: settings with defaults, setup, intents by role, rules, fold, completion, views.
import type * as v from 'valibot';
import type { ErrorCode } from '../protocol/errors';
import type { RosterEntry } from '../session/roster';
import type { InstrumentCatalog } from '../instruments/catalog';
import type { InstrumentResponse } from '../instruments/response';
import type { AgeBand, Language } from '../session/roster';
import type { IntentSpec } from './intent-spec';
import type { Participation } from './participation';
import type { Widen } from '../i18n/types';
import type { Telling } from '../review/replay-describe-types';
import type { ChildParticipation } from '../metrics/types';

/** What an activity's English words must hold at least: a sentence for each of its error codes. */
export interface ActivityWordsShape<Code extends string> {
  common: { errors: { [K in Code]: string } };
}

/** A child's turns in this activity in the group's earlier sessions (for fair scheduling). */
export interface PastTurns {
  turns: number;
  lastAt: number | null;
}

/** What an activity's rules may know besides its own state. All of it comes from the session fold. */
export interface ActivityContext {
  now: number;
  roster: readonly RosterEntry[];
  /** Children seated and connected right now, in roster order. */
  present: readonly string[];
  /** Turns in earlier sessions of the group, recorded in round.started so replay is exact. */
  history: Readonly<Record<string, PastTurns>>;
  /** A random number in [0, 1) chosen by the server; outcomes are written into events. */
  random: () => number;
}

/** Who sends an activity intent: a seated child, or staff. Screens and guests never may. */
export type ActivityActor = { role: 'seat'; childId: string } | { role: 'staff'; staffId: string };

export interface ActivityEvent {
  type: string;
  payload: unknown;
}

export interface ActivityIntent {
  type: string;
}

/** What the server knows when a round starts, beyond the session: its instruments, the group's age band. */
export interface StartEnv {
  instruments: InstrumentCatalog;
  ageBand: AgeBand;
}

export type ActivityDecision<E> = { ok: true; events: E[] } | { ok: false; code: ErrorCode };

export interface ActivityDef<
  Id extends string,
  Settings,
  State,
  E extends ActivityEvent,
  I extends ActivityIntent,
  Screen,
  Tablet,
  Console,
  Code extends string = string,
  Words extends ActivityWordsShape<Code> = ActivityWordsShape<Code>,
> {
  id: Id;
  /** The error codes its rules may answer with besides the core ones; the protocol's list derives from these. */
  errors: readonly Code[];
  /**
   * Its words, by dictionary section (common.errors for its codes, tabletPage, consolePage, …): the dictionaries
   * merge them in from the registry, so `t().tabletPage.<its key>` works. zh-CN is typed against en.
   */
  words: { en: Words; 'zh-CN': Widen<Words> };
  /** Schema of the settings, with every field optional; parse fills the defaults. */
  settingsSchema: v.GenericSchema<unknown, Settings>;
  /** Each intent's payload schema and the roles that may send it; anything unlisted is denied. */
  intents: { [K in I['type']]: IntentSpec };
  /**
   * Each event type's payload schema, exactly as logged: the owner of an event type is the activity that
   * declares it, and metrics, replay and export parse stored payloads with these.
   */
  events: { [K in E['type']]: v.GenericSchema<unknown, Extract<E, { type: K }>['payload']> };
  /**
   * Completes parsed settings from the server's data when the round starts (a check-in's instrument
   * request becomes the instrument itself), so round.started records everything replay needs.
   */
  prepare?(settings: Settings, env: StartEnv): { ok: true; settings: Settings } | { ok: false; code: ErrorCode };
  initial(settings: Settings): State;
  /** Events right after the round starts (e.g. a random first star holder). */
  setup(state: State, ctx: ActivityContext): E[];
  decide(state: State, intent: I, actor: ActivityActor, ctx: ActivityContext): ActivityDecision<E>;
  apply(state: State, event: E, at: number): State;
  /** Events that close open turns when the round ends, however it ends. */
  finish(state: State, ctx: ActivityContext): E[];
  /**
   * Events after children arrive or leave mid-round (e.g. pieces dealt again so the picture stays
   * completable). Optional: most activities read `ctx.present` in their rules and need nothing here.
   */
  onPresence?(state: State, ctx: ActivityContext): E[];
  /** The round ends by itself once this is true. */
  isComplete(state: State, ctx: ActivityContext): boolean;
  /** Each event type's sentence for the review timeline (a full record: a new event type without one fails the build). */
  describe: Describer<E>;
  /** What its events mean for participation (turns, airtime, passes, help, cards): the metrics know no activity. */
  participation: Participation<E>;
  /** The child everyone's attention is on, if any (reactions go to them). */
  focus(state: State): string | null;
  /** The event as the console's live feed may show it (a check-in's answers are not the facilitator's). */
  redactForConsole?(event: E): E;
  /**
   * The instrument answers an event of its holds (one child's finished questionnaire), or null: the review's
   * check-in tab, the report and the research exports read them through this, knowing no activity.
   */
  instrumentResponse?(event: E): InstrumentResponse | null;
  screenView(state: State, ctx: ActivityContext): Screen;
  /**
   * Its round's summary in the session record, from the round's participation of the children present (`present`
   * of them): counts only, never a child's answer.
   */
  roundSummary(children: readonly ChildParticipation[], present: number): RoundSummary;
  /**
   * Its round's line in the record's group-level check-in section (which of the `records` words, filled with
   * `values`), from the present children's participation; absent for an activity that is no check-in.
   */
  groupRecordLine?(round: RecordRound<Settings>): RecordLine;
  /** Its place in the console's one-click default plan (1 first); absent when the default plan leaves it out. */
  defaultPlan?: number;
  /** Whose turn its screen view shows, for the review replay. */
  replayTurn(view: Screen): ReplayTurn;
  /** True when the replay draws its screen view beside the state (a picture that grows); see client/review/activities/. */
  replayPicture?: boolean;
  tabletView(state: State, childId: string, ctx: ActivityContext): Tablet;
  consoleView(state: State, ctx: ActivityContext): Console;
}

/** Per event type, its line in the review timeline in the reader's language, or null when deliberately silent. */
export type Describer<E extends ActivityEvent> = { [K in E['type']]: (event: Extract<E, { type: K }>, w: Telling) => string | null };

/**
 * Whose turn it is in a screen view, for the review replay's "Whose turn" box: the child in focus, and which of
 * the activity's `reviewReplay.turns` words says it (filled with `name` and `values`). Language-free, so a scene is data.
 */
export interface ReplayTurn {
  childId: string | null;
  words: string;
  values?: Record<string, number>;
}

/** A round's one-line summary in the session record: which of the activity's `records` words, and its counts. */
export interface RoundSummary {
  words: string;
  values: Record<string, number>;
}

/** The record's words in its language (the hook picks the ones it needs, e.g. a note on an instrument). */
export type RecordWords = Readonly<Record<string, unknown>>;

/** What a record line is drawn from: the round's settings, the present children's participation, the words. */
export interface RecordRound<Settings> {
  settings: Settings;
  children: readonly ChildParticipation[];
  present: number;
  lang: Language;
  /** The activity's name in the record's language. */
  name: string;
  records: RecordWords;
}

/** A line of the session record: which of the `records` words, and what fills it. */
export interface RecordLine {
  words: string;
  values: Record<string, string | number>;
}

export function ok<E>(...events: E[]): ActivityDecision<E> {
  return { ok: true, events };
}

export function no<E>(code: ErrorCode): ActivityDecision<E> {
  return { ok: false, code };
}
