// Build Together fold: each event's effect on the state (pure; replay needs nothing but the events).
import type { BuildTogetherEvent } from './events';
import type { BuildTogetherState, HelpRequest } from './state';

/** Help requests whose piece is still in the asker's hand (a deal or a placement may have taken it). */
function liveHelp(help: Record<string, HelpRequest>, hands: Record<string, string[]>): Record<string, HelpRequest> {
  const out: Record<string, HelpRequest> = {};
  for (const [childId, req] of Object.entries(help)) if (hands[childId]?.includes(req.pieceId)) out[childId] = req;
  return out;
}

export function applyBuildTogether(state: BuildTogetherState, e: BuildTogetherEvent, at: number): BuildTogetherState {
  switch (e.type) {
    case 'build.dealt': {
      const hands = e.payload.hands;
      const startedAt = e.payload.reason === 'start' ? at : (state.startedAt ?? at);
      return { ...state, startedAt, hands, help: liveHelp(state.help, hands) };
    }
    case 'build.placed': {
      const { childId, pieceId, slotId } = e.payload;
      const hands = { ...state.hands, [childId]: (state.hands[childId] ?? []).filter((p) => p !== pieceId) };
      const onTurn = state.turn?.childId === childId;
      return {
        ...state,
        hands,
        placed: { ...state.placed, [slotId]: { pieceId, childId, at } },
        placedBy: { ...state.placedBy, [childId]: (state.placedBy[childId] ?? 0) + 1 },
        lastTurnAt: { ...state.lastTurnAt, [childId]: at },
        turn: onTurn ? null : state.turn,
        lastOnTurn: onTurn ? childId : state.lastOnTurn,
        help: liveHelp(state.help, hands),
        lastPlaced: { childId, pieceId, slotId, at },
      };
    }
    case 'build.help-asked':
      return { ...state, help: { ...state.help, [e.payload.childId]: { pieceId: e.payload.pieceId, at, helpedBy: null } } };
    case 'build.help-given': {
      const req = state.help[e.payload.to];
      if (!req || req.pieceId !== e.payload.pieceId) return state;
      return { ...state, help: { ...state.help, [e.payload.to]: { ...req, helpedBy: e.payload.from } } };
    }
    case 'build.turn-offered':
      return { ...state, turn: { childId: e.payload.childId, since: at } };
    case 'build.turn-passed': {
      const id = e.payload.childId;
      return {
        ...state,
        turn: state.turn?.childId === id ? null : state.turn,
        lastOnTurn: id,
        lastTurnAt: { ...state.lastTurnAt, [id]: at },
        passes: { ...state.passes, [id]: (state.passes[id] ?? 0) + 1 },
      };
    }
    case 'build.completed':
      return { ...state, completed: { by: e.payload.by, durationMs: e.payload.durationMs } };
  }
}
