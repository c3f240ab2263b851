// Midranks (average ranks for ties) and the tie-group sizes the tie-corrected variances need.

export interface Ranking {
  /** Rank of each value, in input order, 1-based; tied values share the mean of their ranks. */
  ranks: number[];
  /** Size of each group of tied values (groups of one left out). */
  tieSizes: number[];
}

/**
 * Ranks values ascending with midranks. Values within `tolerance` of their neighbour in sorted order are tied
 * (so floating-point noise in decimal scores does not split a tie); the default 0 means exact equality.
 */
export function midranks(values: readonly number[], tolerance = 0): Ranking {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length).fill(0);
  const tieSizes: number[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && (values[order[end] as number] as number) - (values[order[end - 1] as number] as number) <= tolerance) {
      end++;
    }
    // Positions start..end−1 hold ranks start+1..end; their mean is (start + 1 + end)/2, always a multiple of ½.
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    if (end - start > 1) tieSizes.push(end - start);
    start = end;
  }
  return { ranks, tieSizes };
}
