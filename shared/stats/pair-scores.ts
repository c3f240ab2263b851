// pairScores: lines up pre and post scores by child id and lists the children who have only one of them.
import { StatsInputError } from './input';

/** Scores by child id; null or absent = no score. */
export type ScoresById = Readonly<Record<string, number | null | undefined>>;

export interface PairedScores {
  /** Children with both scores, in the order they first appear (pre's keys, then post's). */
  ids: string[];
  /** Pre scores, aligned with ids. */
  pre: number[];
  /** Post scores, aligned with ids. */
  post: number[];
  /** Children with a pre score but no post score: reported, not silently dropped. */
  onlyPre: string[];
  /** Children with a post score but no pre score. */
  onlyPost: string[];
  /** Children listed in either map with no score in both. */
  neither: string[];
}

function score(map: ScoresById, side: 'pre' | 'post', id: string): number | null {
  const v = map[id];
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new StatsInputError(`${side} score of child "${id}" is ${String(v)}; a score must be a finite number, or null when missing`);
  }
  return v;
}

/** Pairs scores by id. Throws StatsInputError for a score that is neither a finite number nor null. */
export function pairScores(pre: ScoresById, post: ScoresById): PairedScores {
  const out: PairedScores = { ids: [], pre: [], post: [], onlyPre: [], onlyPost: [], neither: [] };
  const allIds = [...new Set([...Object.keys(pre), ...Object.keys(post)])];
  for (const id of allIds) {
    const a = Object.hasOwn(pre, id) ? score(pre, 'pre', id) : null;
    const b = Object.hasOwn(post, id) ? score(post, 'post', id) : null;
    if (a !== null && b !== null) {
      out.ids.push(id);
      out.pre.push(a);
      out.post.push(b);
    } else if (a !== null) out.onlyPre.push(id);
    else if (b !== null) out.onlyPost.push(id);
    else out.neither.push(id);
  }
  return out;
}
