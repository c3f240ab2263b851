// Dealing Build Together pieces: a shuffled deal at the start, and a new deal whenever children arrive or leave.
import type { BuildTogetherEvent } from './events';
import { dealMatches, hasPlaced, unplacedPieces, type BuildTogetherState } from './state';

type Dealt = Extract<BuildTogetherEvent, { type: 'build.dealt' }>;

/** Pieces shuffled (the only use of chance), then dealt round the present children from a random seat. */
export function startDeal(state: BuildTogetherState, present: readonly string[], random: () => number): Dealt {
  const pieces = unplacedPieces(state);
  for (let i = pieces.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [pieces[i], pieces[j]] = [pieces[j]!, pieces[i]!];
  }
  const hands: Record<string, string[]> = Object.fromEntries(present.map((c) => [c, [] as string[]]));
  // Nobody here yet: the pieces wait and are dealt when the first child arrives.
  if (present.length === 0) return { type: 'build.dealt', payload: { hands, reason: 'start' } };
  const from = Math.min(present.length - 1, Math.floor(random() * present.length));
  pieces.forEach((p, i) => hands[present[(from + i) % present.length]!]!.push(p));
  return { type: 'build.dealt', payload: { hands, reason: 'start' } };
}

/**
 * The deal after children arrive or leave, or null while the hands still match who is here. Nothing is
 * lost: a child who left gives back the unplaced pieces, and those go one by one to whoever holds the
 * fewest (children yet to place first). A child who arrived gets a share of the unplaced pieces — at
 * least one whenever any remain — taken from the fullest hands, without leaving anyone who has yet to
 * place with none: so every present child can still add to the picture, and it stays completable.
 */
export function redeal(state: BuildTogetherState, present: readonly string[]): Dealt | null {
  if (dealMatches(state, present)) return null;
  const reason = Object.keys(state.hands).some((c) => !present.includes(c)) ? 'left' : 'joined';
  const unplaced = unplacedPieces(state);
  const open = new Set(unplaced);
  const hands: Record<string, string[]> = Object.fromEntries(present.map((c) => [c, (state.hands[c] ?? []).filter((p) => open.has(p))]));
  const held = new Set(Object.values(hands).flat());
  const rank = (c: string) => present.indexOf(c);
  const size = (c: string) => hands[c]!.length;

  // Given-back (or never dealt) pieces: to the smallest hand; ties to children yet to place, then roster order.
  for (const p of unplaced.filter((x) => !held.has(x))) {
    const to = [...present].sort((a, b) => size(a) - size(b) || Number(hasPlaced(state, a)) - Number(hasPlaced(state, b)) || rank(a) - rank(b))[0];
    if (to !== undefined) hands[to]!.push(p);
  }

  // Newcomers take a fair share from the fullest hands, never below that share themselves.
  const share = present.length === 0 ? 0 : Math.max(1, Math.floor(unplaced.length / present.length));
  const newcomers = present.filter((c) => !(c in state.hands)).sort((a, b) => Number(hasPlaced(state, a)) - Number(hasPlaced(state, b)) || rank(a) - rank(b));
  for (const to of newcomers) {
    while (size(to) < share) {
      const donor = donorFor(state, present, hands, to, share);
      if (donor === null) break;
      hands[to]!.push(takeFrom(state, hands, donor));
    }
  }
  return { type: 'build.dealt', payload: { hands, reason } };
}

/** The fullest hand above the share; failing that (fewer pieces than children), a lone piece of a child who already placed. */
function donorFor(state: BuildTogetherState, present: readonly string[], hands: Record<string, string[]>, to: string, share: number): string | null {
  const others = present.filter((c) => c !== to);
  const fullest = others
    .filter((c) => hands[c]!.length > share)
    .sort((a, b) => hands[b]!.length - hands[a]!.length || present.indexOf(a) - present.indexOf(b))[0];
  if (fullest !== undefined) return fullest;
  if (hands[to]!.length > 0 || hasPlaced(state, to)) return null;
  return others.find((c) => hands[c]!.length === 1 && hasPlaced(state, c)) ?? null;
}

/** The donor's last piece, keeping the one they asked help for while they have another. */
function takeFrom(state: BuildTogetherState, hands: Record<string, string[]>, donor: string): string {
  const hand = hands[donor]!;
  const asked = state.help[donor]?.pieceId;
  let i = hand.length - 1;
  while (i > 0 && hand[i] === asked) i--;
  return hand.splice(i, 1)[0]!;
}
