// Check-in rules: assent first, one item at a time, back to change, skip allowed; one response per child.
import { resolveInstrument } from '../../instruments/catalog';
import { scoreResponse } from '../../instruments/score';
import type { Language } from '../../session/roster';
import { no, ok, type ActivityActor, type ActivityContext, type ActivityDecision, type StartEnv } from '../activity';
import type { CheckinEvent, CheckinResponse, CheckinStatus } from './events';
import type { CheckinIntent } from './intents';
import type { CheckinSettings } from './settings';
import { isFinal, type CheckinState, type ChildCheckin } from './state';

export function prepareCheckin(
  settings: CheckinSettings,
  env: StartEnv,
): { ok: true; settings: CheckinSettings } | { ok: false; code: 'checkin.unknown_instrument' } {
  const used = resolveInstrument(env.instruments, settings.instrument, env.ageBand);
  return used ? { ok: true, settings: { ...settings, used } } : { ok: false, code: 'checkin.unknown_instrument' };
}

/** The final response of a child, with every unanswered item stored as skipped. */
function response(
  state: CheckinState,
  childId: string,
  status: CheckinStatus,
  c: ChildCheckin | undefined,
  now: number,
  language: Language | null = null,
): CheckinResponse {
  const answers: Record<string, string | null> = {};
  for (const item of state.instrument.items) answers[item.id] = c?.answers[item.id] ?? null;
  const scored = scoreResponse(state.instrument, answers);
  return {
    childId,
    instrumentId: state.instrument.id,
    version: state.instrument.version,
    status,
    answers,
    skipped: status === 'declined' || status === 'no-answer' ? [] : scored.skipped,
    itemMs: c?.itemMs ?? {},
    itemScores: status === 'declined' || status === 'no-answer' ? {} : scored.itemScores,
    total: status === 'declined' || status === 'no-answer' ? null : scored.total,
    changes: c?.changes ?? 0,
    durationMs: c ? now - c.startedAt : null,
    language: c?.language ?? language,
  };
}

export function decideCheckin(state: CheckinState, intent: CheckinIntent, actor: ActivityActor, ctx: ActivityContext): ActivityDecision<CheckinEvent> {
  if (actor.role !== 'seat') return no('role.denied');
  const childId = actor.childId;
  const c = state.children[childId];
  const language: Language | null = ('lang' in intent ? intent.lang : undefined) ?? c?.language ?? null;
  switch (intent.type) {
    case 'checkin.assent': {
      if (c) return no('checkin.not_now');
      const assented: CheckinEvent = { type: 'checkin.assented', payload: { childId, yes: intent.yes, language } };
      if (intent.yes) return ok(assented);
      return ok<CheckinEvent>(assented, { type: 'checkin.response', payload: response(state, childId, 'declined', undefined, ctx.now, language) });
    }
    case 'checkin.answer': {
      if (c?.status !== 'answering') return no('checkin.not_now');
      const item = state.instrument.items[c.index];
      // A double tap or a stale screen answers an item that is no longer the current one.
      if (!item || item.id !== intent.itemId) return no('checkin.stale_item');
      if (intent.option !== null && !state.instrument.options.some((o) => o.id === intent.option)) return no('checkin.bad_option');
      const changed = item.id in c.answers;
      const answered: CheckinEvent = {
        type: 'checkin.answered',
        payload: { childId, itemId: item.id, option: intent.option, ms: ctx.now - c.shownAt, changed, language },
      };
      if (c.index + 1 < state.instrument.items.length) return ok(answered);
      const after = applyCheckin(state, answered, ctx.now).children[childId]!;
      return ok<CheckinEvent>(answered, { type: 'checkin.response', payload: response(state, childId, 'finished', after, ctx.now) });
    }
    case 'checkin.back': {
      if (c?.status !== 'answering' || c.index === 0) return no('checkin.not_now');
      return ok({ type: 'checkin.went-back', payload: { childId, index: c.index - 1 } });
    }
  }
}

export function applyCheckin(state: CheckinState, e: CheckinEvent, at: number): CheckinState {
  const put = (childId: string, c: ChildCheckin): CheckinState => ({ ...state, children: { ...state.children, [childId]: c } });
  switch (e.type) {
    case 'checkin.assented': {
      const { childId, yes, language } = e.payload;
      return put(childId, { status: yes ? 'answering' : 'declined', index: 0, answers: {}, itemMs: {}, changes: 0, startedAt: at, shownAt: at, language });
    }
    case 'checkin.answered': {
      const { childId, itemId, option, ms, changed, language } = e.payload;
      const c = state.children[childId];
      if (!c) return state;
      return put(childId, {
        ...c,
        index: Math.min(c.index + 1, state.instrument.items.length - 1),
        answers: { ...c.answers, [itemId]: option },
        itemMs: { ...c.itemMs, [itemId]: ms },
        changes: c.changes + (changed ? 1 : 0),
        shownAt: at,
        language: language ?? c.language,
      });
    }
    case 'checkin.went-back': {
      const c = state.children[e.payload.childId];
      return c ? put(e.payload.childId, { ...c, index: e.payload.index, shownAt: at }) : state;
    }
    case 'checkin.response': {
      const p = e.payload;
      const c = state.children[p.childId];
      const base: ChildCheckin = c ?? { status: p.status, index: 0, answers: {}, itemMs: {}, changes: 0, startedAt: at, shownAt: at, language: p.language };
      const answers = p.status === 'declined' || p.status === 'no-answer' ? {} : p.answers;
      return put(p.childId, { ...base, status: p.status, answers });
    }
  }
}

/** When the round ends: unanswered items become skipped; a present child who never began is recorded too. */
export function finishCheckin(state: CheckinState, ctx: ActivityContext): CheckinEvent[] {
  const out: CheckinEvent[] = [];
  for (const [childId, c] of Object.entries(state.children)) {
    if (c.status === 'answering') out.push({ type: 'checkin.response', payload: response(state, childId, 'partial', c, ctx.now) });
  }
  for (const childId of ctx.present) {
    if (!state.children[childId]) out.push({ type: 'checkin.response', payload: response(state, childId, 'no-answer', undefined, ctx.now) });
  }
  return out;
}

/** Everyone here has finished or declined: the round closes by itself. */
export function checkinComplete(state: CheckinState, ctx: ActivityContext): boolean {
  return ctx.present.length > 0 && ctx.present.every((id) => isFinal(state.children[id]));
}
