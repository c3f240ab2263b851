// Spotlight views: the stage (screen), presenter / audience (tablet), turn controls and fairness (console).
import type { AvatarId } from '../../avatars';
import type { ActivityContext } from '../activity';
import { DECKS, findCard, type PromptCard } from './decks';
import { fairOrder } from './scheduler';
import { turnsOf, type SpotlightState } from './state';

interface StageChild {
  childId: string;
  nickname: string;
  avatar: AvatarId;
}

export interface SpotlightScreen {
  activity: 'spotlight';
  deckName: PromptCard['text'];
  phase: SpotlightState['phase'];
  presenter: StageChild | null;
  card: PromptCard | null;
  /** Server time the turn started; the screen draws a gentle elapsed ring from it (never a countdown). */
  startedAt: number | null;
  audience: StageChild[];
}

export type SpotlightTablet =
  | { activity: 'spotlight'; role: 'presenter'; phase: 'offered' | 'presenting'; card: PromptCard; canSwapCard: boolean }
  | { activity: 'spotlight'; role: 'audience'; presenter: StageChild | null; phase: SpotlightState['phase']; badges: number };

export interface SpotlightConsole {
  activity: 'spotlight';
  deck: string;
  phase: SpotlightState['phase'];
  presenter: string | null;
  card: PromptCard | null;
  offeredAt: number | null;
  startedAt: number | null;
  /** The soft guide (turnSeconds + extensions) for the facilitator's eyes only. */
  guideSeconds: number;
  /** Present children in the scheduler's order: the first is its suggestion. */
  queue: string[];
  /** Invited by the facilitator to go next (first in the queue while present). */
  invited: string | null;
  turns: Record<string, { presentations: number; passes: number; badges: number }>;
}

function stageChild(ctx: ActivityContext, id: string | null): StageChild | null {
  const r = id === null ? undefined : ctx.roster.find((e) => e.childId === id);
  return r ? { childId: r.childId, nickname: r.nickname, avatar: r.avatar } : null;
}

export function spotlightScreen(state: SpotlightState, ctx: ActivityContext): SpotlightScreen {
  return {
    activity: 'spotlight',
    deckName: DECKS[state.settings.deck].name,
    phase: state.phase,
    presenter: stageChild(ctx, state.presenter),
    card: state.card ? (findCard(state.card) ?? null) : null,
    startedAt: state.startedAt,
    audience: ctx.present.filter((id) => id !== state.presenter).map((id) => stageChild(ctx, id)!),
  };
}

export function spotlightTablet(state: SpotlightState, childId: string, ctx: ActivityContext): SpotlightTablet {
  const card = state.card ? findCard(state.card) : undefined;
  if (state.presenter === childId && state.phase !== 'idle' && card) {
    return { activity: 'spotlight', role: 'presenter', phase: state.phase, card, canSwapCard: state.phase === 'offered' && state.settings.allowAnotherCard };
  }
  return { activity: 'spotlight', role: 'audience', presenter: stageChild(ctx, state.presenter), phase: state.phase, badges: turnsOf(state, childId).badges };
}

export function spotlightConsole(state: SpotlightState, ctx: ActivityContext): SpotlightConsole {
  const turns: SpotlightConsole['turns'] = {};
  for (const r of ctx.roster) {
    const t = turnsOf(state, r.childId);
    turns[r.childId] = { presentations: t.presentations, passes: t.passes, badges: t.badges };
  }
  return {
    activity: 'spotlight',
    deck: state.settings.deck,
    phase: state.phase,
    presenter: state.presenter,
    card: state.card ? (findCard(state.card) ?? null) : null,
    offeredAt: state.offeredAt,
    startedAt: state.startedAt,
    guideSeconds: state.settings.turnSeconds + state.extraSeconds,
    queue: fairOrder(
      state,
      ctx.present.filter((id) => id !== state.presenter),
      ctx.history,
    ),
    invited: state.invited,
    turns,
  };
}
