// The activities, keyed by id (one line each in list.ts): types and routing derive from them.
import type * as v from 'valibot';
import type { ActivityContext, ActivityDef, ActivityDecision, ActivityActor, RecordLine, RecordRound, ReplayTurn, RoundSummary, StartEnv } from './activity';
import type { ChildParticipation } from '../metrics/types';
import type { ErrorCode } from '../protocol/errors';
import type { Language } from '../session/roster';
import type { Telling } from '../review/replay-describe-types';
import type { InstrumentResponse } from '../instruments/response';
import type { IntentSpec } from './intent-spec';
import type { ParticipationFact } from './participation';
import { parseEvent } from './event-spec';
import { keyedById } from './keyed';
import * as LISTED from './list';

/** Every activity by id, in id order (the console lists them so). */
export const ACTIVITIES = keyedById(LISTED);

export type ActivityId = keyof typeof ACTIVITIES;
export const ACTIVITY_IDS = Object.keys(ACTIVITIES) as ActivityId[];

type Defs = (typeof ACTIVITIES)[ActivityId];
type Parts<D> =
  D extends ActivityDef<string, infer S, infer St, infer E, infer I, infer Sc, infer Ta, infer Co>
    ? { s: S; st: St; e: E; i: I; sc: Sc; ta: Ta; co: Co }
    : never;

export type ActivityEventBody = Parts<Defs>['e'];
export type ActivityIntentBody = Parts<Defs>['i'];
export type ActivityScreenView = Parts<Defs>['sc'];
export type ActivityTabletView = Parts<Defs>['ta'];
export type ActivityConsoleView = Parts<Defs>['co'];

/** An activity with its types erased: the session layer stores its settings and state as opaque data. */
export interface AnyActivity {
  id: ActivityId;
  settingsSchema: ActivityDef<string, unknown, unknown, ActivityEventBody, ActivityIntentBody, unknown, unknown, unknown>['settingsSchema'];
  errors: readonly string[];
  words: Record<Language, object>;
  intents: Record<string, IntentSpec>;
  events: Record<string, v.GenericSchema>;
  prepare?(settings: unknown, env: StartEnv): { ok: true; settings: unknown } | { ok: false; code: ErrorCode };
  initial(settings: unknown): unknown;
  setup(state: unknown, ctx: ActivityContext): ActivityEventBody[];
  decide(state: unknown, intent: ActivityIntentBody, actor: ActivityActor, ctx: ActivityContext): ActivityDecision<ActivityEventBody>;
  apply(state: unknown, event: ActivityEventBody, at: number): unknown;
  finish(state: unknown, ctx: ActivityContext): ActivityEventBody[];
  onPresence?(state: unknown, ctx: ActivityContext): ActivityEventBody[];
  isComplete(state: unknown, ctx: ActivityContext): boolean;
  focus(state: unknown): string | null;
  describe: Record<string, (event: ActivityEventBody, w: Telling) => string | null>;
  participation: Partial<Record<string, (payload: unknown) => ParticipationFact[]>>;
  redactForConsole?(event: ActivityEventBody): ActivityEventBody;
  instrumentResponse?(event: ActivityEventBody): InstrumentResponse | null;
  screenView(state: unknown, ctx: ActivityContext): ActivityScreenView;
  replayTurn(view: ActivityScreenView): ReplayTurn;
  replayPicture?: boolean;
  roundSummary(children: readonly ChildParticipation[], present: number): RoundSummary;
  groupRecordLine?(round: RecordRound<unknown>): RecordLine;
  defaultPlan?: number;
  tabletView(state: unknown, childId: string, ctx: ActivityContext): ActivityTabletView;
  consoleView(state: unknown, ctx: ActivityContext): ActivityConsoleView;
}

export function activity(id: ActivityId): AnyActivity {
  // Each def is only ever called with the settings, state and events it produced itself.
  return ACTIVITIES[id] as unknown as AnyActivity;
}

export function isActivityId(x: unknown): x is ActivityId {
  return typeof x === 'string' && x in ACTIVITIES;
}

const OWNER = new Map<string, ActivityId>();
for (const id of ACTIVITY_IDS) for (const type of Object.keys(ACTIVITIES[id].intents)) OWNER.set(type, id);

/** Which activity an intent type belongs to, if any. */
export function activityOfIntent(type: string): ActivityId | undefined {
  return OWNER.get(type);
}

export function activityIntentSpecs(): [string, IntentSpec][] {
  return ACTIVITY_IDS.flatMap((id) => Object.entries(ACTIVITIES[id].intents as Record<string, IntentSpec>));
}

const EVENT_OWNER = new Map<string, ActivityId>();
for (const id of ACTIVITY_IDS) {
  for (const type of Object.keys(ACTIVITIES[id].events)) {
    // Two activities declaring one event type would make its owner ambiguous: refuse at load.
    const other = EVENT_OWNER.get(type);
    if (other) throw new Error(`event type ${type} is declared by both ${other} and ${id}`);
    EVENT_OWNER.set(type, id);
  }
}

/** Which activity declares an event type, if any (core session events belong to none). */
export function activityOfEventType(type: string): ActivityId | undefined {
  return EVENT_OWNER.get(type);
}

/** Every declared activity event type with its owner, in registry order. */
export function activityEventTypes(): [string, ActivityId][] {
  return [...EVENT_OWNER];
}

/**
 * An activity event read back from the log, typed: its payload parsed with the owning activity's schema.
 * Null for a type no activity declares, or a stored payload that does not match its declaration.
 */
export function parseActivityEvent(type: string, payload: unknown): ActivityEventBody | null {
  const id = EVENT_OWNER.get(type);
  return id ? (parseEvent(ACTIVITIES[id].events as Record<string, v.GenericSchema>, { type, payload }) as ActivityEventBody | null) : null;
}

/**
 * What a logged activity event says about participation, by its activity's declaration: [] for a type that says
 * nothing (a deal, a phase), a core event, or a stored payload that does not match its schema.
 */
export function participationFacts(type: string, payload: unknown): ParticipationFact[] {
  const id = EVENT_OWNER.get(type);
  const facts = id ? activity(id).participation[type] : undefined;
  if (!facts) return [];
  const parsed = parseActivityEvent(type, payload);
  return parsed ? facts(parsed.payload) : [];
}

/** The event as the console feed may show it: its activity may hide private parts (check-in answers). */
export function redactForConsole<E extends { type: string }>(event: E): E {
  const id = activityOfEventType(event.type);
  const redact = id ? activity(id).redactForConsole : undefined;
  return redact ? (redact(event as unknown as ActivityEventBody) as unknown as E) : event;
}

/**
 * The instrument answers a logged event holds, by its activity's declaration: null for an event that holds none,
 * a core event, or a stored payload that does not match its schema (left out, never guessed at).
 */
export function instrumentResponseOf(type: string, payload: unknown): InstrumentResponse | null {
  const id = EVENT_OWNER.get(type);
  const read = id ? activity(id).instrumentResponse : undefined;
  if (!read) return null;
  const parsed = parseActivityEvent(type, payload);
  return parsed ? read(parsed) : null;
}

/** The console's one-click default plan: the activities that declare a place in it, in that order. */
export function defaultPlanActivities(): ActivityId[] {
  const place = (id: ActivityId) => activity(id).defaultPlan ?? 0;
  return ACTIVITY_IDS.filter((id) => place(id) > 0).sort((a, b) => place(a) - place(b));
}
