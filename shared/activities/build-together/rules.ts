// Build Together rules: deal, place (own piece, right kind of place, on turn), pass, help, offer; completion.
import { no, ok, type ActivityActor, type ActivityContext, type ActivityDecision } from '../activity';
import { applyBuildTogether } from './apply';
import { redeal, startDeal } from './deal';
import type { BuildTogetherEvent } from './events';
import type { BuildTogetherIntent } from './intents';
import { findPiece, findSlot, fits } from './pieces';
import { allFilled, handOf, type BuildTogetherState } from './state';
import { nextTurn, turnOrder } from './turns';

type Decision = ActivityDecision<BuildTogetherEvent>;

const fold = (state: BuildTogetherState, events: readonly BuildTogetherEvent[], at: number) => events.reduce((s, e) => applyBuildTogether(s, e, at), state);

export function setupBuildTogether(state: BuildTogetherState, ctx: ActivityContext): BuildTogetherEvent[] {
  const deal = startDeal(state, ctx.present, ctx.random);
  return [deal, ...nextTurn(applyBuildTogether(state, deal, ctx.now), ctx.present)];
}

/** After children arrive or leave: deal again if the hands no longer match who is here, and keep turns moving. */
export function presenceBuildTogether(state: BuildTogetherState, ctx: ActivityContext): BuildTogetherEvent[] {
  const deal = redeal(state, ctx.present);
  const dealt = deal ? [deal] : [];
  return [...dealt, ...nextTurn(fold(state, dealt, ctx.now), ctx.present)];
}

export function decideBuildTogether(state: BuildTogetherState, intent: BuildTogetherIntent, actor: ActivityActor, ctx: ActivityContext): Decision {
  // The session asks onPresence only while a round runs: catch up on arrivals or departures during a pause.
  const catchUp = presenceBuildTogether(state, ctx);
  // "Next turn" is already answered when catching up handed the turn on (the child on turn had left).
  if (intent.type === 'build.offer' && intent.childId === undefined && catchUp.some((e) => e.type === 'build.turn-offered')) return ok(...catchUp);
  const current = fold(state, catchUp, ctx.now);
  const decision = decideNow(current, intent, actor, ctx);
  return decision.ok ? ok(...catchUp, ...decision.events) : decision;
}

function decideNow(state: BuildTogetherState, intent: BuildTogetherIntent, actor: ActivityActor, ctx: ActivityContext): Decision {
  const turns = state.settings.turnMode === 'turns';
  if (intent.type === 'build.offer') return offer(state, intent.childId, ctx);
  if (actor.role !== 'seat') return no('role.denied');
  const me = actor.childId;
  switch (intent.type) {
    case 'build.place': {
      if (turns && state.turn?.childId !== me) return no('build.not_your_turn');
      if (!handOf(state, me).includes(intent.pieceId)) return no('build.not_your_piece');
      const design = state.settings.design;
      const piece = findPiece(design, intent.pieceId);
      const slot = findSlot(design, intent.slotId);
      // A gentle refusal with a hint (same shape, same colour), never logged as a mistake.
      if (!piece || !slot || !fits(piece, slot)) return no('build.wrong_place');
      if (intent.slotId in state.placed) return no('build.slot_taken');
      const latencyMs = turns && state.turn ? ctx.now - state.turn.since : null;
      const placed: BuildTogetherEvent = { type: 'build.placed', payload: { childId: me, pieceId: intent.pieceId, slotId: intent.slotId, latencyMs } };
      const after = applyBuildTogether(state, placed, ctx.now);
      return ok(placed, ...(allFilled(after) ? [] : nextTurn(after, ctx.present)));
    }
    case 'build.pass': {
      if (!turns) return no('build.no_turns');
      if (state.turn?.childId !== me) return no('build.not_your_turn');
      const passed: BuildTogetherEvent = { type: 'build.turn-passed', payload: { childId: me } };
      return ok(passed, ...nextTurn(applyBuildTogether(state, passed, ctx.now), ctx.present));
    }
    case 'build.ask-help': {
      if (!handOf(state, me).includes(intent.pieceId)) return no('build.not_your_piece');
      const open = state.help[me];
      if (open && open.pieceId === intent.pieceId && open.helpedBy === null) return no('build.already_asked');
      return ok({ type: 'build.help-asked', payload: { childId: me, pieceId: intent.pieceId } });
    }
    case 'build.help': {
      const req = state.help[intent.to];
      if (intent.to === me || !req || req.helpedBy !== null) return no('build.no_help_needed');
      return ok({ type: 'build.help-given', payload: { from: me, to: intent.to, pieceId: req.pieceId } });
    }
  }
}

/** The facilitator hands the turn to a child, or (no child named) to the next in the fair order. */
function offer(state: BuildTogetherState, childId: string | undefined, ctx: ActivityContext): Decision {
  if (state.settings.turnMode !== 'turns') return no('build.no_turns');
  const to = childId ?? turnOrder(state, ctx.present, state.turn?.childId ?? null)[0];
  if (to === undefined || !ctx.present.includes(to) || handOf(state, to).length === 0) return no('build.nobody');
  return ok({ type: 'build.turn-offered', payload: { childId: to } });
}

/** A filled picture is logged as completed, with everyone who placed a piece (in roster order). */
export function finishBuildTogether(state: BuildTogetherState, ctx: ActivityContext): BuildTogetherEvent[] {
  if (!allFilled(state) || state.completed) return [];
  const by = ctx.roster.map((r) => r.childId).filter((c) => (state.placedBy[c] ?? 0) > 0);
  return [{ type: 'build.completed', payload: { by, durationMs: Math.max(0, ctx.now - (state.startedAt ?? ctx.now)) } }];
}

/** Every slot filled. The deal makes this need every present child: each one who has yet to place holds a piece. */
export function buildTogetherComplete(state: BuildTogetherState): boolean {
  return allFilled(state);
}
