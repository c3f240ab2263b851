// Staff free text in the research export: left out by default; on request, with every nickname of the group replaced.
import { FREE_TEXT_KEYS } from '../../shared/privacy/erase-child';

export { FREE_TEXT_KEYS };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN_EDGE = /[A-Za-z0-9]/;

/**
 * Replaces nicknames in notes, plan notes, titles and goals. Each nickname counts whole and by its parts
 * ("Bobo 波波" is also "Bobo" and "波波", as staff write it); a one-letter part does not, it would hit every word.
 * Latin names match as words ("Bo" not in "book"); Chinese names anywhere, as Chinese has no spaces.
 * Names the group never had (real names, other spellings) cannot be found: the export page says so.
 */
export class NicknameScrubber {
  private readonly pattern: RegExp | null;
  private readonly replacement = new Map<string, string>();

  /** `names`: every nickname the group's children have had → what stands in for it (a code, or OTHER). */
  constructor(names: Iterable<readonly [string, string]>, ambiguous: string) {
    for (const [nickname, stand] of names) {
      const whole = nickname.trim();
      if (!whole) continue;
      const parts = whole.split(/\s+/).filter((p) => [...p].length >= 2);
      for (const name of new Set([whole, ...parts])) {
        const key = name.toLocaleLowerCase();
        const seen = this.replacement.get(key);
        // Two children answering to one name: neither code is safe to print.
        this.replacement.set(key, seen === undefined || seen === stand ? stand : ambiguous);
      }
    }
    const ordered = [...this.replacement.keys()].sort((a, b) => b.length - a.length);
    const alternatives = ordered.map(
      (n) => `${LATIN_EDGE.test(n.at(0)!) ? '(?<![A-Za-z0-9])' : ''}${escapeRegExp(n)}${LATIN_EDGE.test(n.at(-1)!) ? '(?![A-Za-z0-9])' : ''}`,
    );
    this.pattern = alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'giu') : null;
  }

  /** One pass, longest names first, so a code put in is never read again as a name. */
  scrub(text: string): string {
    return this.pattern ? text.replace(this.pattern, (m) => this.replacement.get(m.toLocaleLowerCase()) ?? m) : text;
  }
}
