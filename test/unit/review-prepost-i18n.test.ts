// Every pre/post note and missing-score reason has a filled sentence in both languages (no code or {placeholder} shows).
import { describe, expect, it } from 'vitest';
import { prePostNoteText } from '../../client/review/views/prepost-note-text';
import { DICTIONARIES } from '../../shared/i18n';
import type { PrePostNote, PrePostNoteCode } from '../../shared/review/prepost';

const ALL: Record<PrePostNoteCode, PrePostNote['values'][]> = {
  'same-session': [{}],
  'not-enough-pairs': [{ pairs: 0 }, { pairs: 1 }],
  sample: [
    { n: 10, zeros: 1, nNonZero: 9 },
    { n: 9, zeros: 0, nNonZero: 9 },
  ],
  missing: [{ missing: 1 }, { missing: 3 }],
  'all-differences-zero': [{}],
  'no-spread': [{}],
  'min-exact-p': [{ nNonZero: 9, p: 2 / 512 }],
  'too-few-for-05': [{ nNonZero: 4 }],
  'exact-not-computed': [{ nNonZero: 22, max: 20 }],
  'wilcoxon-headline': [{}],
  'effect-sizes': [{}],
  'no-cut-offs': [{}],
  'rci-not-set': [{}],
  'norms-unusable': [{}],
  'rci-group-sd': [{}],
  'rci-undefined': [{}],
  'versions-differ': [{ pre: 'v1', post: 'v2' }],
};

describe('pre/post note sentences', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`every note reads as a filled sentence in ${lang}`, () => {
      const texts = new Set<string>();
      for (const [code, variants] of Object.entries(ALL)) {
        for (const values of variants) {
          const text = prePostNoteText({ code: code as PrePostNoteCode, values }, DICTIONARIES[lang].reviewPrePost.notes, lang);
          expect(text.length, code).toBeGreaterThan(10);
          expect(text, code).not.toMatch(/[{}]/);
          texts.add(text);
        }
      }
      // The one/many and zeros/no-zeros variants differ: 17 codes, 20 variants.
      expect(texts.size).toBe(20);
    });
  }

  it('quotes the smallest exact p in each language’s style', () => {
    const note: PrePostNote = { code: 'min-exact-p', values: { nNonZero: 9, p: 2 / 512 } };
    expect(prePostNoteText(note, DICTIONARIES.en.reviewPrePost.notes, 'en')).toContain('.0039');
    expect(prePostNoteText(note, DICTIONARIES['zh-CN'].reviewPrePost.notes, 'zh-CN')).toContain('0.0039');
  });
});
