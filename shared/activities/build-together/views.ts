// Build Together views: the picture and whose turn (screen), own hand and outline (tablet), deal and turns (console).
import type { AvatarId } from '../../avatars';
import type { Language } from '../../session/roster';
import type { ActivityContext } from '../activity';
import { DESIGNS, type BackdropId, type DesignId } from './designs';
import { fittingSlots, lookOf } from './pieces';
import type { TurnMode } from './settings';
import { pieceLook, type PieceLook } from './shapes';
import { allFilled, filledCount, handOf, hasPlaced, totalSlots, type BuildTogetherState } from './state';
import { turnOrder } from './turns';

export interface BuildChild {
  childId: string;
  nickname: string;
  avatar: AvatarId;
}

/** What the pages need to lay out the picture (all slot coordinates are in these units). */
export interface DesignInfo {
  id: DesignId;
  name: Record<Language, string>;
  picture: DesignId;
  backdrop: BackdropId;
  width: number;
  height: number;
}

/** One place in the outline: where it is and what fits it (drawn as a faint piece of that look). */
export interface SlotOutline extends PieceLook {
  slotId: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface BuildHelpOnScreen {
  child: BuildChild;
  look: PieceLook;
  /** Where that piece fits (to highlight); empty when hints are off. */
  slots: string[];
  helpedBy: BuildChild | null;
}

export interface BuildTogetherScreen {
  activity: 'build-together';
  design: DesignInfo;
  turnMode: TurnMode;
  showHints: boolean;
  slots: (SlotOutline & { filled: boolean; filledBy: string | null; highlight: boolean })[];
  filledCount: number;
  total: number;
  /** Turns mode: the child on turn (everyone else can cheer). */
  turn: BuildChild | null;
  /** Present children in roster order. No counts: nobody is ranked, only "has added a piece". */
  children: (BuildChild & { placed: boolean; hasPieces: boolean; onTurn: boolean; askingHelp: boolean })[];
  help: BuildHelpOnScreen[];
  /** Everyone who has added a piece this round (roster order), including children who have since left. */
  builders: BuildChild[];
  /** The newest piece, to animate it in. */
  lastPlaced: { childId: string; slotId: string; at: number } | null;
  /** Set once the picture is complete (see finale.ts: the live round closes in the same step). */
  completed: { by: BuildChild[] } | null;
}

export interface BuildTogetherTablet {
  activity: 'build-together';
  design: DesignInfo;
  turnMode: TurnMode;
  /** The outline to tap; `mine` marks the places this child filled. */
  slots: (SlotOutline & { filled: boolean; mine: boolean })[];
  /** Only this child's own pieces. */
  hand: (PieceLook & { pieceId: string })[];
  turn: BuildChild | null;
  myTurn: boolean;
  canPlace: boolean;
  canPass: boolean;
  /** This child has added to the picture (a gentle "you are part of it"). */
  placedAny: boolean;
  /** This child's own help request; `hint` (where the piece fits) once a peer helped and hints are on. */
  myHelp: { pieceId: string; look: PieceLook; helpedBy: BuildChild | null; hint: string[] } | null;
  /** Friends waiting for help, to press "help" for them (their look, never their pieces' ids). */
  friendsAsking: { child: BuildChild; look: PieceLook }[];
  completed: boolean;
}

export interface BuildTogetherConsole {
  activity: 'build-together';
  design: DesignId;
  designName: Record<Language, string>;
  turnMode: TurnMode;
  showHints: boolean;
  filledCount: number;
  total: number;
  startedAt: number | null;
  turn: { childId: string; since: number } | null;
  /** Turns mode: who comes next in the fair order (the child on turn left out). */
  queue: string[];
  /** Every roster child, zeros included. */
  children: { childId: string; present: boolean; hand: string[]; placed: number; passes: number }[];
  /** Present children who have not added a piece yet: the picture waits for them. */
  notYet: string[];
  help: { childId: string; pieceId: string; at: number; helpedBy: string | null }[];
  completed: { by: string[]; durationMs: number } | null;
}

function child(ctx: ActivityContext, childId: string | null | undefined): BuildChild | null {
  const r = childId ? ctx.roster.find((e) => e.childId === childId) : undefined;
  return r ? { childId: r.childId, nickname: r.nickname, avatar: r.avatar } : null;
}

function designInfo(state: BuildTogetherState): DesignInfo {
  const d = DESIGNS[state.settings.design];
  return { id: d.id, name: d.name, picture: d.picture, backdrop: d.backdrop, width: d.width, height: d.height };
}

function outline(state: BuildTogetherState): SlotOutline[] {
  return DESIGNS[state.settings.design].slots.map((s) => ({ slotId: s.id, ...pieceLook(s.shape, s.colour), x: s.x, y: s.y, w: s.w, h: s.h }));
}

const look = (state: BuildTogetherState, pieceId: string): PieceLook => lookOf(state.settings.design, pieceId)!;

export function buildTogetherScreen(state: BuildTogetherState, ctx: ActivityContext): BuildTogetherScreen {
  const design = state.settings.design;
  const help: BuildHelpOnScreen[] = [];
  for (const id of ctx.present) {
    const req = state.help[id];
    if (!req) continue;
    help.push({
      child: child(ctx, id)!,
      look: look(state, req.pieceId),
      slots: state.settings.showHints ? fittingSlots(design, req.pieceId, state.placed) : [],
      helpedBy: child(ctx, req.helpedBy),
    });
  }
  const highlighted = new Set(help.flatMap((h) => h.slots));
  const builders = ctx.roster.filter((r) => hasPlaced(state, r.childId)).map((r) => child(ctx, r.childId)!);
  return {
    activity: 'build-together',
    design: designInfo(state),
    turnMode: state.settings.turnMode,
    showHints: state.settings.showHints,
    slots: outline(state).map((s) => ({
      ...s,
      filled: s.slotId in state.placed,
      filledBy: state.placed[s.slotId]?.childId ?? null,
      highlight: highlighted.has(s.slotId),
    })),
    filledCount: filledCount(state),
    total: totalSlots(state),
    turn: child(ctx, state.turn?.childId),
    children: ctx.present.map((id) => ({
      ...child(ctx, id)!,
      placed: hasPlaced(state, id),
      hasPieces: handOf(state, id).length > 0,
      onTurn: state.turn?.childId === id,
      askingHelp: id in state.help && state.help[id]!.helpedBy === null,
    })),
    help,
    builders,
    lastPlaced: state.lastPlaced ? { childId: state.lastPlaced.childId, slotId: state.lastPlaced.slotId, at: state.lastPlaced.at } : null,
    completed: allFilled(state) ? { by: builders } : null,
  };
}

export function buildTogetherTablet(state: BuildTogetherState, childId: string, ctx: ActivityContext): BuildTogetherTablet {
  const design = state.settings.design;
  const turns = state.settings.turnMode === 'turns';
  const hand = handOf(state, childId).map((pieceId) => ({ pieceId, ...look(state, pieceId) }));
  const myTurn = turns && state.turn?.childId === childId;
  const req = state.help[childId];
  const myHelp = req
    ? {
        pieceId: req.pieceId,
        look: look(state, req.pieceId),
        helpedBy: child(ctx, req.helpedBy),
        hint: req.helpedBy !== null && state.settings.showHints ? fittingSlots(design, req.pieceId, state.placed) : [],
      }
    : null;
  const friendsAsking = ctx.present
    .filter((id) => id !== childId && state.help[id] && state.help[id]!.helpedBy === null)
    .map((id) => ({ child: child(ctx, id)!, look: look(state, state.help[id]!.pieceId) }));
  return {
    activity: 'build-together',
    design: designInfo(state),
    turnMode: state.settings.turnMode,
    slots: outline(state).map((s) => ({ ...s, filled: s.slotId in state.placed, mine: state.placed[s.slotId]?.childId === childId })),
    hand,
    turn: child(ctx, state.turn?.childId),
    myTurn,
    canPlace: hand.length > 0 && (!turns || myTurn),
    canPass: myTurn,
    placedAny: hasPlaced(state, childId),
    myHelp,
    friendsAsking,
    completed: allFilled(state),
  };
}

export function buildTogetherConsole(state: BuildTogetherState, ctx: ActivityContext): BuildTogetherConsole {
  const turns = state.settings.turnMode === 'turns';
  return {
    activity: 'build-together',
    design: state.settings.design,
    designName: DESIGNS[state.settings.design].name,
    turnMode: state.settings.turnMode,
    showHints: state.settings.showHints,
    filledCount: filledCount(state),
    total: totalSlots(state),
    startedAt: state.startedAt,
    turn: state.turn,
    queue: turns ? turnOrder(state, ctx.present, state.turn?.childId ?? null) : [],
    children: ctx.roster.map((r) => ({
      childId: r.childId,
      present: ctx.present.includes(r.childId),
      hand: [...handOf(state, r.childId)],
      placed: state.placedBy[r.childId] ?? 0,
      passes: state.passes[r.childId] ?? 0,
    })),
    notYet: ctx.present.filter((id) => !hasPlaced(state, id)),
    help: Object.entries(state.help).map(([childId, h]) => ({ childId, pieceId: h.pieceId, at: h.at, helpedBy: h.helpedBy })),
    completed: state.completed,
  };
}
