// Who-follows-whom (MEASURES §2): M[a][b] counts a turn by a immediately followed by a turn by b.
import { dict } from './dict';

/** `{ [from]: { [to]: count } }`; only non-zero cells are present, and never a child following itself. */
export type FollowCounts = Record<string, Record<string, number>>;

/** A weighted directed edge (follows, star passes, cards given). */
export interface WeightedEdge {
  from: string;
  to: string;
  weight: number;
}

/**
 * Follow counts of one turn sequence (child ids in turn order). Consecutive turns by the same child are
 * merged first — "A A B" is one hand-over A→B — so a child never follows themself.
 */
export function followCounts(sequence: readonly string[]): FollowCounts {
  const out: FollowCounts = dict();
  let prev: string | null = null;
  for (const child of sequence) {
    if (prev !== null && prev !== child) addFollow(out, prev, child, 1);
    prev = child;
  }
  return out;
}

/** Adds `weight` to M[from][to] in place (the accumulator's O(1) step). Self-edges are ignored. */
export function addFollow(m: FollowCounts, from: string, to: string, weight: number): void {
  if (from === to || weight <= 0) return;
  const row = (m[from] ??= dict());
  row[to] = (row[to] ?? 0) + weight;
}

/** The cells of a follow matrix as edges, sorted by from then to (a stable order for tables and tests). */
export function followEdges(m: FollowCounts): WeightedEdge[] {
  const edges: WeightedEdge[] = [];
  for (const from of Object.keys(m)) {
    const row = m[from]!;
    for (const to of Object.keys(row)) edges.push({ from, to, weight: row[to]! });
  }
  return edges.sort(byEnds);
}

export function byEnds(a: { from: string; to: string }, b: { from: string; to: string }): number {
  return a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0;
}
