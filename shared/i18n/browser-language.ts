// The browser's preferred language as one of ours: its own module, so a page can pick one without the dictionaries.
import type { Language } from '../session/roster';

/** Pick zh-CN for any Chinese browser language, English otherwise. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const t = tag.toLowerCase();
    if (t.startsWith('zh')) return 'zh-CN';
    if (t.startsWith('en')) return 'en';
  }
  return 'en';
}
