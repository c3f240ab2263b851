// Quiet children (MEASURES §2): a prompt for the facilitator, never a label shown to a child.
import { dict } from './dict';

/** low-share: share below half an equal share among present children; no-recent-turn: no turn in the last N. */
export type QuietReason = 'low-share' | 'no-recent-turn';

export interface QuietChild {
  childId: string;
  /** Every reason that holds, low-share first. */
  reasons: QuietReason[];
  /** Turns / all present children's turns; null while no present child has a turn. */
  share: number | null;
  /** Group turns since this child's last turn (all of the group's turns if they had none). */
  turnsSinceLast: number;
}

export interface QuietInput {
  /** Children present now (or, in a review, who attended), in display order. Only they can be quiet. */
  present: readonly string[];
  /** Turns per child in the scope. */
  counts: Readonly<Record<string, number>>;
  /** 1-based index, in the group's turn sequence, of each child's last turn; missing = no turn yet. */
  lastTurn: Readonly<Record<string, number>>;
  /** How many turns the group has taken in the scope (by anyone, present or not). */
  groupTurns: number;
}

export interface QuietOptions {
  /** N of "no turn in the last N turns of the group". Default 2k, k = number of present children. */
  window?: number;
  /**
   * The share rule waits until the present children have taken this many turns between them. Default k:
   * before every present child could have had one turn, a zero share says nothing (after the very first
   * turn everyone else would be "quiet"). Pass 0 for the bare rule `pᵢ < 0.5/k`.
   */
  minTurnsForShare?: number;
}

/**
 * Present children who are quiet, in the order of `present`:
 * - low-share: `pᵢ < 0.5/k`, pᵢ = turnsᵢ / Σ turns of the present children, k = present children (once
 *   that sum reaches `minTurnsForShare`);
 * - no-recent-turn: the group has taken at least N turns and none of the last N was this child's.
 * Nobody is quiet while nobody is present.
 */
export function quietChildren(input: QuietInput, opts: QuietOptions = {}): QuietChild[] {
  const present = [...new Set(input.present)];
  const k = present.length;
  if (k === 0) return [];
  const window = opts.window ?? 2 * k;
  const minTurns = opts.minTurnsForShare ?? k;
  if (!(window >= 1)) throw new RangeError(`metrics: the quiet window must be ≥ 1, got ${window}`);
  const turns = (id: string) => input.counts[id] ?? 0;
  const presentTurns = present.reduce((sum, id) => sum + turns(id), 0);
  const out: QuietChild[] = [];
  for (const childId of present) {
    const share = presentTurns > 0 ? turns(childId) / presentTurns : null;
    const turnsSinceLast = input.groupTurns - (input.lastTurn[childId] ?? 0);
    const reasons: QuietReason[] = [];
    if (share !== null && presentTurns >= minTurns && share < 0.5 / k) reasons.push('low-share');
    if (input.groupTurns >= window && turnsSinceLast >= window) reasons.push('no-recent-turn');
    if (reasons.length > 0) out.push({ childId, reasons, share, turnsSinceLast });
  }
  return out;
}

/** The same from a turn sequence (child ids in turn order), for callers that keep the sequence itself. */
export function quietChildrenFromSequence(present: readonly string[], sequence: readonly string[], opts: QuietOptions = {}): QuietChild[] {
  const counts = dict<number>();
  const lastTurn = dict<number>();
  sequence.forEach((id, i) => {
    counts[id] = (counts[id] ?? 0) + 1;
    lastTurn[id] = i + 1;
  });
  return quietChildren({ present, counts, lastTurn, groupTurns: sequence.length }, opts);
}
