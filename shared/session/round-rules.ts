// Round rules: plan, start / pause / resume / end rounds, timers, and activity intents routed to their activity.
import * as v from 'valibot';
import type { ActivityActor } from '../activities/activity';
import { activity, activityOfIntent, type ActivityIntentBody } from '../activities/registry';
import type { ErrorCode } from '../protocol/errors';
import type { Intent } from '../protocol/intents';
import { activityContext } from './activity-context';
import type { Actor, EventBody } from './events';
import type { PastTurnsByActivity } from './past-turns';
import { applyEvent } from './reducer';
import { envelope } from './envelope';
import type { SessionState } from './state';
import { roundElapsedMs, type PlannedRound } from './round-types';
import type { PlanSession } from '../programmes/programme';
import type { InstrumentCatalog } from '../instruments/catalog';

/**
 * `after`, when given, is the state once `events` are logged by this actor at `now` (the rules folded them already
 * to look ahead), so the room need not fold them a second time.
 */
export type RoundDecision = { ok: true; events: EventBody[]; after?: SessionState } | { ok: false; code: ErrorCode };

export interface RoundInputs {
  now: number;
  random: () => number;
  /** Turns per child in the group's earlier sessions, per activity (from the server). */
  pastTurns: PastTurnsByActivity;
  /** The server's check-in instruments (a round of a check-in records the one it uses). */
  instruments: InstrumentCatalog;
}

const reject = (code: ErrorCode): RoundDecision => ({ ok: false, code });

/** Folds bodies onto a state as if logged now (by `actor`: the same fold the room makes), to look ahead (completion, setup). */
function preview(state: SessionState, bodies: EventBody[], now: number, actor: Actor = { kind: 'system' }): SessionState {
  return envelope(state, bodies, { at: now, actor }).reduce(applyEvent, state);
}

/** The events that set the session's plan (from the console, or from the group's programme when a session starts). */
export function planEvents(rounds: PlannedRound[], session?: PlanSession): EventBody[] {
  return [{ type: 'plan.set', payload: { rounds, ...(session ? { session } : {}) } }];
}

/** The events that close the running round: the activity's open turns, then round.ended. */
export function closeRound(state: SessionState, reason: 'staff' | 'complete' | 'session', now: number): EventBody[] {
  const round = state.round;
  if (!round) return [];
  const finish = activity(round.activity).finish(round.data, activityContext(state, now));
  return [...finish, { type: 'round.ended', payload: { reason } }];
}

function startRound(state: SessionState, intent: Extract<Intent, { type: 'round.start' }>, inputs: RoundInputs): RoundDecision {
  if (state.round) return reject('round.already');
  const def = activity(intent.activity);
  const planned = intent.planIndex !== undefined ? state.plan[intent.planIndex] : undefined;
  const parsed = v.safeParse(def.settingsSchema, { ...(planned?.activity === intent.activity ? planned.settings : {}), ...(intent.settings ?? {}) });
  if (!parsed.success) return reject('activity.settings');
  const prepared = def.prepare
    ? def.prepare(parsed.output, { instruments: inputs.instruments, ageBand: state.ageBand })
    : { ok: true as const, settings: parsed.output };
  if (!prepared.ok) return reject(prepared.code);
  const started: EventBody = {
    type: 'round.started',
    payload: {
      number: state.roundsDone.length + 1,
      activity: intent.activity,
      settings: prepared.settings,
      planIndex: planned ? intent.planIndex! : null,
      history: inputs.pastTurns[intent.activity] ?? {},
    },
  };
  const after = preview(state, [started], inputs.now);
  const setup = def.setup(after.round!.data, activityContext(after, inputs.now, inputs.random));
  return { ok: true, events: [started, ...setup] };
}

/**
 * What the running round does after children arrive or leave: the activity's own follow-up events, and
 * the round's end if the change completed it (the last child yet to hold the star left, say).
 */
export function presenceFollowUps(state: SessionState, now: number, random: () => number): EventBody[] {
  const round = state.round;
  if (!round || round.paused) return [];
  const def = activity(round.activity);
  const events: EventBody[] = def.onPresence?.(round.data, activityContext(state, now, random)) ?? [];
  const after = events.length > 0 ? preview(state, events, now) : state;
  if (after.round && def.isComplete(after.round.data, activityContext(after, now))) return [...events, ...closeRound(after, 'complete', now)];
  return events;
}

function activityIntent(state: SessionState, intent: ActivityIntentBody, actor: Actor, inputs: RoundInputs): RoundDecision {
  const round = state.round;
  if (!round || activityOfIntent(intent.type) !== round.activity) return reject('round.none');
  if (round.paused) return reject('round.paused');
  const who: ActivityActor | null =
    actor.kind === 'seat' ? { role: 'seat', childId: actor.childId } : actor.kind === 'staff' ? { role: 'staff', staffId: actor.staffId } : null;
  if (!who) return reject('role.denied');
  const def = activity(round.activity);
  const ctx = activityContext(state, inputs.now, inputs.random);
  const decision = def.decide(round.data, intent, who, ctx);
  if (!decision.ok) return decision;
  const events: EventBody[] = decision.events;
  // Folded as the room will log them, so the room takes this state instead of folding the events again.
  const after = preview(state, events, inputs.now, actor);
  if (after.round && def.isComplete(after.round.data, activityContext(after, inputs.now))) {
    const close = closeRound(after, 'complete', inputs.now);
    return { ok: true, events: [...events, ...close], after: preview(after, close, inputs.now, actor) };
  }
  return { ok: true, events, after };
}

export function decideRound(state: SessionState, intent: Intent, actor: Actor, inputs: RoundInputs): RoundDecision {
  const round = state.round;
  switch (intent.type) {
    case 'plan.set':
      return { ok: true, events: planEvents(intent.rounds, intent.session) };
    case 'round.start':
      return startRound(state, intent, inputs);
    case 'round.pause':
      if (!round) return reject('round.none');
      return round.paused ? reject('round.paused') : { ok: true, events: [{ type: 'round.paused', payload: {} }] };
    case 'round.resume':
      if (!round) return reject('round.none');
      if (!round.paused) return reject('round.none');
      // Children who came or went during the pause are answered as the round resumes.
      return {
        ok: true,
        events: [
          { type: 'round.resumed', payload: {} },
          ...presenceFollowUps(preview(state, [{ type: 'round.resumed', payload: {} }], inputs.now), inputs.now, inputs.random),
        ],
      };
    case 'round.end':
      return round ? { ok: true, events: closeRound(state, 'staff', inputs.now) } : reject('round.none');
    case 'timer.set': {
      if (!round) return reject('round.none');
      // "5 minutes" means five minutes from now: the duration counts the round's active time so far.
      const durationMs = intent.seconds === null ? null : roundElapsedMs(round, inputs.now) + intent.seconds * 1000;
      return { ok: true, events: [{ type: 'timer.set', payload: { durationMs, visibleToChildren: intent.visibleToChildren } }] };
    }
    case 'timer.show':
      if (!round) return reject('round.none');
      return { ok: true, events: [{ type: 'timer.set', payload: { ...round.timer, visibleToChildren: intent.visibleToChildren } }] };
    case 'timer.extend':
      if (!round) return reject('round.none');
      if (round.timer.durationMs === null) return reject('timer.off');
      return { ok: true, events: [{ type: 'timer.extended', payload: { ms: intent.seconds * 1000 } }] };
    default:
      if (activityOfIntent(intent.type)) return activityIntent(state, intent as ActivityIntentBody, actor, inputs);
      return reject('protocol.invalid');
  }
}
