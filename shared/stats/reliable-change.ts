// Jacobson–Truax Reliable Change Index per child, from the instrument's published norm sd and reliability.
import { pairedDifferences, StatsInputError } from './input';
import { joinNotes, type StatsNoteCode } from './notes';

/** |RCI| above this is a reliable change (two-sided 5%). */
export const RCI_THRESHOLD = 1.96;

export interface ReliableChangeNorms {
  /** s₁: the instrument's norm standard deviation (from published norms for the version, not from the group). */
  sd: number;
  /** r_xx: the instrument's test–retest or internal-consistency reliability, 0…1. */
  reliability: number;
}

export interface ChildChange {
  /** Position in the pre/post arrays (0-based). */
  index: number;
  pre: number;
  post: number;
  /** post − pre. */
  change: number;
  /** (post − pre)/S_diff; null when S_diff is 0. */
  rci: number | null;
  /** |RCI| > 1.96; null when RCI is. Which direction is an improvement depends on the instrument. */
  reliable: boolean | null;
}

export interface ReliableChangeResult {
  /** S_diff = √2 · s₁ · √(1 − r_xx). */
  sDiff: number;
  perChild: ChildChange[];
  note: string | null;
  noteCodes: StatsNoteCode[];
}

/**
 * RCI = (post − pre)/S_diff per child. Throws StatsInputError for unpaired or non-finite scores, a negative or
 * non-finite sd, or a reliability outside 0…1. S_diff = 0 (sd 0 or reliability 1) gives null RCIs and a note.
 */
export function reliableChange(pre: readonly number[], post: readonly number[], norms: ReliableChangeNorms): ReliableChangeResult {
  const d = pairedDifferences(pre, post);
  const { sd, reliability } = norms;
  if (typeof sd !== 'number' || !Number.isFinite(sd) || sd < 0) {
    throw new StatsInputError(`the norm sd must be a finite number ≥ 0 (from the instrument's published norms), got ${String(sd)}`);
  }
  if (typeof reliability !== 'number' || !(reliability >= 0 && reliability <= 1)) {
    throw new StatsInputError(`the reliability must be a number from 0 to 1 (e.g. 0.85), got ${String(reliability)}`);
  }
  const sDiff = Math.SQRT2 * sd * Math.sqrt(1 - reliability);
  const undefinedRci = sDiff === 0;
  const perChild = d.map((change, index) => {
    const rci = undefinedRci ? null : change / sDiff;
    return {
      index,
      pre: pre[index] as number,
      post: post[index] as number,
      change,
      rci,
      reliable: rci === null ? null : Math.abs(rci) > RCI_THRESHOLD,
    };
  });
  return {
    sDiff,
    perChild,
    note: joinNotes(undefinedRci ? ['S_diff is 0 (norm sd 0 or reliability 1), so the Reliable Change Index is undefined.'] : []),
    noteCodes: undefinedRci ? ['rci-undefined'] : [],
  };
}
