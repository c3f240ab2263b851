// Directed edge counts kept by the accumulator (follows, star passes, cards): O(1) to add, read out per snapshot.
import { dict } from './dict';
import type { FollowCounts, WeightedEdge } from './follows';

export class EdgeTally {
  private readonly rows = new Map<string, Map<string, number>>();
  /** Goes up with every edge added, so a read-out can be reused until it changes. */
  version = 0;

  /** Adds one from → to; a child following or giving to themself is no edge. */
  add(from: string, to: string): void {
    if (from === to) return;
    this.version += 1;
    let row = this.rows.get(from);
    if (!row) this.rows.set(from, (row = new Map()));
    row.set(to, (row.get(to) ?? 0) + 1);
  }

  /** Edges between the given children only (enrolled), rows in their order. */
  edges(among: ReadonlySet<string>): WeightedEdge[] {
    const out: WeightedEdge[] = [];
    for (const [from, row] of this.rows) {
      if (!among.has(from)) continue;
      for (const [to, weight] of row) if (among.has(to)) out.push({ from, to, weight });
    }
    return out;
  }

  /** The matrix `{ [from]: { [to]: count } }` between the given children, rows in `order`. */
  matrix(order: readonly string[], among: ReadonlySet<string>): FollowCounts {
    const out: FollowCounts = dict();
    for (const from of order) {
      const row = this.rows.get(from);
      if (!row) continue;
      const cells = dict<number>();
      let any = false;
      for (const to of order) {
        const w = row.get(to);
        if (w !== undefined && among.has(to)) {
          cells[to] = w;
          any = true;
        }
      }
      if (any) out[from] = cells;
    }
    return out;
  }
}
