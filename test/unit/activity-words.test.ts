// An activity's words live in its folder (words.en.ts, words.zh-CN.ts); the dictionaries merge them from the registry.
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, ACTIVITY_IDS } from '../../shared/activities/registry';
import { DICTIONARIES } from '../../shared/i18n';
import { mergeWords } from '../../shared/i18n/activity-words';

type Tree = { [key: string]: string | Tree };
const leaves = (t: Tree, path: string[] = []): [string[], string][] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[[...path, k], v] as [string[], string]] : leaves(v, [...path, k])));
const at = (t: unknown, path: string[]) => path.reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], t);

describe('activity words', () => {
  it('every word an activity declares is in the dictionary of its language, at the same place', () => {
    for (const id of ACTIVITY_IDS) {
      for (const lang of ['en', 'zh-CN'] as const) {
        const words = leaves(ACTIVITIES[id].words[lang] as Tree);
        expect(words.length, id).toBeGreaterThan(0);
        for (const [path, text] of words) expect(at(DICTIONARIES[lang], path), `${lang} ${path.join('.')}`).toBe(text);
      }
    }
  });

  it('every activity names itself and words each of its error codes, in both languages', () => {
    for (const id of ACTIVITY_IDS) {
      for (const lang of ['en', 'zh-CN'] as const) {
        expect(DICTIONARIES[lang].consolePage.rounds.activities[id]).toBeTruthy();
        expect(DICTIONARIES[lang].screenPage.activityNames[id]).toBeTruthy();
        for (const code of ACTIVITIES[id].errors) expect(at(ACTIVITIES[id].words[lang], ['common', 'errors', code]), code).toBeTruthy();
      }
    }
  });

  it('refuses a word defined twice (an activity never rewords a generic or another activity’s word)', () => {
    expect(mergeWords({ a: { b: 'x' } }, { a: { c: 'y' } })).toEqual({ a: { b: 'x', c: 'y' } });
    expect(() => mergeWords({ a: { b: 'x' } }, { a: { b: 'y' } })).toThrow(/a\.b/);
  });
});
