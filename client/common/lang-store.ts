// A page's language: stored per device (one key for every page), defaulting to the browser's; a zustand store over
// the dictionaries that page carries (the whole dictionary, or only the tablet's sections on the tablet).
import { createStore, type StoreApi } from 'zustand/vanilla';
import { languageFromBrowser } from '../../shared/i18n/browser-language';
import { LANGUAGES, type Language } from '../../shared/session/roster';

const KEY = 'circletime.lang';

function initialLanguage(): Language {
  const saved = localStorage.getItem(KEY);
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  return languageFromBrowser(navigator.languages ?? [navigator.language]);
}

export interface LangState<D> {
  lang: Language;
  t: D;
  setLang: (lang: Language) => void;
}

export function createLangStore<D>(dictionaries: Record<Language, D>): StoreApi<LangState<D>> {
  const store = createStore<LangState<D>>((set) => {
    const lang = initialLanguage();
    return {
      lang,
      t: dictionaries[lang],
      setLang: (next) => {
        localStorage.setItem(KEY, next);
        document.documentElement.lang = next;
        set({ lang: next, t: dictionaries[next] });
      },
    };
  });
  document.documentElement.lang = store.getState().lang;
  return store;
}
