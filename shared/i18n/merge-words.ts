// mergeWords: one dictionary's sections merged into another's. Its own module, so a page that builds its own
// dictionary (the tablet's) does not import the registry that activity-words.ts reads.
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
