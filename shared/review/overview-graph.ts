// A sociogram laid out for drawing: children on a circle (as they sit), directed weighted edges, mutual pairs marked.
import type { Sociogram } from '../metrics/sociogram';

export interface GraphNode {
  childId: string;
  /** Position on a unit circle (y grows downwards, as on screen); the first child sits at the top. */
  x: number;
  y: number;
  given: number;
  received: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  weight: number;
  /** The pair passed both ways. */
  mutual: boolean;
}

export interface GraphLayout {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The largest edge weight (1 when there are no edges), to scale line widths. */
  maxWeight: number;
}

/**
 * `childIds` fixes who is drawn and in which order (the roster, so a child with no edge is still on the
 * circle and every session's picture puts each child in the same place); edges to anyone else are left out.
 */
export function graphLayout(s: Sociogram | null, childIds: readonly string[]): GraphLayout {
  const byId = new Map((s?.nodes ?? []).map((n) => [n.childId, n]));
  const k = childIds.length;
  const nodes = childIds.map((childId, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, k);
    const n = byId.get(childId);
    return { childId, x: round(Math.cos(a)), y: round(Math.sin(a)), given: n?.weightedOutDegree ?? 0, received: n?.weightedInDegree ?? 0 };
  });
  const drawn = new Set(childIds);
  const mutual = new Set((s?.reciprocated ?? []).flatMap((p) => [`${p.a}>${p.b}`, `${p.b}>${p.a}`]));
  const edges = (s?.edges ?? [])
    .filter((e) => drawn.has(e.from) && drawn.has(e.to))
    .map((e) => ({ from: e.from, to: e.to, weight: e.weight, mutual: mutual.has(`${e.from}>${e.to}`) }));
  return { nodes, edges, maxWeight: Math.max(1, ...edges.map((e) => e.weight)) };
}

function round(n: number): number {
  // Clean zeros (cos(π/2) is 6e-17) so the layout is stable in tests and snapshots.
  return Math.round(n * 1e6) / 1e6 + 0;
}
