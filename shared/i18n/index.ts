// i18n: pick a language, look up dictionaries, fill {placeholders}; browser default detection.
import type { Language } from '../session/roster';
import { en } from './en';
import { zhCN } from './zh-CN';
import type { Dict } from './types';

export type { Dict } from './types';

export const DICTIONARIES: Record<Language, Dict> = { en, 'zh-CN': zhCN };

export function dictionary(lang: Language): Dict {
  return DICTIONARIES[lang];
}

/**
 * Replace `{name}` placeholders with values, and `{n|one|other}` with the word for that count (English
 * plurals: "1 session", "2 sessions"; Chinese templates simply do not use it).
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (m, key: string, one: string, other: string) => (key in values ? (Number(values[key]) === 1 ? one : other) : m))
    .replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

/** Pick zh-CN for any Chinese browser language, English otherwise. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const t = tag.toLowerCase();
    if (t.startsWith('zh')) return 'zh-CN';
    if (t.startsWith('en')) return 'en';
  }
  return 'en';
}
