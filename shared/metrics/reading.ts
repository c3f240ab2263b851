// A plain-words reading of how evenly turns are shared, as a code the console translates ("turns are evenly shared").

/**
 * - no-turns: nobody has had a turn (or nobody is enrolled);
 * - too-few-turns: fewer turns than children, so some child must still be at zero and any inequality is
 *   the arithmetic of an early round, not a pattern (the console can say "just getting started");
 * - even: G* < 0.2 — e.g. one child of six with no turn while the rest had two each is G* = 0.2, already
 *   no longer "even";
 * - fairly-even: 0.2 ≤ G* < 0.4;
 * - few-dominate: G* ≥ 0.4 — `holders` children have most of the turns (30,10,8,5,2,0 is G* ≈ 0.64, one child).
 * A single enrolled child with turns (G* undefined) reads as even.
 */
export type EqualityCode = 'no-turns' | 'too-few-turns' | 'even' | 'fairly-even' | 'few-dominate';

export const EVEN_BELOW = 0.2;
export const FAIRLY_EVEN_BELOW = 0.4;

export interface EqualityReading {
  code: EqualityCode;
  /** The fewest children who together hold more than half of all turns (0 when there are none). */
  holders: number;
}

/** The fewest children whose turns add up to more than half of the group's turns. */
export function majorityHolders(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  const sorted = [...counts].sort((a, b) => b - a);
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) {
    sum += sorted[i]!;
    if (sum * 2 > total) return i + 1;
  }
  return sorted.length;
}

export function equalityReading(gStar: number | null, counts: readonly number[]): EqualityReading {
  const total = counts.reduce((a, b) => a + b, 0);
  const holders = majorityHolders(counts);
  if (counts.length === 0 || total <= 0) return { code: 'no-turns', holders: 0 };
  if (total < counts.length) return { code: 'too-few-turns', holders };
  if (gStar === null || gStar < EVEN_BELOW) return { code: 'even', holders };
  if (gStar < FAIRLY_EVEN_BELOW) return { code: 'fairly-even', holders };
  return { code: 'few-dominate', holders };
}
