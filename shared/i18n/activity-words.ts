// Every activity's words (shared/activities/<id>/words.*.ts), merged into the generic dictionaries from the registry.
import type { Language } from '../session/roster';
import { ACTIVITIES, ACTIVITY_IDS, type ActivityId } from '../activities/registry';
import type { Widen } from './types';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** All activities' English words as one shape: each activity adds its own keys to the dictionary sections. */
export type ActivityWords = UnionToIntersection<(typeof ACTIVITIES)[ActivityId]['words']['en']>;

type Tree = { [key: string]: string | Tree };

/**
 * `extra` merged into `base`, object by object. A word both define is refused: an activity adds words, it never
 * rewords a generic one or another activity's.
 */
export function mergeWords<A extends object, B extends object>(base: A, extra: B, where = ''): A & B {
  const out: Tree = { ...(base as Tree) };
  for (const [key, value] of Object.entries(extra as Tree)) {
    const have = out[key];
    if (have === undefined) out[key] = value;
    else if (typeof have === 'object' && typeof value === 'object') out[key] = mergeWords(have, value, `${where}${key}.`);
    else throw new Error(`dictionary word ${where}${key} is defined twice`);
  }
  return out as A & B;
}

/** The registry's activities' words in one language, merged in registry order. */
export function activityWords(lang: Language): Widen<ActivityWords> {
  let all = {};
  for (const id of ACTIVITY_IDS) all = mergeWords(all, ACTIVITIES[id].words[lang]);
  return all as Widen<ActivityWords>;
}
