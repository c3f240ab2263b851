// Every activity's words (shared/activities/<id>/words.*.ts), merged into the generic dictionaries from the registry.
import type { Language } from '../session/roster';
import { ACTIVITIES, ACTIVITY_IDS, type ActivityId } from '../activities/registry';
import type { Widen } from './types';
import { mergeWords } from './merge-words';

export { mergeWords } from './merge-words';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** All activities' English words as one shape: each activity adds its own keys to the dictionary sections. */
export type ActivityWords = UnionToIntersection<(typeof ACTIVITIES)[ActivityId]['words']['en']>;

/** The registry's activities' words in one language, merged in registry order. */
export function activityWords(lang: Language): Widen<ActivityWords> {
  let all = {};
  for (const id of ACTIVITY_IDS) all = mergeWords(all, ACTIVITIES[id].words[lang]);
  return all as Widen<ActivityWords>;
}
