// i18n: pick a language, look up dictionaries, fill {placeholders}; browser default detection.
import type { Language } from '../session/roster';
import { en } from './en';
import { zhCN } from './zh-CN';
import type { Dict } from './types';

export type { Dict } from './types';
export { fill } from './fill';
export { languageFromBrowser } from './browser-language';

export const DICTIONARIES: Record<Language, Dict> = { en, 'zh-CN': zhCN };

export function dictionary(lang: Language): Dict {
  return DICTIONARIES[lang];
}
