// Spotlight rules: offers (scheduler or facilitator), ready / another card / pass / done, skip, badge, extend.
import { no, ok, type ActivityActor, type ActivityContext, type ActivityDecision } from '../activity';
import { DECKS } from './decks';
import type { SpotlightEvent } from './events';
import type { SpotlightIntent } from './intents';
import { nextPresenter } from './scheduler';
import { turnsOf, type SpotlightState } from './state';

const EXTEND_SECONDS = 30;

/** A card from the deck not used yet this round (the deck starts over once every card was used). */
function drawCard(state: SpotlightState, ctx: ActivityContext, avoid: string | null): string | null {
  const cards = DECKS[state.settings.deck].cards.map((c) => c.id);
  let fresh = cards.filter((c) => !state.cardsUsed.includes(c) && c !== avoid);
  if (fresh.length === 0) fresh = cards.filter((c) => c !== avoid);
  return fresh[Math.floor(ctx.random() * fresh.length)] ?? null;
}

function offer(state: SpotlightState, ctx: ActivityContext, childId: string, by: 'scheduler' | 'staff'): ActivityDecision<SpotlightEvent> {
  const card = drawCard(state, ctx, null);
  if (!card) return no('spotlight.no_more_cards');
  return ok({ type: 'spotlight.offered', payload: { childId, card, by } });
}

/** A round starts with nobody on stage: the console shows the scheduler's suggestion first. */
export function setupSpotlight(): SpotlightEvent[] {
  return [];
}

export function decideSpotlight(state: SpotlightState, intent: SpotlightIntent, actor: ActivityActor, ctx: ActivityContext): ActivityDecision<SpotlightEvent> {
  const presenter = state.presenter;
  const isPresenter = actor.role === 'seat' && actor.childId === presenter;
  const waited = () => ctx.now - (state.offeredAt ?? ctx.now);
  switch (intent.type) {
    case 'spotlight.offer': {
      if (state.phase !== 'idle') return no('spotlight.busy');
      if (intent.childId === undefined) {
        const next = nextPresenter(state, ctx.present, ctx.history);
        return next ? offer(state, ctx, next, 'scheduler') : no('spotlight.nobody');
      }
      if (!ctx.present.includes(intent.childId)) return no('spotlight.nobody');
      return offer(state, ctx, intent.childId, 'staff');
    }
    case 'spotlight.invite': {
      if (!ctx.present.includes(intent.childId)) return no('spotlight.nobody');
      if (state.phase === 'idle') return offer(state, ctx, intent.childId, 'staff');
      if (intent.childId === presenter) return no('spotlight.busy');
      return ok({ type: 'spotlight.invited', payload: { childId: intent.childId } });
    }
    case 'spotlight.ready':
      if (!isPresenter) return no('spotlight.not_presenter');
      if (state.phase !== 'offered') return no('spotlight.busy');
      return ok({ type: 'spotlight.started', payload: { childId: presenter!, latencyMs: waited() } });
    case 'spotlight.another-card': {
      if (!isPresenter) return no('spotlight.not_presenter');
      if (state.phase !== 'offered' || !state.settings.allowAnotherCard) return no('spotlight.busy');
      const card = drawCard(state, ctx, state.card);
      return card ? ok({ type: 'spotlight.card.changed', payload: { childId: presenter!, card } }) : no('spotlight.no_more_cards');
    }
    case 'spotlight.pass':
      // Passing is always allowed while the turn is only offered — and never penalised.
      if (!isPresenter) return no('spotlight.not_presenter');
      if (state.phase !== 'offered') return no('spotlight.busy');
      return ok({ type: 'spotlight.passed', payload: { childId: presenter!, latencyMs: waited(), by: 'child' } });
    case 'spotlight.done':
      if (!isPresenter) return no('spotlight.not_presenter');
      if (state.phase !== 'presenting') return no('spotlight.not_started');
      return ok({ type: 'spotlight.ended', payload: { childId: presenter!, durationMs: ctx.now - (state.startedAt ?? ctx.now), by: 'child' } });
    case 'spotlight.skip':
      if (state.phase !== 'offered') return no('spotlight.no_turn');
      return ok({ type: 'spotlight.passed', payload: { childId: presenter!, latencyMs: waited(), by: 'staff' } });
    case 'spotlight.end-turn':
      if (state.phase === 'offered') return ok({ type: 'spotlight.passed', payload: { childId: presenter!, latencyMs: waited(), by: 'staff' } });
      if (state.phase !== 'presenting') return no('spotlight.no_turn');
      return ok({ type: 'spotlight.ended', payload: { childId: presenter!, durationMs: ctx.now - (state.startedAt ?? ctx.now), by: 'staff' } });
    case 'spotlight.badge':
      if (!ctx.roster.some((r) => r.childId === intent.childId)) return no('seat.unknown_child');
      return ok({ type: 'spotlight.badge', payload: { childId: intent.childId, badge: 'brave' } });
    case 'spotlight.extend':
      if (state.phase === 'idle') return no('spotlight.no_turn');
      return ok({ type: 'spotlight.extended', payload: { childId: presenter!, seconds: EXTEND_SECONDS } });
  }
}

export function applySpotlight(state: SpotlightState, e: SpotlightEvent, at: number): SpotlightState {
  switch (e.type) {
    case 'spotlight.offered':
      return {
        ...state,
        phase: 'offered',
        presenter: e.payload.childId,
        card: e.payload.card,
        offeredAt: at,
        startedAt: null,
        extraSeconds: 0,
        cardsUsed: [...state.cardsUsed, e.payload.card],
        invited: state.invited === e.payload.childId ? null : state.invited,
      };
    case 'spotlight.invited':
      return { ...state, invited: e.payload.childId };
    case 'spotlight.card.changed':
      return { ...state, card: e.payload.card, cardsUsed: [...state.cardsUsed, e.payload.card] };
    case 'spotlight.started':
      return { ...state, phase: 'presenting', startedAt: at };
    case 'spotlight.passed':
    case 'spotlight.ended': {
      const id = e.payload.childId;
      const t = turnsOf(state, id);
      const next = e.type === 'spotlight.ended' ? { ...t, presentations: t.presentations + 1 } : { ...t, passes: t.passes + 1 };
      return {
        ...state,
        phase: 'idle',
        presenter: null,
        card: null,
        offeredAt: null,
        startedAt: null,
        extraSeconds: 0,
        lastPresenter: id,
        turns: { ...state.turns, [id]: { ...next, lastTurnAt: at } },
      };
    }
    case 'spotlight.badge': {
      const t = turnsOf(state, e.payload.childId);
      return { ...state, turns: { ...state.turns, [e.payload.childId]: { ...t, badges: t.badges + 1 } } };
    }
    case 'spotlight.extended':
      return { ...state, extraSeconds: state.extraSeconds + e.payload.seconds };
  }
}

export function finishSpotlight(state: SpotlightState, ctx: ActivityContext): SpotlightEvent[] {
  if (state.phase === 'offered')
    return [{ type: 'spotlight.passed', payload: { childId: state.presenter!, latencyMs: ctx.now - (state.offeredAt ?? ctx.now), by: 'staff' } }];
  if (state.phase === 'presenting')
    return [{ type: 'spotlight.ended', payload: { childId: state.presenter!, durationMs: ctx.now - (state.startedAt ?? ctx.now), by: 'round' } }];
  return [];
}
