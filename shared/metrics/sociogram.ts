// Sociogram (MEASURES §2): a weighted directed graph with in/out-degree per child and reciprocated pairs.
import { byEnds, type WeightedEdge } from './follows';

export interface SociogramNode {
  childId: string;
  /** Distinct children this child received from / gave to (unweighted degree). */
  inDegree: number;
  outDegree: number;
  /** Sum of edge weights in / out (how many passes, cards, follows). */
  weightedInDegree: number;
  weightedOutDegree: number;
}

/** a and b gave to each other; `a < b` so each pair appears once. */
export interface ReciprocatedPair {
  a: string;
  b: string;
  /** Weight a → b and b → a. */
  ab: number;
  ba: number;
}

export interface Sociogram {
  /** The given nodes in their order (zeros included), then children met only in edges, in order of appearance. */
  nodes: SociogramNode[];
  /** Merged edges (duplicates summed), sorted by from then to. */
  edges: WeightedEdge[];
  reciprocated: ReciprocatedPair[];
}

export interface EdgeInput {
  from: string;
  to: string;
  /** Defaults to 1 (one pass, one card). */
  weight?: number;
}

/**
 * Builds a sociogram from edges. Repeated edges are summed; self-loops and edges of weight ≤ 0 are left out
 * (a child picking a card for themself is not a tie between two children). `nodes` lists children who must
 * appear even with no edge — pass the enrolled children so the isolated child is a row, not a gap.
 */
export function sociogram(edges: Iterable<EdgeInput>, nodes: readonly string[] = []): Sociogram {
  const weights = new Map<string, Map<string, number>>();
  const order: string[] = [];
  const seen = new Set<string>();
  const meet = (id: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      order.push(id);
    }
  };
  for (const id of nodes) meet(id);
  for (const e of edges) {
    const w = e.weight ?? 1;
    if (!Number.isFinite(w)) throw new RangeError(`metrics: an edge weight must be finite, got ${w}`);
    if (e.from === e.to || w <= 0) continue;
    meet(e.from);
    meet(e.to);
    let row = weights.get(e.from);
    if (!row) weights.set(e.from, (row = new Map()));
    row.set(e.to, (row.get(e.to) ?? 0) + w);
  }

  const byId = new Map<string, SociogramNode>();
  for (const childId of order) byId.set(childId, { childId, inDegree: 0, outDegree: 0, weightedInDegree: 0, weightedOutDegree: 0 });
  const merged: WeightedEdge[] = [];
  const reciprocated: ReciprocatedPair[] = [];
  for (const [from, row] of weights) {
    for (const [to, weight] of row) {
      merged.push({ from, to, weight });
      const out = byId.get(from)!;
      const into = byId.get(to)!;
      out.outDegree += 1;
      out.weightedOutDegree += weight;
      into.inDegree += 1;
      into.weightedInDegree += weight;
      const back = weights.get(to)?.get(from);
      if (back !== undefined && from < to) reciprocated.push({ a: from, b: to, ab: weight, ba: back });
    }
  }
  merged.sort(byEnds);
  reciprocated.sort((x, y) => byEnds({ from: x.a, to: x.b }, { from: y.a, to: y.b }));
  return { nodes: order.map((id) => byId.get(id)!), edges: merged, reciprocated };
}
